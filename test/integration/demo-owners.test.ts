/**
 * No committed criterion lacks a reviewer in the demo: every criterion of the demo set has an owning
 * agency (labelled a demo assignment) and at least one department account allowed to review it,
 * and each of those accounts is listed in the README's demo account table.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userRepository } from '../../src/db/repositories/user.repository.js';
import { can } from '../../src/policies/policy.js';
import { ancestorsOf } from '../../src/services/access.js';
import { parseCriteria } from '../../src/services/auth.service.js';
import { getSet } from '../../src/services/catalog.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const COMMUNES = ['24703', '24692'];

describe.each(DIALECTS)('demo criterion owners on %s', (dialect) => {
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

  it('gives every criterion an owning agency, marked as a demo assignment', async () => {
    const office = await signIn(app, 'vpntm.krongno');
    const r = await office.request({ method: 'GET', url: '/api/v1/units/664/agencies' });
    expect(r.statusCode).toBe(200);
    const items: { code: string; name: string; criteria: number[]; demoCriteria: number[] }[] = r.json().items;
    const set = await getSet(t.ctx, SET);
    for (const c of set.criteria) {
      const owners = items.filter((a) => a.criteria.includes(c.number));
      expect(owners, `criterion ${c.number}`).toHaveLength(1);
      expect(owners[0]?.demoCriteria).toContain(c.number);
    }
    const byCode = new Map(items.map((a) => [a.code, a]));
    expect(byCode.get('phong-gd-dt')?.criteria).toEqual([5, 14]);
    expect(byCode.get('phong-vh-tt')?.criteria).toEqual([6, 8, 16]);
    expect(byCode.get('phong-nn-ptnt')?.criteria).toEqual([3, 10, 13]);
    expect(byCode.get('phong-ld-tbxh')?.criteria).toEqual([11, 12]);
    expect(byCode.get('phong-tn-mt')?.criteria).toEqual([17]);
    expect(byCode.get('phong-noi-vu')?.criteria).toEqual([18]);
    expect(byCode.get('cong-an-huyen')?.criteria).toEqual([19]);
  });

  it('has a department account able to review every criterion in every commune, each in the README', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const departments = (await userRepository.list(t.ctx.database.db, null)).filter((u) => u.role === 'department');
    const set = await getSet(t.ctx, SET);
    for (const unitCode of COMMUNES) {
      const ancestors = await ancestorsOf(t.ctx, unitCode);
      for (const c of set.criteria) {
        const reviewers = departments.filter((u) =>
          can({ role: 'department', unitCode: u.unitCode, criteria: parseCriteria(u.criteria) }, 'values.review', {
            unitCode,
            ancestors,
            criterionNumber: c.number,
          }),
        );
        expect(reviewers.length, `criterion ${c.number} in ${unitCode}`).toBeGreaterThan(0);
      }
    }
    for (const u of departments) expect(readme, u.username).toContain(`\`${u.username}\``);
  });

  it('lets a new demo department account review its own criterion only', async () => {
    const commune = await signIn(app, 'xa.namnung');
    const w = await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-06-30', values: { '5': 100 } },
    });
    expect(w.statusCode).toBe(200);
    const education = await signIn(app, 'phong.gddt');
    const queue = (await education.request({ method: 'GET', url: '/api/v1/reviews?unit=664&asOf=2022-06-30' })).json().items;
    expect(queue.map((i: { indicatorCode: string }) => i.indicatorCode)).toEqual(['5']);
    const ok = await education.request({
      method: 'POST',
      url: '/api/v1/units/24703/values/5/review',
      payload: { set: SET, asOf: '2022-06-30', action: 'verify', expectedVersion: 1 },
    });
    expect(ok.statusCode).toBe(200);
    const security = await signIn(app, 'congan.krongno');
    const no = await security.request({
      method: 'POST',
      url: '/api/v1/units/24703/values/5/review',
      payload: { set: SET, asOf: '2022-06-30', action: 'return', comment: 'x', expectedVersion: 2 },
    });
    expect(no.statusCode).toBe(403);
  });
});
