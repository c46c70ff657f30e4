/**
 * Sign-in with server-side sessions: the cookie carries a random token, the database keeps only
 * its sha256, a CSRF token and an expiry; every request looks the session up, so revoking it
 * (sign-out, password change, a disabled user) takes effect at once. Sign-ins are audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sessionRepository } from '../db/repositories/session.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import { AppError } from '../domain/errors.js';
import type { ActorRole } from '../policies/policy.js';
import { type Actor, audit, inTransaction, type ServiceContext } from './context.js';
import { checkNewPassword, dummyHash, hashPassword, verifyPassword } from './password.js';
import { cachedRead } from './read-cache.js';

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface SignedIn {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
}

const invalidCredentials = () =>
  new AppError('auth.invalid_credentials', 'unauthenticated', { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' });

export const parseCriteria = (json: string | null): number[] => {
  if (!json) return [];
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((n): n is number => typeof n === 'number') : [];
};

export async function login(ctx: ServiceContext, username: string, password: string): Promise<SignedIn & { token: string }> {
  const user = await userRepository.byUsername(ctx.database.db, username.trim().toLowerCase());
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyHash(), password);
  if (!user || !ok || user.disabled === 1 || !user.passwordHash) throw invalidCredentials();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = sha256(token);
  const now = new Date(ctx.now());
  const actor: Actor = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as ActorRole,
    unitCode: user.unitCode,
    criteria: parseCriteria(user.criteria),
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await sessionRepository.insert(trx, {
        id: sessionId,
        userId: user.id,
        csrfToken,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
        revokedAt: null,
      });
      await audit({ ...ctx, actor }, trx, [{ action: 'session.login', entityType: 'user', entityId: user.id, unitCode: user.unitCode }]);
    },
    'none',
  );
  return { actor, sessionId, csrfToken, token };
}

/** The signed-in actor for a cookie token, or null when the session is unknown, expired or revoked. */
export async function sessionFor(ctx: ServiceContext, token: string): Promise<SignedIn | null> {
  // Cached until the next committed write: sign-out, disabling a user and password changes are writes.
  const id = sha256(token);
  const now = ctx.now();
  const row = await cachedRead(
    ctx.database,
    `session|${id}`,
    async () => (await sessionRepository.findLive(ctx.database.db, id, now)) ?? null,
  );
  if (!row || row.expiresAt <= now) return null;
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    actor: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      role: row.role as ActorRole,
      unitCode: row.unitCode,
      criteria: parseCriteria(row.criteria),
    },
  };
}

export async function logout(ctx: ServiceContext, sessionId: string) {
  await inTransaction(
    ctx,
    async (trx) => {
      await sessionRepository.revoke(trx, sessionId, ctx.now());
      await audit(ctx, trx, [{ action: 'session.logout', entityType: 'user', entityId: ctx.actor.id, unitCode: ctx.actor.unitCode }]);
    },
    'none',
  );
}

/** Changes the actor's own password; every other session of theirs ends. */
export async function changePassword(ctx: ServiceContext, sessionId: string, current: string, next: string) {
  const user = await userRepository.byId(ctx.database.db, ctx.actor.id);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('auth.wrong_password', 'invalid', { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' }, [
      { path: 'currentPassword', message: 'wrong' },
    ]);
  }
  checkNewPassword(next, 'newPassword');
  const passwordHash = await hashPassword(next);
  await inTransaction(
    ctx,
    async (trx) => {
      await userRepository.update(trx, user.id, { passwordHash, updatedAt: ctx.now() });
      await sessionRepository.revokeAllOf(trx, user.id, ctx.now(), sessionId);
      await audit(ctx, trx, [{ action: 'user.password_change', entityType: 'user', entityId: user.id, unitCode: user.unitCode }]);
    },
    'none',
  );
}
