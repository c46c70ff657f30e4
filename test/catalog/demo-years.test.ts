/** The demo's year ends are plausible and add up to the real district figures of criteria-318-2022.md §6.2. */
import { describe, expect, it } from 'vitest';
import { krongNoDemoBaseline, krongNoDemoYears } from '../../src/catalog/index.js';

const baseline = krongNoDemoBaseline();
const years = krongNoDemoYears();
const lackingAt = (code: string, asOf: string) => years.communes.find((c) => c.unitCode === code)?.lacking[asOf];

describe('Krông Nô demo year ends (2022, 2023)', () => {
  it('covers exactly the baseline communes, with values for every year end', () => {
    expect(years.communes.map((c) => c.unitCode).sort()).toEqual(baseline.communes.map((c) => c.unitCode).sort());
    for (const c of years.communes) expect(Object.keys(c.lacking).sort()).toEqual(years.years.map((y) => y.asOf));
  });

  it('sums to the real totals over the 11 communes: 164 (14,9) and 189 (17,18)', () => {
    expect(years.years.map((y) => [y.asOf, y.totalMet, y.reportedAverage, y.ntmCommunes])).toEqual([
      ['2022-12-31', 164, '14,9', 3],
      ['2023-12-31', 189, '17,18', 4],
    ]);
    for (const y of years.years) {
      const met = years.communes.map((c) => 19 - (c.lacking[y.asOf]?.length ?? 0));
      expect(met.reduce((a, b) => a + b, 0)).toBe(y.totalMet);
      expect(met.filter((m) => m === 19)).toHaveLength(y.ntmCommunes);
      expect(Math.round((y.totalMet / 11) * 100) / 100).toBe(y.averageMet);
      // The source prints the same average, rounded to fewer places.
      const places = y.reportedAverage.split(',')[1]?.length ?? 0;
      expect((y.totalMet / 11).toFixed(places).replace('.', ',')).toBe(y.reportedAverage);
    }
  });

  it('keeps the 3 NTM communes at 19/19 and adds Nâm Nung as the fourth in 2023', () => {
    for (const n of ['Nam Đà', 'Đắk Sôr', 'Đắk Drô'])
      expect(years.communes.find((c) => c.name === n)?.lacking).toEqual({ '2022-12-31': [], '2023-12-31': [] });
    expect(lackingAt('24703', '2023-12-31')).toEqual([]);
    expect(lackingAt('24703', '2022-12-31')?.length).toBeGreaterThan(0);
  });

  it('loses a criterion met in 2021 only for a stated reason (the stricter QĐ 318 set), and none in 2023', () => {
    for (const c of baseline.communes) {
      const y2022 = lackingAt(c.unitCode, '2022-12-31') ?? [];
      const y2023 = lackingAt(c.unitCode, '2023-12-31') ?? [];
      for (const n of y2022.filter((x) => !c.lackingAtBaseline.includes(x)))
        expect(years.lossReasons[String(n)], `${c.name} ${n}`).toBeTruthy();
      for (const n of y2023) expect(y2022, `${c.name} loses ${n} in 2023`).toContain(n);
    }
  });
});
