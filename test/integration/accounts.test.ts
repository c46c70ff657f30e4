/** Password rules (zxcvbn, NFC, control characters, the demo password) and the session cap and purge, on each database. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionRepository } from '../../src/db/repositories/session.repository.js';
import { userRepository } from '../../src/db/repositories/user.repository.js';
import { MAX_SESSIONS_PER_USER, purgeSessions } from '../../src/services/auth.service.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/demo.service.js';
import { createAdministrator } from '../../src/services/user.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const STRONG = 'trâu-cày-ruộng-sớm-mai';

describe.each(DIALECTS)('passwords on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const create = (username: string, password: string) =>
    office.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username, displayName: 'Cán bộ xã Đức Xuyên', password, role: 'commune_officer', unitCode: '24706' },
    });

  it.each([
    ['digits', '1234567890', 'auth.weak_password'],
    ['ten spaces', ' '.repeat(10), 'auth.weak_password'],
    ['a tab inside', 'trâu-cày\truộng-sớm-mai', 'auth.password_control_characters'],
    ['the username', 'xa.ducxuyen', 'auth.weak_password'],
    ['the username and a year', 'xa.ducxuyen2026', 'auth.weak_password'],
    ['the product name', 'nongthonmoi2026', 'auth.weak_password'],
    ['the unit name', 'Đức Xuyên 2026', 'auth.weak_password'],
    ['the demo password', DEMO_PASSWORD, 'auth.demo_password'],
    ['a Vietnamese phrase everybody uses', 'anhyeuem123456', 'auth.weak_password'],
  ])('refuses %s as a new account password, in Vietnamese and English', async (_, password, code) => {
    const r = await create('xa.ducxuyen', password);
    expect(r.statusCode).toBe(422);
    const e = r.json().error;
    expect(e.code).toBe(code);
    expect(e.message.vi).toMatch(/Mật khẩu|mật khẩu/);
    expect(e.message.en).toMatch(/password/);
    expect(e.issues[0].path).toBe('password');
    expect(await userRepository.byUsername(t.database.db, 'xa.ducxuyen')).toBeUndefined();
  });

  it('refuses ten NUL characters at the edge (400, naming the field), like every control character in a body', async () => {
    const r = await create('xa.ducxuyen', '\u0000'.repeat(10));
    expect(r.statusCode).toBe(400);
    const e = r.json().error;
    expect(e.code).toBe('request.control_character');
    expect(e.issues[0].path).toContain('password');
    expect(await userRepository.byUsername(t.database.db, 'xa.ducxuyen')).toBeUndefined();
  });

  it('says what is weak in Vietnamese (zxcvbn feedback translated)', async () => {
    const r = await create('xa.ducxuyen', 'xa.ducxuyen2026');
    expect(r.json().error.message.vi).toContain('Không dùng tên đăng nhập');
  });

  it('accepts a long phrase and signs in with it typed decomposed (NFD)', async () => {
    expect((await create('xa.ducxuyen', STRONG)).statusCode).toBe(201);
    const nfd = STRONG.normalize('NFD');
    expect(nfd).not.toBe(STRONG);
    const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xa.ducxuyen', password: nfd } });
    expect(r.statusCode).toBe(200);
  });

  it('hashes the NFC form: a password set decomposed signs in composed', async () => {
    const user = await userRepository.byUsername(t.database.db, 'xa.ducxuyen');
    const nfd = 'cà-phê-sữa-đá-sáng-thứ-hai'.normalize('NFD');
    const r = await office.request({ method: 'PATCH', url: `/api/v1/users/${user?.id}`, payload: { password: nfd } });
    expect(r.statusCode).toBe(200);
    const s = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'xa.ducxuyen', password: 'cà-phê-sữa-đá-sáng-thứ-hai'.normalize('NFC') },
    });
    expect(s.statusCode).toBe(200);
  });

  it('refuses weak passwords on a reset by the office and on one’s own change', async () => {
    const user = await userRepository.byUsername(t.database.db, 'xa.namxuan');
    const reset = await office.request({ method: 'PATCH', url: `/api/v1/users/${user?.id}`, payload: { password: 'xa.namxuan' } });
    expect(reset.json().error.code).toBe('auth.weak_password');
    const own = await signIn(app, 'phong.yte');
    const change = (newPassword: string) =>
      own.request({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: DEMO_PASSWORD, newPassword } });
    const weak = await change('phongyte2026');
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.issues[0].path).toBe('newPassword');
    expect((await change(DEMO_PASSWORD)).json().error.code).toBe('auth.demo_password');
    expect((await change(STRONG)).statusCode).toBe(204);
  });

  it('refuses a weak first administrator password', async () => {
    await expect(createAdministrator(t.ctx, 'admin12345')).rejects.toMatchObject({ code: 'auth.weak_password' });
    await expect(createAdministrator(t.ctx, 'quantri2026')).rejects.toMatchObject({ code: 'auth.weak_password' });
  });

  it('outside demo mode, an account that still has the demo password cannot sign in', async () => {
    const real = await buildTestApp(t, { refuseDemoPassword: true });
    try {
      const r = await real.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'lanhdao.krongno', password: DEMO_PASSWORD },
      });
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe('auth.demo_password');
      const ok = await real.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'xa.ducxuyen', password: 'cà-phê-sữa-đá-sáng-thứ-hai' },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await real.close();
    }
  });
});

describe.each(DIALECTS)('sessions on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const live = async (userId: string) =>
    (await t.database.db.selectFrom('session').select('id').where('userId', '=', userId).where('revokedAt', 'is', null).execute()).length;

  it(`keeps at most ${MAX_SESSIONS_PER_USER} live sessions per user, ending the oldest`, async () => {
    const sessions: Session[] = [];
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 2; i++) sessions.push(await signIn(app, 'lanhdao.krongno'));
    const user = await userRepository.byUsername(t.database.db, 'lanhdao.krongno');
    expect(await live(user?.id ?? '')).toBe(MAX_SESSIONS_PER_USER);
    const status = await Promise.all(
      sessions.map(async (s) => (await s.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode),
    );
    expect(status).toEqual([401, 401, ...Array(MAX_SESSIONS_PER_USER).fill(200)]);
  });

  it('purges expired and revoked sessions, and a user’s own dead ones at sign-in', async () => {
    const user = await userRepository.byUsername(t.database.db, 'mttq.krongno');
    const other = await userRepository.byUsername(t.database.db, 'phong.yte');
    const row = (id: string, userId: string, expiresAt: string, revokedAt: string | null = null) => ({
      id,
      userId,
      csrfToken: 'x',
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt,
      revokedAt,
    });
    const far = '2999-01-01T00:00:00.000Z';
    for (const r of [
      row('dead-expired-1', user?.id ?? '', '2026-01-01T12:00:00.000Z'),
      row('dead-revoked-1', user?.id ?? '', far, '2026-01-01T01:00:00.000Z'),
      row('dead-expired-2', other?.id ?? '', '2026-01-01T12:00:00.000Z'),
      row('alive-2', other?.id ?? '', far),
    ])
      await sessionRepository.insert(t.database.db, r);
    const ids = async () =>
      (await t.database.db.selectFrom('session').select('id').where('id', 'like', '%-_').execute()).map((r) => r.id).sort();
    await signIn(app, 'mttq.krongno');
    expect(await ids()).toEqual(['alive-2', 'dead-expired-2']);
    expect(await purgeSessions(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await ids()).toEqual(['alive-2']);
  });
});
