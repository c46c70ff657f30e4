/**
 * Accounts: the district (or province) office lists, creates and disables the users of its units;
 * disabling a user ends their sessions at once. The first real start creates the administrator
 * from a password the operator gives (never a shipped default); the demo has one account per role.
 */

import { sessionRepository } from '../db/repositories/session.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import type { UserRow } from '../db/schema.js';
import { normaliseUsername } from '../domain/accounts/username.js';
import { invalid, notFound } from '../domain/errors.js';
import { ASSIGNABLE_ROLES, ROLES, type Role } from '../policies/policy.js';
import { authorize, withinScope } from './access.js';
import { parseCriteria } from './auth.service.js';
import { getSet } from './catalog.service.js';
import { audit, inTransaction, newId, type ServiceContext } from './context.js';
import { checkNewPassword, hashPassword } from './password.js';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitCode: string | null;
  unitName: string | null;
  criteria: number[];
  /** The set whose numbering `criteria` follows (department); null = none named. */
  criteriaSet: string | null;
  disabled: boolean;
  demo: boolean;
}

export async function presentUser(ctx: ServiceContext, u: UserRow): Promise<UserView> {
  const unit = u.unitCode ? await unitRepository.get(ctx.database.db, u.unitCode) : undefined;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitCode: u.unitCode,
    unitName: unit?.name ?? null,
    criteria: parseCriteria(u.criteria),
    criteriaSet: u.criteriaSetCode ?? null,
    disabled: u.disabled === 1,
    demo: u.demo === 1,
  };
}

export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  await authorize(ctx, 'users.manage', ctx.actor.unitCode);
  const all = await unitRepository.listAll(ctx.database.db);
  const byCode = new Map(all.map((u) => [u.code, u]));
  const scoped = ctx.actor.role === 'admin' || ctx.actor.role === 'system' ? null : withinScope(ctx, all, byCode).map((u) => u.code);
  const rows = await userRepository.list(ctx.database.db, scoped);
  return Promise.all(rows.map((r) => presentUser(ctx, r)));
}

export interface NewUserInput {
  username: string;
  displayName: string;
  password: string;
  role: string;
  unitCode?: string | null | undefined;
  criteria?: number[] | undefined;
  /** Required for a department with criteria: the set whose numbers they are (QĐ 318 and QĐ 51 differ). */
  criteriaSet?: string | undefined;
  demo?: boolean | undefined;
}

function checkRole(ctx: ServiceContext, role: string): Role {
  const r = ROLES.find((x) => x === role);
  const mine = ctx.actor.role === 'system' ? 'admin' : ctx.actor.role;
  if (!r || mine === 'public' || !ASSIGNABLE_ROLES[mine].includes(r)) {
    throw invalid(
      'user.role_not_allowed',
      { vi: `Không thể tạo người dùng vai trò "${role}"`, en: `You cannot create a user with role "${role}"` },
      [{ path: 'role', message: role }],
    );
  }
  return r;
}

/** The set a department's criterion numbers refer to: named, existing, and holding every number. */
async function scopeSet(ctx: ServiceContext, input: NewUserInput): Promise<string | null> {
  const numbers = input.criteria ?? [];
  if (!input.criteriaSet) {
    if (numbers.length === 0) return null;
    throw invalid(
      'user.criteria_set_required',
      {
        vi: 'Cần chọn bộ tiêu chí của các tiêu chí phụ trách (số tiêu chí của QĐ 318 và QĐ 51 mang nghĩa khác nhau)',
        en: 'Name the criteria set of the criteria (criterion numbers mean different criteria in QĐ 318 and QĐ 51)',
      },
      [{ path: 'criteriaSet', message: 'required' }],
    );
  }
  const set = await getSet(ctx, input.criteriaSet);
  const known = new Set(set.criteria.map((c) => c.number));
  const issues = numbers.flatMap((n, i) => (known.has(n) ? [] : [{ path: `criteria.${i}`, message: `${set.code}: ${n}` }]));
  if (issues.length > 0)
    throw invalid(
      'user.criteria_not_in_set',
      {
        vi: `Bộ tiêu chí ${set.name} không có tiêu chí số ${issues.map((x) => x.message.split(': ')[1]).join(', ')}`,
        en: `${set.name} has no criterion ${issues.map((x) => x.message.split(': ')[1]).join(', ')}`,
      },
      issues,
    );
  return set.code;
}

export async function createUser(ctx: ServiceContext, input: NewUserInput): Promise<UserView> {
  await authorize(ctx, 'users.manage', ctx.actor.unitCode);
  const role = checkRole(ctx, input.role);
  const unitCode = role === 'admin' ? null : (input.unitCode ?? null);
  if (role !== 'admin' && !unitCode)
    throw invalid('user.unit_required', { vi: 'Cần chọn đơn vị của người dùng', en: 'A unit is required' }, [
      { path: 'unitCode', message: 'required' },
    ]);
  const unit = unitCode ? await unitRepository.get(ctx.database.db, unitCode) : undefined;
  if (unitCode && !unit) {
    throw invalid('unit.not_found', { vi: `Không có đơn vị "${unitCode}"`, en: `No unit "${unitCode}"` }, [
      { path: 'unitCode', message: unitCode },
    ]);
  }
  await authorize(ctx, 'users.manage', unitCode ?? ctx.actor.unitCode);
  const criteriaSetCode = role === 'department' ? await scopeSet(ctx, input) : null;
  const username = normaliseUsername(input.username);
  checkNewPassword(input.password, { userInputs: [username, input.displayName, ...(unit ? [unit.name] : [])] });
  if (!/^[a-z0-9._-]{3,40}$/.test(username)) {
    throw invalid(
      'user.bad_username',
      { vi: 'Tên đăng nhập 3–40 ký tự: chữ không dấu, số, . _ -', en: 'Username: 3–40 of a-z, 0-9, . _ -' },
      [{ path: 'username', message: input.username }],
    );
  }
  if (await userRepository.byUsername(ctx.database.db, username)) {
    throw invalid('user.exists', { vi: `Tên đăng nhập "${username}" đã có`, en: `Username "${username}" is taken` }, [
      { path: 'username', message: 'taken' },
    ]);
  }
  const row = {
    id: newId(),
    username,
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(input.password),
    role,
    unitCode,
    criteria: role === 'department' ? JSON.stringify(input.criteria ?? []) : null,
    criteriaSetCode,
    disabled: 0,
    demo: input.demo ? 1 : 0,
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await userRepository.insert(trx, row);
      await audit(ctx, trx, [
        {
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          unitCode,
          after: { username, role, unitCode, criteria: input.criteria ?? [], criteriaSet: criteriaSetCode },
        },
      ]);
    },
    'none',
  );
  return presentUser(ctx, { ...row, demo: row.demo, role });
}

export async function updateUser(
  ctx: ServiceContext,
  id: string,
  changes: { disabled?: boolean | undefined; displayName?: string | undefined; password?: string | undefined },
) {
  const user = await userRepository.byId(ctx.database.db, id);
  if (!user || user.role === 'system') throw notFound('user.not_found', { vi: 'Không có người dùng này', en: 'No such user' }, { id });
  await authorize(ctx, 'users.manage', user.unitCode ?? ctx.actor.unitCode);
  if (user.role === 'admin' && ctx.actor.role !== 'admin' && ctx.actor.role !== 'system')
    throw invalid('user.role_not_allowed', { vi: 'Không thể sửa tài khoản quản trị', en: 'You cannot change an administrator' });
  if (changes.password !== undefined) {
    const unit = user.unitCode ? await unitRepository.get(ctx.database.db, user.unitCode) : undefined;
    checkNewPassword(changes.password, {
      userInputs: [user.username, changes.displayName ?? user.displayName, ...(unit ? [unit.name] : [])],
    });
  }
  const set = {
    ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
    ...(changes.displayName ? { displayName: changes.displayName.trim() } : {}),
    ...(changes.password !== undefined ? { passwordHash: await hashPassword(changes.password) } : {}),
    updatedAt: ctx.now(),
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await userRepository.update(trx, id, set);
      if (changes.disabled || changes.password !== undefined) await sessionRepository.revokeAllOf(trx, id, ctx.now());
      await audit(ctx, trx, [
        {
          action: changes.disabled ? 'user.disable' : 'user.update',
          entityType: 'user',
          entityId: id,
          unitCode: user.unitCode,
          before: { disabled: user.disabled === 1, displayName: user.displayName },
          after: {
            disabled: changes.disabled ?? user.disabled === 1,
            displayName: set.displayName ?? user.displayName,
            passwordChanged: changes.password !== undefined,
          },
        },
      ]);
    },
    'none',
  );
  const updated = await userRepository.byId(ctx.database.db, id);
  return presentUser(ctx, updated ?? user);
}

/** True when no account can sign in yet (a fresh, non-demo installation). */
export const needsAdministrator = async (ctx: ServiceContext) => (await userRepository.countWithPassword(ctx.database.db)) === 0;

export const createAdministrator = (ctx: ServiceContext, password: string) =>
  createUser(ctx, { username: 'admin', displayName: 'Quản trị hệ thống', password, role: 'admin' });
