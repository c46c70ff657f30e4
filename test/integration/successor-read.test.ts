/**
 * Those who serve a merged commune read (only read) the communes it took over: the officer of Nâm Nung
 * (24703-2025, since 1/7/2025) opens the 2022 history of Nâm Nung and Nâm N'Đir, never another commune,
 * and may not write there; the old communes' own officers still do not read the merged commune.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { createUser } from '../../src/services/user.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const PASSWORD = 'Xa-Nam-Nung-moi-2025!';

describe.each(DIALECTS)('reading the communes a merged commune took over, on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let merged: Session;
  let old: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    await createUser(t.ctx, {
      username: 'xa.namnung.moi',
      displayName: 'Cán bộ xã Nâm Nung (mới)',
      password: PASSWORD,
      role: 'commune_officer',
      unitCode: '24703-2025',
    });
    app = await buildTestApp(t);
    merged = await signIn(app, 'xa.namnung.moi', PASSWORD);
    old = await signIn(app, 'xa.namnung');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const get = (s: Session, url: string) => s.request({ method: 'GET', url });

  it("reads its predecessors' evaluation, history and date context", async () => {
    for (const code of ['24703', '24715']) {
      const r = await get(merged, `/api/v1/units/${code}/evaluation?asOf=2022-12-31`);
      expect(r.statusCode, code).toBe(200);
    }
    expect((await get(merged, '/api/v1/units/24703/history')).statusCode).toBe(200);
    expect((await get(merged, '/api/v1/date-context?unit=24703')).json()).toMatchObject({ asOf: '2022-12-31', reason: 'last_plan_year' });
  });

  it('reads no other commune and no district board, and writes nothing in the old communes', async () => {
    expect((await get(merged, '/api/v1/units/24692/evaluation?asOf=2022-12-31')).statusCode).toBe(403);
    expect((await get(merged, '/api/v1/board?unit=664&asOf=2022-12-31')).statusCode).toBe(403);
    const w = await merged.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: 'demo-krong-no-ntm-2022', asOf: '2022-12-31', values: { '9.1': 0 } },
    });
    expect(w.statusCode).toBe(403);
  });

  it("keeps the old commune's officer out of the merged commune", async () => {
    expect((await get(old, '/api/v1/units/24703-2025/history')).statusCode).toBe(403);
  });
});
