/**
 * Sign-in with server-side sessions: the cookie carries a random token, the database keeps only
 * its sha256, a CSRF token and an expiry; every request looks the session up, so revoking it
 * (sign-out, password change, a disabled user) takes effect at once. Sign-ins are audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sessionRepository } from '../db/repositories/session.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import { normaliseUsername } from '../domain/accounts/username.js';
import { AppError } from '../domain/errors.js';
import type { ActorRole } from '../policies/policy.js';
import { type Actor, audit, inTransaction, type ServiceContext } from './context.js';
import { checkNewPassword, dummyHash, hashPassword, normalisePassword, verifyPassword } from './password.js';
import { DEMO_PASSWORD } from './password-strength.js';
import { cachedRead } from './read-cache.js';

export const SESSION_HOURS = 12;

/**
 * Live sessions one account may hold (browsers on several office machines and a phone); a sign-in
 * beyond it revokes the oldest. Not law: a bound so a scripted client cannot pile up sessions.
 */
export const MAX_SESSIONS_PER_USER = 10;

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

export interface LoginOptions {
  /** A real (non-demo) installation: an account still holding the published demo password may not sign in. */
  refuseDemoPassword?: boolean | undefined;
}

export async function login(
  ctx: ServiceContext,
  username: string,
  password: string,
  opts: LoginOptions = {},
): Promise<SignedIn & { token: string }> {
  const user = await userRepository.byUsername(ctx.database.db, normaliseUsername(username));
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyHash(), password);
  if (!user || !ok || user.disabled === 1 || !user.passwordHash) throw invalidCredentials();
  if (opts.refuseDemoPassword && normalisePassword(password) === DEMO_PASSWORD) {
    throw new AppError('auth.demo_password', 'forbidden', {
      vi: 'Tài khoản này còn dùng mật khẩu demo công khai nên không đăng nhập được khi hệ thống chạy thật; hãy nhờ quản trị đặt mật khẩu mới',
      en: 'This account still has the published demo password, which does not sign in outside demo mode; ask an administrator for a new password',
    });
  }
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
    criteriaSet: user.criteriaSetCode ?? null,
  };
  await inTransaction(
    ctx,
    async (trx) => {
      // Cheap housekeeping on the user's own rows (indexed): their dead sessions go, the oldest beyond the cap end.
      await sessionRepository.purgeDead(trx, now.toISOString(), user.id);
      await sessionRepository.insert(trx, {
        id: sessionId,
        userId: user.id,
        csrfToken,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
        revokedAt: null,
      });
      const revoked = await sessionRepository.revokeBeyond(trx, user.id, sessionId, MAX_SESSIONS_PER_USER, now.toISOString());
      await audit({ ...ctx, actor }, trx, [
        {
          action: 'session.login',
          entityType: 'user',
          entityId: user.id,
          unitCode: user.unitCode,
          ...(revoked > 0 ? { after: { oldestSessionsEnded: revoked } } : {}),
        },
      ]);
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
      criteriaSet: row.criteriaSetCode ?? null,
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

/**
 * Deletes every expired or revoked session (at start and hourly). Housekeeping of rows that can no
 * longer sign anyone in, so no audit row: the sign-ins and sign-outs themselves are audited.
 */
export async function purgeSessions(ctx: ServiceContext): Promise<number> {
  return inTransaction(ctx, (trx) => sessionRepository.purgeDead(trx, ctx.now()), 'none');
}

/** Purges now and then every hour; returns the function that stops it. */
export function scheduleSessionPurge(ctx: ServiceContext, everyMs = 3600_000): () => void {
  const run = () =>
    purgeSessions(ctx).then(
      (n) => n > 0 && ctx.log.info('sessions purged', { count: n }),
      (err: unknown) => ctx.log.warn('session purge failed', { err: String(err) }),
    );
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Changes the actor's own password; every other session of theirs ends. */
export async function changePassword(ctx: ServiceContext, sessionId: string, current: string, next: string) {
  const user = await userRepository.byId(ctx.database.db, ctx.actor.id);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('auth.wrong_password', 'invalid', { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' }, [
      { path: 'currentPassword', message: 'wrong' },
    ]);
  }
  const unit = user.unitCode ? await unitRepository.get(ctx.database.db, user.unitCode) : undefined;
  checkNewPassword(next, { path: 'newPassword', userInputs: [user.username, user.displayName, ...(unit ? [unit.name] : [])] });
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
