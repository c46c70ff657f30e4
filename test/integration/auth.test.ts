/** Sign-in, sessions, CSRF, revocation, password change, rate limiting — on each database. */
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { userRepository } from '../../src/db/repositories/user.repository.js';
import { ATTEMPT_RULES } from '../../src/http/attempt-limiter.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('sign-in and sessions on %s', (dialect) => {
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
  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('signs in with an HttpOnly, SameSite=Strict cookie and stores an argon2id hash, never the password', async () => {
    const r = await login('vpntm.krongno', DEMO_PASSWORD);
    expect(r.statusCode).toBe(200);
    const c = r.cookies.find((x) => x.name === 'ntm_session');
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(r.json().user).toMatchObject({ role: 'district_office', unitCode: '664', unitName: 'Krông Nô' });
    const u = await userRepository.byUsername(t.database.db, 'vpntm.krongno');
    expect(u?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const a = await login('vpntm.krongno', 'sai-mat-khau');
    const b = await login('khong.ton.tai', 'sai-mat-khau');
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json()).toEqual(b.json());
    expect(a.json().error.code).toBe('auth.invalid_credentials');
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const s = await signIn(app, 'xa.namnung');
    const body = { set: 'demo-krong-no-ntm-2022', asOf: '2022-05-01', values: { '9.1': 0 } };
    const none = await app.inject({ method: 'PUT', url: '/api/v1/units/24703/values', headers: { cookie: s.cookie }, payload: body });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('auth.csrf');
    const wrong = await app.inject({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    expect((await s.request({ method: 'PUT', url: '/api/v1/units/24703/values', payload: body })).statusCode).toBe(200);
  });

  it('kills a session at once on sign-out', async () => {
    const s = await signIn(app, 'lanhdao.krongno');
    expect((await s.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await s.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await s.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('kills every session of a user the district office disables', async () => {
    const office = await signIn(app, 'vpntm.krongno');
    const victim = await signIn(app, 'xa.namxuan');
    const id = (await userRepository.byUsername(t.database.db, 'xa.namxuan'))?.id;
    const r = await office.request({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: true } });
    expect(r.json()).toMatchObject({ disabled: true });
    expect((await victim.request({ method: 'GET', url: '/api/v1/board?unit=24692&asOf=2021-12-31' })).statusCode).toBe(401);
    expect((await login('xa.namxuan', DEMO_PASSWORD)).statusCode).toBe(401);
    await office.request({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: false } });
    expect((await login('xa.namxuan', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const a = await signIn(app, 'mttq.krongno');
    const b = await signIn(app, 'mttq.krongno');
    const weak = await a.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'ngan' },
    });
    expect(weak.json().error.code).toBe('auth.weak_password');
    const ok = await a.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await b.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    expect((await a.request({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await login('mttq.krongno', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('mttq.krongno', 'mat-khau-moi-2026')).statusCode).toBe(200);
  });

  it('lets a district office create users only in its district, never an administrator', async () => {
    const office = await signIn(app, 'vpntm.krongno');
    const create = (body: object) => office.request({ method: 'POST', url: '/api/v1/users', payload: body });
    const ok = await create({
      username: 'xa.ducxuyen',
      displayName: 'Cán bộ xã Đức Xuyên',
      password: 'mat-khau-dai-1',
      role: 'commune_officer',
      unitCode: '24706',
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (await create({ username: 'xa.longson', displayName: 'x', password: 'mat-khau-dai-1', role: 'commune_officer', unitCode: '24678' }))
        .statusCode,
    ).toBe(403);
    expect((await create({ username: 'quan.tri', displayName: 'x', password: 'mat-khau-dai-1', role: 'admin' })).json().error.code).toBe(
      'user.role_not_allowed',
    );
    const list = await office.request({ method: 'GET', url: '/api/v1/users' });
    const names = list.json().items.map((u: { username: string }) => u.username);
    expect(names).toContain('xa.ducxuyen');
    expect(names).not.toContain('vpdp.daknong');
  });

  it('audits sign-ins', async () => {
    const before = await auditRepository.count(t.database.db);
    await signIn(app, 'phong.yte');
    expect(await auditRepository.count(t.database.db)).toBe(before + 1);
  });

  it('limits failed sign-ins of one account, however its name is typed, with Retry-After', async () => {
    const spellings = ['phong.ktht', ' phong.ktht\t', 'PHONG.KTHT', ' Phong.Ktht ', 'phong.ktht\n'];
    const codes: number[] = [];
    let last: Awaited<ReturnType<typeof login>> | undefined;
    for (let i = 0; i < 12; i++) {
      last = await login(spellings[i % spellings.length] as string, 'doan-mat-khau');
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(last?.json().error).toMatchObject({
      code: 'auth.too_many_attempts',
      message: { vi: expect.stringContaining('Quá nhiều lần thử') },
    });
    // The right password does not get through either while the account is limited.
    expect((await login('phong.ktht', DEMO_PASSWORD)).statusCode).toBe(429);
  });
});

describe.each(DIALECTS)('sign-in limits on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  beforeEach(async () => {
    app = await buildTestApp(t); // a fresh limiter for each test
  });
  afterEach(async () => {
    await app.close();
  });
  afterAll(async () => {
    await t.close();
  });
  const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });

  it('limits failed sign-ins from one address across accounts, and not other addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < ATTEMPT_RULES.signInAddress.max + 1; i++)
      codes.push((await login(`khong.co.${i}`, 'doan-mat-khau', '10.9.8.7')).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect((await login('xa.namnung', DEMO_PASSWORD, '10.9.8.7')).statusCode).toBe(429);
    expect((await login('xa.namnung', DEMO_PASSWORD, '10.9.8.8')).statusCode).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    for (let i = 0; i < ATTEMPT_RULES.signInAddress.max + 5; i++) expect((await login('xa.namnung', DEMO_PASSWORD)).statusCode).toBe(200);
    const codes: number[] = [];
    for (let i = 0; i < ATTEMPT_RULES.signInAccount.max + 1; i++) codes.push((await login('xa.namnung', 'sai-mat-khau')).statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(ATTEMPT_RULES.signInAccount.max);
    expect(codes.at(-1)).toBe(429);
  });

  it('holds against a burst of parallel guesses', async () => {
    const codes = (await Promise.all(Array.from({ length: 40 }, () => login('vpntm.krongno', 'sai-mat-khau')))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(ATTEMPT_RULES.signInAccount.max);
    expect(codes.filter((c) => c === 429)).toHaveLength(40 - ATTEMPT_RULES.signInAccount.max);
  });

  it('limits wrong current passwords on the password change', async () => {
    const s = await signIn(app, 'xa.namxuan');
    const change = () =>
      s.request({
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: 'sai-mat-khau', newPassword: 'trâu-cày-ruộng-sớm-mai' },
      });
    const codes: number[] = [];
    for (let i = 0; i < ATTEMPT_RULES.passwordChange.max + 1; i++) codes.push((await change()).statusCode);
    expect(codes.slice(0, -1).every((c) => c === 422)).toBe(true);
    const last = await change();
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
  });
});
