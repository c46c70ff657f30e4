/** A test server on a test database, and requests made as a signed-in demo user. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse as InjectResponse } from 'fastify';

import { type AppOptions, buildApp } from '../../src/http/app.js';
import { DEMO_PASSWORD } from '../../src/services/demo.service.js';
import { createEvidenceStore } from '../../src/storage/evidence-store.js';
import type { TestDatabase } from './databases.js';

export async function buildTestApp(t: TestDatabase, opts: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const dir = await mkdtemp(join(tmpdir(), 'ntm-evidence-'));
  return buildApp({ database: t.database, evidenceStore: createEvidenceStore(dir), ...opts });
}

export interface Session {
  cookie: string;
  csrf: string;
  /** A request with the session cookie and, for writes, the CSRF header. */
  request(opts: InjectOptions): Promise<InjectResponse>;
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = r.json().csrfToken as string;
  return {
    cookie,
    csrf,
    request: (opts) =>
      app.inject({
        ...opts,
        headers: { ...(opts.headers ?? {}), cookie, ...(opts.method && opts.method !== 'GET' ? { 'x-csrf-token': csrf } : {}) },
      }),
  };
}
