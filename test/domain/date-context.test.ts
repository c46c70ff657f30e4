/** The default reporting date and the quick choices, as pure rules (the service adds plans and today). */
import { describe, expect, it } from 'vitest';
import { defaultReportingDate, quickChoices } from '../../src/domain/units/date-context.js';

const KRONG_NO = { validFrom: '2004-01-01', validTo: '2025-06-30' };
const MERGED = { validFrom: '2025-07-01' };

describe('default reporting date', () => {
  it('is today where the unit exists today', () => {
    expect(defaultReportingDate(MERGED, [2026], '2026-12-02')).toEqual({ asOf: '2026-12-02', reason: 'today' });
  });
  it('is the end of the last plan year that ended while the unit existed', () => {
    // 2025 ended after the district did: the 2022 plan year is the last one it saw to its end
    expect(defaultReportingDate(KRONG_NO, [2022, 2025, 2021], '2026-12-02')).toEqual({
      asOf: '2022-12-31',
      reason: 'last_plan_year',
      planYear: 2022,
    });
  });
  it("is the unit's last day when it had no plan, and its first day before it starts", () => {
    expect(defaultReportingDate(KRONG_NO, [], '2026-12-02')).toEqual({ asOf: '2025-06-30', reason: 'last_day' });
    expect(defaultReportingDate(MERGED, [], '2025-05-01')).toEqual({ asOf: '2025-07-01', reason: 'not_started' });
  });
  it('puts the country on its last finished plan year only when no set is in force today', () => {
    expect(defaultReportingDate(null, [2022, 2027], '2026-12-02', { setInForceToday: false })).toMatchObject({
      asOf: '2022-12-31',
      reason: 'no_set_today',
    });
    expect(defaultReportingDate(null, [2022], '2026-12-02', { setInForceToday: true })).toMatchObject({
      asOf: '2026-12-02',
      reason: 'today',
    });
  });
});

describe('quick choices', () => {
  it('offers today, the quarters already ended this year and the plan years, newest first, within the unit', () => {
    expect(quickChoices(MERGED, [2022, 2026], '2026-07-15').map((c) => c.date)).toEqual(['2026-07-15', '2026-06-30', '2026-03-31']);
    expect(quickChoices(KRONG_NO, [2021, 2022], '2026-07-15')).toEqual([
      { date: '2022-12-31', kind: 'plan_year', year: 2022 },
      { date: '2021-12-31', kind: 'plan_year', year: 2021 },
    ]);
  });
});
