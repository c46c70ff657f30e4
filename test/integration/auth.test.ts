/** Sign-in, sessions, CSRF, revocation, password change, rate limiting — on each database. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { userRepository } from '../../src/db/repositories/user.repository.js';
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

  it('limits sign-in attempts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await login('phong.ktht', 'doan-mat-khau')).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });
});
