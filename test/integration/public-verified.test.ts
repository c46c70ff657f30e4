/**
 * The public pages count only verified results as met: a criterion met on self-assessed values is
 * "chờ xác minh" (pending) there, while the office's board shows it met; the district page lists
 * each commune's verified-met count and tier, with no people or values.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const AS_OF = '2022-09-30';

describe.each(DIALECTS)('public pages on %s', (dialect) => {
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
  const publicCommune = async () => (await app.inject({ method: 'GET', url: `/api/v1/public/units/24692?asOf=${AS_OF}` })).json();
  const publicDistrict = async () => (await app.inject({ method: 'GET', url: `/api/v1/public/areas/664?asOf=${AS_OF}` })).json();

  it('shows a criterion met on self-assessed values as pending, not met', async () => {
    const before = await publicCommune();
    expect(before.criteria[8].status).not.toBe('met');
    const commune = await signIn(app, 'xa.namxuan');
    const r = await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: SET, asOf: AS_OF, values: { '9.1': 0, '9.2': 81 } },
    });
    expect(r.statusCode).toBe(200);
    const board = (await office.request({ method: 'GET', url: `/api/v1/board?unit=664&asOf=${AS_OF}` })).json();
    const row = board.rows.find((x: { unitCode: string }) => x.unitCode === '24692');
    expect(row.criteria[8]).toBe('met');
    const after = await publicCommune();
    expect(after.asOf).toBe(AS_OF);
    expect(after.criteria[8].status).toBe('pending');
    expect(after.metCount).toBe(before.metCount);
    expect(after.pendingCount).toBe(before.pendingCount + 1);
    expect(after.metCount).toBe(row.metCount - 1);
  });

  it('has a district page: every commune with its verified-met count and tier, nothing personal', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/v1/public/areas/664?asOf=${AS_OF}` });
    expect(r.statusCode).toBe(200);
    const d = await publicDistrict();
    expect(d).toMatchObject({ unit: { code: '664', kind: 'district' }, asOf: AS_OF, criteriaCount: 19, demo: true });
    expect(d.communes).toHaveLength(d.summary.communes);
    expect(d.communes.length).toBeGreaterThan(5);
    const namXuan = d.communes.find((c: { code: string }) => c.code === '24692');
    const commune = await publicCommune();
    expect(namXuan).toMatchObject({ name: 'Nam Xuân', metCount: commune.metCount, pendingCount: commune.pendingCount, tier: commune.tier });
    const names = d.communes.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const text = JSON.stringify(d);
    for (const secret of ['Cán bộ', 'enteredBy', 'value', 'evidence', 'Phòng']) expect(text).not.toContain(secret);
    expect((await app.inject({ method: 'GET', url: '/api/v1/public/areas/24692' })).statusCode).toBe(404);
  });
});
