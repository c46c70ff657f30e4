/**
 * The Krông Nô demo at the end of 2022 and 2023 on each database: the board adds up to the district's
 * real totals (164 criteria, 14,9 per commune, 3 NTM; 189, 17,18, 4 NTM), each commune lacks what the
 * demo data says, and the plan's progress at the year end starts from the same real figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krongNoDemoYears } from '../../src/catalog/index.js';
import { board } from '../../src/services/board.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { evaluateUnit } from '../../src/services/evaluation.service.js';
import { planDashboard } from '../../src/services/plan/plan-analysis.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const REAL = [
  { asOf: '2022-12-31', totalMet: 164, averageMet: 14.91, ntm: ['Đắk Drô', 'Đắk Sôr', 'Nam Đà'] },
  { asOf: '2023-12-31', totalMet: 189, averageMet: 17.18, ntm: ['Đắk Drô', 'Đắk Sôr', 'Nam Đà', 'Nâm Nung'] },
];

describe.each(DIALECTS)('Krông Nô demo at the 2022 and 2023 year ends on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    expect((await seedDemo(t.ctx)).loaded).toBe(true);
  });
  afterAll(() => t.close());

  it.each(REAL)('the board on $asOf gives the real district totals', async (real) => {
    const b = await board(t.ctx, { unitCode: '664', asOf: real.asOf });
    expect(b.summary.communes).toBe(11);
    expect(b.summary.totalMet).toBe(real.totalMet);
    expect(b.summary.averageMet).toBe(real.averageMet);
    expect(b.rows.filter((r) => r.tier !== null).map((r) => r.name)).toEqual(real.ntm);
    expect(b.rows.filter((r) => r.metCount === 19).map((r) => r.name)).toEqual(real.ntm);
    for (const c of krongNoDemoYears().communes) {
      const row = b.rows.find((r) => r.unitCode === c.unitCode);
      expect(
        row?.criteria.flatMap((s, i) => (s === 'met' ? [] : [i + 1])),
        c.name,
      ).toEqual(c.lacking[real.asOf]);
    }
  });

  it('labels every year-end value demo and says the district total is real', async () => {
    const e = await evaluateUnit(t.ctx, { unitCode: '24703', asOf: '2023-12-31' });
    const latest = e.recorded.filter((r) => r.asOf === '2023-12-31');
    expect(latest.length).toBeGreaterThan(40);
    expect(latest.every((r) => r.demo && /minh họa \(demo\).*số liệu thật/.test(r.note ?? ''))).toBe(true);
  });

  it('between the year ends the 2021 baseline is in force but said as not updated: neither met nor not met', async () => {
    const b = await board(t.ctx, { unitCode: '664', asOf: '2022-06-30' });
    expect(b.summary.totalMet).toBe(0);
    expect(b.summary.totalOutdated).toBe(11 * 19);
    expect(b.summary.outdatedCommunes).toBe(11);
    expect(b.rows.every((r) => r.valueDates.every((d) => d === '2021-12-31'))).toBe(true);
    expect(b.summary.perCriterion.every((c) => c.notMet === 0 && c.outdated === 11)).toBe(true);
    // At its own year end the baseline is current: the plan's starting point (178 criteria) is unchanged.
    expect((await board(t.ctx, { unitCode: '664', asOf: '2021-12-31' })).summary.totalMet).toBe(178);
  });

  it("the 2022 plan's progress at the year end starts from the real 164 criteria", async () => {
    const d = await planDashboard(t.ctx, 'krong-no-2022', '2022-12-31');
    expect(d.progress.forecast.current.all.average).toBeCloseTo(164 / 11, 5);
  });
});
