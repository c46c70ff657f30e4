/**
 * Sessions on every request: the HttpOnly, SameSite=Strict cookie is looked up in the database
 * (a revoked session is dead at once); routes that are not public answer 401 without one; every
 * state-changing request of a signed-in user must carry the session's CSRF token in x-csrf-token.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { unauthenticated } from '../../services/access.js';
import { sessionFor } from '../../services/auth.service.js';
import { type Actor, PUBLIC_ACTOR, type ServiceContext } from '../../services/context.js';

export const SESSION_COOKIE = 'ntm_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionOptions {
  ctx: () => ServiceContext;
  /** Set the Secure flag (only when served over TLS). */
  secureCookies: boolean;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds });
}

export const clearSessionCookie = (reply: FastifyReply, secure: boolean) =>
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });

export async function registerSessions(app: FastifyInstance, opts: SessionOptions) {
  await app.register(cookie);
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  // One hook, before body parsing and validation: who is asking, and may they ask at all.
  app.addHook('onRequest', async (req) => {
    req.actor = PUBLIC_ACTOR;
    const token = req.cookies[SESSION_COOKIE];
    if (token && token.length <= 200) {
      const signed = await sessionFor(opts.ctx(), token);
      if (signed) {
        req.actor = signed.actor;
        req.sessionId = signed.sessionId;
        req.csrfToken = signed.csrfToken;
      }
    }
    const access = req.routeOptions.config?.access;
    if (!access || access.kind === 'public') return;
    if (!req.sessionId) throw unauthenticated();
    if (!SAFE.has(req.method) && req.headers['x-csrf-token'] !== req.csrfToken) {
      throw new AppError('auth.csrf', 'forbidden', {
        vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang',
        en: 'Missing or wrong CSRF token; reload the page',
      });
    }
  });
}
