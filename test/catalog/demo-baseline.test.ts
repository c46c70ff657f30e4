/** The demo agrees with the plan: commitments, reach-the-standard communes, the 21 criteria, the 17,9 puzzle. */
import { describe, expect, it } from 'vitest';
import { krongNoDemoBaseline, krongNoUnitTree } from '../../src/catalog/index.js';

const demo = krongNoDemoBaseline();
const byName = (n: string) => demo.communes.find((c) => c.name === n);

describe('Krông Nô demo baseline', () => {
  it('covers the 11 communes of the district, not the town', () => {
    const communes = krongNoUnitTree().units.filter((u) => u.parentCode === '664' && u.kind === 'commune');
    expect(demo.communes.map((c) => c.unitCode).sort()).toEqual(communes.map((u) => u.code).sort());
  });

  it('Nâm Nung lacks exactly the 5 criteria the plan names, Nâm N’Đir the 4, Nam Xuân the 2', () => {
    expect(byName('Nâm Nung')?.lackingAtBaseline).toEqual([5, 9, 16, 18, 19]);
    expect(byName("Nâm N'Đir")?.lackingAtBaseline).toEqual([5, 15, 18, 19]);
    expect(byName('Nam Xuân')?.lackingAtBaseline).toEqual([9, 18]);
    for (const c of demo.communes.filter((x) => x.reachStandard2022)) expect(c.targets2022).toEqual(c.lackingAtBaseline);
  });

  it('Nam Đà, Đắk Sôr and Đắk Drô meet all 19 and keep the advanced track', () => {
    for (const n of ['Nam Đà', 'Đắk Sôr', 'Đắk Drô'])
      expect(byName(n)).toMatchObject({ lackingAtBaseline: [], maintainAdvanced2022: true });
  });

  it('commitments add 21 criteria; no commune commits to a criterion it already meets', () => {
    expect(demo.communes.reduce((n, c) => n + c.targets2022.length, 0)).toBe(21);
    for (const c of demo.communes) for (const t of c.targets2022) expect(c.lackingAtBaseline).toContain(t);
  });

  it('the targets imply 18,09 over the 11 communes and 17,75 over the 8 not yet recognised — not the 17,9 the plan states', () => {
    const after = demo.communes.map((c) => 19 - c.lackingAtBaseline.length + c.targets2022.length);
    expect(Math.round((after.reduce((a, b) => a + b, 0) / 11) * 100) / 100).toBe(18.09);
    const eight = demo.communes.filter((c) => !c.maintainAdvanced2022).map((c) => 19 - c.lackingAtBaseline.length + c.targets2022.length);
    expect(eight.reduce((a, b) => a + b, 0) / 8).toBe(17.75);
    expect(eight.sort((a, b) => b - a)).toEqual([19, 19, 19, 18, 18, 17, 16, 16]);
  });
});
