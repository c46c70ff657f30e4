/** Recording values on each database: validation, versions, the chain over time, atomicity, audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { evaluateUnit } from '../../src/services/evaluation.service.js';
import { recordValues, valueHistory } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const NAM_XUAN = '24692';

describe.each(DIALECTS)('indicator values on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  it('records values, and the commune meets the criterion from that date on', async () => {
    const before = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-09-30' });
    expect(before.evaluation.criteria.find((c) => c.number === 9)?.status).toBe('not_met');
    await recordValues(t.ctx, {
      unitCode: NAM_XUAN,
      setCode: SET,
      asOf: '2022-09-30',
      values: { '9.1': 0, '9.2': 82.5 },
      note: 'Báo cáo quý III',
    });
    const after = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-09-30' });
    expect(after.evaluation.criteria.find((c) => c.number === 9)?.status).toBe('met');
    const earlier = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-06-30' });
    expect(earlier.evaluation.criteria.find((c) => c.number === 9)?.status).toBe('not_met');
  });

  it('keeps the history of a value and inserts a value between two dates correctly', async () => {
    await recordValues(t.ctx, { unitCode: NAM_XUAN, setCode: SET, asOf: '2022-03-31', values: { '9.2': 74 } });
    const h = await valueHistory(t.ctx, { unitCode: NAM_XUAN, setCode: SET, indicatorCode: '9.2' });
    expect(h.map((v) => [v.asOf, v.value])).toEqual([
      ['2021-12-31', expect.any(Number)],
      ['2022-03-31', 74],
      ['2022-09-30', 82.5],
      // The demo's year-end values follow.
      ['2022-12-31', expect.any(Number)],
      ['2023-12-31', expect.any(Number)],
    ]);
    const q2 = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-06-30' });
    expect(q2.evaluation.indicators.find((i) => i.code === '9.2')?.value).toBe(74);
  });

  it('bumps the version on a second save and refuses a stale one with the current value', async () => {
    await recordValues(t.ctx, {
      unitCode: NAM_XUAN,
      setCode: SET,
      asOf: '2022-09-30',
      values: { '9.2': 83 },
      expectedVersions: { '9.2': 1 },
    });
    await expect(
      recordValues(t.ctx, { unitCode: NAM_XUAN, setCode: SET, asOf: '2022-09-30', values: { '9.2': 90 }, expectedVersions: { '9.2': 1 } }),
    ).rejects.toMatchObject({ code: 'indicator_value.stale_version', kind: 'conflict', details: { current: { value: 83, version: 2 } } });
  });

  it('refuses a value of the wrong type, naming the indicator and the expected kind, and writes nothing', async () => {
    const auditBefore = await auditRepository.count(t.database.db);
    const err = await recordValues(t.ctx, {
      unitCode: NAM_XUAN,
      setCode: SET,
      asOf: '2022-11-30',
      values: { '9.1': 0, '8.1': 'có', '2.1': 140 },
    }).catch((e) => e);
    expect(err).toMatchObject({ code: 'value.invalid' });
    expect(err.issues.map((i: { path: string }) => i.path).sort()).toEqual(['values.2.1', 'values.8.1']);
    expect(err.issues[0].message).toMatch(/Chỉ tiêu (8\.1|2\.1): cần/);
    const h = await valueHistory(t.ctx, { unitCode: NAM_XUAN, setCode: SET, indicatorCode: '9.1' });
    expect(h.some((v) => v.asOf === '2022-11-30')).toBe(false);
    expect(await auditRepository.count(t.database.db)).toBe(auditBefore);
  });

  it('refuses unknown units and dates outside a unit’s life', async () => {
    await expect(recordValues(t.ctx, { unitCode: 'nope', setCode: SET, asOf: '2022-01-01', values: {} })).rejects.toMatchObject({
      code: 'unit.not_found',
    });
    await expect(recordValues(t.ctx, { unitCode: NAM_XUAN, setCode: SET, asOf: '2025-07-01', values: { '9.1': 0 } })).rejects.toMatchObject(
      { code: 'unit.not_valid_at' },
    );
  });

  it('writes each change with its audit event (who, before, after)', async () => {
    const events = await auditRepository.forEntity(t.database.db, 'indicator_value', `${NAM_XUAN}/${SET}/9.2/2022-09-30`);
    expect(events.map((e) => e.action)).toEqual(['indicator_value.record', 'indicator_value.record']);
    expect(JSON.parse(events[1]?.before ?? '{}')).toMatchObject({ value: 82.5, version: 1 });
    expect(JSON.parse(events[1]?.after ?? '{}')).toEqual({ value: 83, version: 2 });
    expect(events[0]?.actorId).toBe(t.ctx.actor.id);
  });

  it('rolls back every value of a save when one write fails', async () => {
    // The clock works for the first value and breaks on the second, so the first write has happened.
    let calls = 0;
    const failing = { ...t.ctx, now: () => (++calls === 1 ? t.ctx.now() : (null as unknown as string)) };
    await expect(
      recordValues(failing, { unitCode: NAM_XUAN, setCode: SET, asOf: '2022-11-30', values: { '9.1': 0, '9.2': 90 } }),
    ).rejects.toBeTruthy();
    const h = await valueHistory(t.ctx, { unitCode: NAM_XUAN, setCode: SET, indicatorCode: '9.1' });
    expect(h.some((v) => v.asOf === '2022-11-30')).toBe(false);
  });
});
