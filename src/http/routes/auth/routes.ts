/**
 * Sign-in, the current session, sign-out and password change. Failed sign-ins are limited per
 * account (normalised as sign-in does) and per client address; failed password changes per account.
 */
import { z } from 'zod';
import { unitRepository } from '../../../db/repositories/unit.repository.js';
import { normaliseUsername } from '../../../domain/accounts/username.js';
import { AppError } from '../../../domain/errors.js';
import type { Role } from '../../../policies/policy.js';
import { changePassword, login, logout, SESSION_HOURS } from '../../../services/auth.service.js';
import type { Actor, ServiceContext } from '../../../services/context.js';
import { PUBLIC, SIGNED_IN } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { attempt, tooManyAttempts } from '../../attempt-limiter.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.js';
import { errorResponses } from '../../schemas.js';
import { loginBody, passwordBody, sessionOut } from './schema.js';

async function presentSession(ctx: ServiceContext, actor: Actor, csrfToken: string) {
  const unit = actor.unitCode ? await unitRepository.get(ctx.database.db, actor.unitCode) : undefined;
  return {
    user: {
      id: actor.id,
      username: actor.username,
      displayName: actor.displayName,
      // A session is always a user's: never the public or system actor.
      role: actor.role as Role,
      unitCode: actor.unitCode,
      unitName: unit?.name ?? null,
      criteria: [...actor.criteria],
    },
    csrfToken,
  };
}

const isCode = (code: string) => (err: unknown) => err instanceof AppError && err.code === code;

export function authRoutes({ app, ctx, secureCookies, limiters, refuseDemoPassword }: RouteDeps) {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        access: PUBLIC,
      },
      schema: {
        errorCodes: ['auth.invalid_credentials', 'auth.demo_password', 'request.rate_limited'],
        tags: ['auth'],
        summary: 'Đăng nhập / sign in',
        body: loginBody,
        response: { 200: sessionOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const slots = [
        [limiters.signInAddress, req.ip],
        [limiters.signInAccount, normaliseUsername(req.body.username)],
      ] as const;
      const r = await attempt(slots, isCode('auth.invalid_credentials'), () =>
        login(c, req.body.username, req.body.password, { refuseDemoPassword }),
      );
      if (!r.done) return tooManyAttempts(reply, r.waitMs);
      setSessionCookie(reply, r.value.token, secureCookies, SESSION_HOURS * 3600);
      return presentSession(c, r.value.actor, r.value.csrfToken);
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['auth'], summary: 'Phiên đăng nhập hiện tại / current session', response: { 200: sessionOut, ...errorResponses } },
    },
    async (req) => presentSession(ctx(req), req.actor, req.csrfToken ?? ''),
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], summary: 'Đăng xuất / sign out', response: { 204: z.null() } } },
    async (req, reply) => {
      if (req.sessionId) await logout(ctx(req), req.sessionId);
      clearSessionCookie(reply, secureCookies);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: SIGNED_IN },
      schema: {
        errorCodes: [
          'auth.wrong_password',
          'auth.weak_password',
          'auth.password_control_characters',
          'auth.demo_password',
          'request.rate_limited',
        ],
        tags: ['auth'],
        summary: 'Đổi mật khẩu / change password',
        body: passwordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const r = await attempt([[limiters.passwordChange, req.actor.id]], isCode('auth.wrong_password'), () =>
        changePassword(ctx(req), req.sessionId ?? '', req.body.currentPassword, req.body.newPassword),
      );
      if (!r.done) return tooManyAttempts(reply, r.waitMs);
      return reply.code(204).send();
    },
  );
}
