/** Properties of the plan checks over random baselines and commitments. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { checkPlan, type PlanFinding } from '../../src/domain/plan/plan-checks.js';
import { averageOver, planOutlook } from '../../src/domain/plan/plan-metrics.js';
import { obj, target, testBaseline, testPlan } from './plan-fixtures.js';

const codes = (fs: readonly PlanFinding[]) => fs.map((f) => f.code);

describe('properties', () => {
  const world = fc
    .record({
      size: fc.integer({ min: 5, max: 19 }),
      communes: fc.integer({ min: 1, max: 8 }),
      seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
    })
    .map(({ size, communes, seed }) => {
      const numbers = Array.from({ length: size }, (_, i) => i + 1);
      let k = 0;
      const next = () => seed[k++ % seed.length] as number;
      const list = Array.from({ length: communes }, (_, i) => {
        const met = numbers.filter(() => next() % 3 !== 0);
        const lacking = numbers.filter((n) => !met.includes(n));
        return { unitCode: `X${i}`, name: `X${i}`, met, recognisedTier: null, committed: lacking.filter(() => next() % 2 === 0), lacking };
      });
      return { numbers, list };
    });

  const build = (
    w: { numbers: number[]; list: { unitCode: string; met: number[]; committed: number[] }[] },
    extra?: { unitCode: string; n: number },
  ) => {
    const baseline = testBaseline({
      criterionNumbers: w.numbers,
      communes: w.list.map((c) => ({ unitCode: c.unitCode, name: c.unitCode, met: c.met, recognisedTier: null })),
      units: [
        { code: 'H', name: 'H', validFrom: '2004-01-01' },
        ...w.list.map((c) => ({ code: c.unitCode, name: c.unitCode, validFrom: '2004-01-01' })),
      ],
    });
    const communeTargets = w.list.map((c) => target(c.unitCode, extra?.unitCode === c.unitCode ? [...c.committed, extra.n] : c.committed));
    return { baseline, plan: testPlan({ communeTargets }) };
  };

  it('committing to one more criterion a commune lacks raises the implied average by exactly 1/n', () => {
    fc.assert(
      fc.property(world, fc.nat(), fc.nat(), (w, ci, ni) => {
        const c = w.list[ci % w.list.length];
        const open = c?.lacking.filter((n) => !c.committed.includes(n)) ?? [];
        if (!c || open.length === 0) return;
        const before = build(w);
        const after = build(w, { unitCode: c.unitCode, n: open[ni % open.length] as number });
        const avg = (x: typeof before) => averageOver(planOutlook(x.plan, x.baseline), 'all', (o) => o.after);
        expect(avg(after).total).toBe(avg(before).total + 1);
        expect(avg(after).average - avg(before).average).toBeCloseTo(1 / w.list.length, 12);
      }),
    );
  });

  it('commitments drawn from what communes lack never trigger target errors or "already met", and the stated sum is confirmed', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { plan, baseline } = build(w);
        const sum = w.list.reduce((s, c) => s + c.committed.length, 0);
        const fs = checkPlan(planSchema.parse({ ...plan, objectives: [obj.total(sum)] }), baseline);
        expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
        expect(codes(fs)).not.toContain('target.already_met');
        expect(codes(fs)).toContain('objective.total_consistent');
        for (const f of fs) expect(f.message.length * f.messageEn.length).toBeGreaterThan(0);
      }),
    );
  });
});
