/** The Krông Nô demo on each database: the board agrees with the plan's baseline, data survives mergers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krongNoDemoBaseline } from '../../src/catalog/index.js';
import { board } from '../../src/services/board.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { evaluateUnit } from '../../src/services/evaluation.service.js';
import { historyOf, unitsAsOf } from '../../src/services/unit.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('Krông Nô demo on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    expect((await seedDemo(t.ctx)).loaded).toBe(true);
  });
  afterAll(() => t.close());

  it('loads once: a second seed does nothing', async () => {
    expect(await seedDemo(t.ctx)).toEqual({
      loaded: false,
      values: 0,
      lamDong: { users: [], assignedSet: false, values: 0, plan: false },
      recognitions: 0,
    });
  });

  it('shows the 11 communes with exactly the criteria the plan says they lack', async () => {
    const b = await board(t.ctx, { unitCode: '664', asOf: '2021-12-31' });
    expect(b.rows).toHaveLength(11);
    for (const c of krongNoDemoBaseline().communes) {
      const row = b.rows.find((r) => r.unitCode === c.unitCode);
      const lacking = row?.criteria.flatMap((s, i) => (s === 'met' ? [] : [i + 1]));
      expect(lacking, c.name).toEqual(c.lackingAtBaseline);
    }
    const full = b.rows.filter((r) => r.metCount === 19).map((r) => r.name);
    expect(full).toEqual(['Đắk Drô', 'Đắk Sôr', 'Nam Đà']);
    expect(b.rows.find((r) => r.name === 'Nam Đà')?.tier).toBe('ntm');
    expect(b.summary.totalMet).toBe(178);
    expect(b.summary.averageMet).toBe(16.18);
  });

  it('sorts communes by Vietnamese collation', async () => {
    const b = await board(t.ctx, { unitCode: '664', asOf: '2022-12-31' });
    expect(b.rows.map((r) => r.name).slice(0, 4)).toEqual(['Buôn Choah', 'Đắk Drô', 'Đắk Nang', 'Đắk Sôr']);
  });

  it('evaluates one commune with the threshold used and why', async () => {
    const e = await evaluateUnit(t.ctx, { unitCode: '24703', asOf: '2022-06-30' });
    expect(e.evaluation.metCount).toBe(14);
    const income = e.evaluation.indicators.find((i) => i.code === '10');
    expect(income).toMatchObject({ status: 'met', threshold: 43, basis: { region: 'TN', year: 2022, yearBound: true }, verified: false });
    expect(e.recorded.every((r) => r.demo)).toBe(true);
  });

  it('lists units as of a date, before and after the 2025 merger', async () => {
    const before = await unitsAsOf(t.ctx, '2025-06-30', { kind: 'commune' });
    const after = await unitsAsOf(t.ctx, '2025-07-01', { kind: 'commune' });
    expect(before.map((u) => u.name)).toContain("Nâm N'Đir");
    expect(after.map((u) => u.name)).not.toContain("Nâm N'Đir");
    expect(after.map((u) => u.code)).toContain('24703-2025');
  });

  it("reaches a merged commune's data from its successor", async () => {
    const h = await historyOf(t.ctx, '24703-2025');
    const preds = h.predecessors.map((p) => [p.unit.name, p.valueCount > 0]);
    expect(preds).toEqual(
      expect.arrayContaining([
        ['Nâm Nung', true],
        ["Nâm N'Đir", true],
      ]),
    );
    // its own values are the demo's 2026 ones under QĐ 51: 10 criteria on 30/06 and 30/09/2026
    expect(h.valueCount).toBe(20);
  });

  it('refuses a date outside a unit’s validity with its successors', async () => {
    await expect(board(t.ctx, { unitCode: '664', asOf: '2025-07-01' })).rejects.toMatchObject({ code: 'unit.not_valid_at' });
    await expect(evaluateUnit(t.ctx, { unitCode: '24715', asOf: '2025-08-01' })).rejects.toMatchObject({
      code: 'unit.not_valid_at',
      details: { successors: ['24703-2025'] },
    });
  });
});
