/** 50 parallel saves from the same stale version: exactly one wins, the rest get 409, nothing is lost. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valueHistory } from '../../src/services/value.service.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';

describe.each(DIALECTS)('concurrent saves on %s', (dialect) => {
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

  it('lets exactly one of 50 saves from version 1 through', async () => {
    const s = await signIn(app, 'xa.namnung');
    const base = { set: SET, asOf: '2022-06-30' };
    expect(
      (await s.request({ method: 'PUT', url: '/api/v1/units/24703/values', payload: { ...base, values: { '9.2': 70 } } })).statusCode,
    ).toBe(200);
    const auditBefore = await auditRepository.count(t.database.db);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.request({
          method: 'PUT',
          url: '/api/v1/units/24703/values',
          payload: { ...base, values: { '9.2': 71 + i / 2 }, expectedVersions: { '9.2': 1 } },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const winner = results.findIndex((r) => r.statusCode === 200);
    const conflict = results.find((r) => r.statusCode === 409)?.json();
    expect(conflict.error).toMatchObject({
      code: 'indicator_value.stale_version',
      details: { current: { version: 2, value: 71 + winner / 2 } },
    });
    const stored = (await valueHistory(t.ctx, { unitCode: '24703', setCode: SET, indicatorCode: '9.2' })).find(
      (v) => v.asOf === '2022-06-30',
    );
    expect(stored).toMatchObject({ version: 2, value: 71 + winner / 2 });
    // One audit event for the one change that happened; none for the refused ones.
    expect(await auditRepository.count(t.database.db)).toBe(auditBefore + 1);
    const events = await auditRepository.forEntity(t.database.db, 'indicator_value', `24703/${SET}/9.2/2022-06-30`);
    expect(events.map((e) => JSON.parse(e.after ?? '{}').value)).toEqual([70, 71 + winner / 2]);
  });

  it('answers 50 parallel first saves of a value at a new date with one winner and 409s, never 500', async () => {
    const s = await signIn(app, 'xa.namnung');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.request({
          method: 'PUT',
          url: '/api/v1/units/24703/values',
          payload: { set: SET, asOf: '2022-08-31', values: { '9.2': 60 + i / 4 }, expectedVersions: { '9.2': 0 } },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const winner = codes.indexOf(200);
    const stored = (await valueHistory(t.ctx, { unitCode: '24703', setCode: SET, indicatorCode: '9.2' })).filter(
      (v) => v.asOf === '2022-08-31',
    );
    expect(stored).toEqual([expect.objectContaining({ version: 1, value: 60 + winner / 4 })]);
  });

  it('orders parallel first saves without an expected version as versions, each audited, never 500', async () => {
    const s = await signIn(app, 'xa.namnung');
    const auditBefore = await auditRepository.count(t.database.db);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        s.request({
          method: 'PUT',
          url: '/api/v1/units/24703/values',
          payload: { set: SET, asOf: '2022-09-30', values: { '9.2': 50 + i / 4 } },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.every((c) => c === 200 || c === 409)).toBe(true);
    const ok = codes.filter((c) => c === 200).length;
    expect(ok).toBeGreaterThanOrEqual(1);
    const stored = (await valueHistory(t.ctx, { unitCode: '24703', setCode: SET, indicatorCode: '9.2' })).find(
      (v) => v.asOf === '2022-09-30',
    );
    expect(stored?.version).toBe(ok);
    expect(await auditRepository.count(t.database.db)).toBe(auditBefore + ok);
  });
});
