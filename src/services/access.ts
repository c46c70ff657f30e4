/**
 * Enforces the declared policy inside services: loads the target unit's ancestors and asks
 * policies/can(). Every service that reads or writes data of a unit calls authorize() first.
 */

import { unitRepository } from '../db/repositories/unit.repository.js';
import { AppError } from '../domain/errors.js';
import { FUNDING_ACTION_VI } from '../policies/funding-policy.js';
import { type Action, can } from '../policies/policy.js';
import { RECOGNITION_ACTION_VI } from '../policies/recognition-policy.js';
import type { ServiceContext } from './context.js';
import { phaseOf, scopedPrincipal } from './criteria-scope.js';
import { cachedRead } from './read-cache.js';

export const ancestorsOf = (ctx: ServiceContext, unitCode: string): Promise<string[]> =>
  cachedRead(ctx.database, `ancestors|${unitCode}`, () => loadAncestors(ctx, unitCode));

async function loadAncestors(ctx: ServiceContext, unitCode: string): Promise<string[]> {
  const out: string[] = [];
  let code: string | null | undefined = unitCode;
  while (code && out.length < 10) {
    const row = await unitRepository.get(ctx.database.db, code);
    code = row?.parentCode;
    if (code) out.push(code);
  }
  return out;
}

export const forbidden = (action: Action, unitCode: string | null) =>
  new AppError(
    'auth.forbidden',
    'forbidden',
    {
      vi: `Bạn không có quyền ${ACTION_VI[action]} ${unitCode ? `đối với đơn vị ${unitCode}` : 'trên phạm vi cả nước'}`,
      en: `You may not ${action} ${unitCode ? `for unit ${unitCode}` : 'nationwide'}`,
    },
    [],
    { action, unitCode },
  );

const ACTION_VI: Record<Action, string> = {
  read: 'xem dữ liệu',
  'values.write': 'nhập số liệu',
  'values.review': 'xác minh chỉ tiêu này',
  'evidence.write': 'tải lên minh chứng',
  'audit.read': 'xem nhật ký',
  'audit.integrity': 'xem tình trạng toàn vẹn của nhật ký',
  'audit.security': 'xem nhật ký đăng nhập',
  'users.manage': 'quản lý người dùng',
  'supervision.write': 'ghi kết quả giám sát',
  'agencies.manage': 'phân công cơ quan phụ trách',
  'units.manage': 'cập nhật danh mục đơn vị hành chính',
  ...RECOGNITION_ACTION_VI,
  ...FUNDING_ACTION_VI,
};

export const unauthenticated = () => new AppError('auth.required', 'unauthenticated', { vi: 'Cần đăng nhập', en: 'Sign-in required' });

/**
 * Throws 401 for nobody signed in, 403 when the actor's role or scope does not allow it. A criterion is
 * named with its set: a department scope numbered in another phase's set does not reach it.
 */
export async function authorize(
  ctx: ServiceContext,
  action: Action,
  unitCode: string | null,
  criterion?: { number: number | undefined; setCode?: string | null | undefined },
) {
  if (ctx.actor.role === 'system') return;
  if (ctx.actor.role === 'public') throw unauthenticated();
  const ancestors = unitCode ? await ancestorsOf(ctx, unitCode) : [];
  const principal = criterion ? await scopedPrincipal(ctx, ctx.actor) : ctx.actor;
  const setPhase = criterion?.setCode ? await phaseOf(ctx, criterion.setCode) : undefined;
  if (can(principal, action, { unitCode, ancestors, criterionNumber: criterion?.number, setPhase })) return;
  if (action === 'read' && unitCode && (await readsAsSuccessor(ctx, [unitCode, ...ancestors]))) return;
  throw forbidden(action, unitCode);
}

/**
 * A unit that ended in a merger is read (only read) by those who serve a unit that took it over — of
 * the unit or of a unit above it: a merged commune sees its predecessors' history, the new province
 * the old province's districts. Successors are followed up to 5 reforms deep.
 */
async function readsAsSuccessor(ctx: ServiceContext, from: readonly string[]): Promise<boolean> {
  const links = await cachedRead(ctx.database, 'successions', () => unitRepository.successions(ctx.database.db));
  const seen = new Set(from);
  let wave = [...from];
  for (let depth = 0; depth < 5 && wave.length > 0; depth++) {
    wave = links.filter((l) => wave.includes(l.predecessorCode) && !seen.has(l.successorCode)).map((l) => l.successorCode);
    for (const code of wave) {
      seen.add(code);
      if (can(ctx.actor, 'read', { unitCode: code, ancestors: await ancestorsOf(ctx, code) })) return true;
    }
  }
  return false;
}

/** Keeps the units inside the actor's scope, walking parents in `all` (no query per unit). */
export function withinScope<U extends { code: string; parentCode: string | null }>(
  ctx: ServiceContext,
  units: readonly U[],
  all: ReadonlyMap<string, { parentCode: string | null }>,
): U[] {
  const { role, unitCode } = ctx.actor;
  if (role === 'system' || role === 'admin') return [...units];
  if (!unitCode || role === 'public') return [];
  const inside = (code: string) => {
    for (let cur: string | null | undefined = code, depth = 0; cur && depth < 10; cur = all.get(cur)?.parentCode, depth++) {
      if (cur === unitCode) return true;
    }
    return false;
  };
  return units.filter((u) => inside(u.code));
}
