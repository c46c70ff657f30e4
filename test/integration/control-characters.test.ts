/**
 * A NUL (or another control character) anywhere a client can put one — a path parameter, the query, a
 * JSON body, a form field — is refused at the edge with 400 and the field named, the same on each
 * database (PostgreSQL answered 500 where it cannot store NUL). Generated from the route table.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart, PDF } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';
/** A realistic value for each path parameter; the probe puts a NUL inside it. */
const PARAM: Record<string, string> = {
  code: '24703',
  indicator: '9.1',
  number: '9',
  plan: 'krong-no-2022',
  id: 'x',
  visitId: 'v',
  actionId: 'a',
  updateId: 'u',
  memberId: 'm',
  set: SET,
};

describe.each(DIALECTS)('control characters at the edge on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    admin = await signIn(app, 'admin.demo');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const urlOf = (url: string, nulIn: string | null) =>
    url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const v = PARAM[name] ?? 'x';
      return name === nulIn ? `${v.slice(0, 2)}%00${v.slice(2)}` : encodeURIComponent(v);
    });

  it('refuses a NUL in every path parameter, the query and the JSON body of every route with 400, never 500', async () => {
    const answers: string[] = [];
    const routes = app.routeTable;
    expect(routes.length).toBeGreaterThan(40);
    for (const r of routes) {
      const method = r.method as 'GET';
      const params = [...r.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
      const probes: { where: string; url: string; payload?: object }[] = [
        ...params.map((p) => ({ where: `params.${p}`, url: urlOf(r.url, p) })),
        { where: 'query.unit', url: `${urlOf(r.url, null)}?unit=66%004&set=${SET}&asOf=2021-12-31` },
      ];
      if (method !== 'GET') probes.push({ where: 'body.note', url: `${urlOf(r.url, null)}?unit=664`, payload: { note: 'a\u0000b' } });
      for (const p of probes) {
        const res = await admin.request({ method, url: p.url, ...(p.payload ? { payload: p.payload } : {}) });
        answers.push(`${r.method} ${r.url} ${p.where} → ${res.statusCode}`);
        expect([r.method, r.url, p.where, res.statusCode], res.body).toEqual([r.method, r.url, p.where, 400]);
        expect(res.json().error).toMatchObject({
          code: 'request.control_character',
          message: { vi: expect.stringContaining(p.where), en: expect.stringContaining('U+0000') },
          issues: [{ path: p.where }],
        });
      }
    }
    expect(answers.length).toBeGreaterThan(100);
  });

  it('refuses NUL for nobody signed in on public routes, in JSON keys, and in form fields', async () => {
    for (const url of [
      '/api/v1/units/%00',
      '/api/v1/units/24703%00/children',
      '/api/v1/public/units/24703%00',
      '/api/v1/units?q=n%00m',
      `/api/v1/criteria-sets/${SET}%00`,
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect([url, res.statusCode], res.body).toEqual([url, 400]);
    }
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin\u0000', password: 'x' } });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.issues).toEqual([{ path: 'body.username', message: 'control character U+0000' }]);
    const key = await admin.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-01', values: { '9.1\u0000': 1 } },
    });
    expect(key.statusCode).toBe(400);
    expect(key.json().error.issues[0].path).toBe('body.values.9.1<U+0000>');
    const esc = await admin.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-01', values: { '9.1': 1 }, note: 'ESC \u001b[31m' },
    });
    expect(esc.json().error).toMatchObject({ code: 'request.control_character', issues: [{ path: 'body.note' }] });
    const field = await admin.request({
      method: 'POST',
      url: '/api/v1/units/24703/evidence',
      ...multipart({ set: `${SET}\u0000`, asOf: '2021-12-31', indicator: '9.1' }, { name: 'a.pdf', content: PDF }),
    });
    expect(field.statusCode, field.body).toBe(400);
    expect(field.json().error.issues[0].path).toBe('set');
  });

  it('keeps tab and line breaks in free text', async () => {
    const r = await admin.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-01', values: { '9.1': 1 }, note: 'Dòng 1\r\nDòng 2\tcột' },
    });
    expect(r.statusCode, r.body).toBe(200);
  });
});
