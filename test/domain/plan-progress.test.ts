/** Target states (done / on track / at risk / missed) and the year-end forecast of the average. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { type CommuneSnapshot, type CriterionSnapshot, overdueTasks, planProgress } from '../../src/domain/plan/plan-progress.js';
import type { TaskStatus } from '../../src/domain/plan/plan-task.schema.js';
import { target, testBaseline, testPlan } from './plan-fixtures.js';

const plan = krongNoPlan2022();
const baseline = krongNoPlanBaseline2022();

/** Snapshot of a commune: every criterion met except `notMet`; `metIndicators` per criterion (default 0). */
function snap(numbers: readonly number[], notMet: readonly number[], indicators: Record<number, number> = {}): CriterionSnapshot[] {
  return numbers.map((n) => ({ number: n, status: notMet.includes(n) ? 'not_met' : 'met', metIndicators: indicators[n] ?? 0 }));
}
const startOf = (unitCode: string) => {
  const c = baseline.communes.find((x) => x.unitCode === unitCode);
  return snap(
    baseline.criterionNumbers,
    baseline.criterionNumbers.filter((n) => !c?.met.includes(n)),
  );
};
const NAM_NUNG = '24703';
const NAM_DA = '24697';
const NAM_XUAN = '24692';

describe('plan progress on the Krông Nô 2022 plan', () => {
  it('with no change yet and before the checkpoint, every target is on track and the forecast is 18,09 / 17,75', () => {
    const p = planProgress(plan, baseline, [], '2022-05-15');
    expect(p.checkpoint).toBe('2022-07-01');
    expect(p.counts).toEqual({ done: 0, on_track: 11, at_risk: 0, missed: 0 });
    expect(p.forecast.current.all).toMatchObject({ total: 178, count: 11 });
    expect(p.forecast.current.notRecognised).toMatchObject({ total: 121, count: 8 });
    expect(p.forecast.forecast.all).toMatchObject({ total: 199, count: 11 });
    expect(p.forecast.forecast.notRecognised).toMatchObject({ total: 142, count: 8 });
    expect(p.forecast.ifAllMet.all.total).toBe(199);
    expect(p.statedAverage).toBe(17.9);
  });

  it('after the checkpoint: met is done, moving is on track, unmoving is at risk; the forecast drops', () => {
    const now = snap(baseline.criterionNumbers, [9, 16, 18, 19], { 9: 1 });
    const p = planProgress(plan, baseline, [{ unitCode: NAM_NUNG, start: startOf(NAM_NUNG), now }], '2022-09-30');
    const t = p.targets.find((x) => x.unitCode === NAM_NUNG);
    expect(t?.criteria.map((c) => [c.number, c.state])).toEqual([
      [5, 'done'],
      [9, 'on_track'],
      [16, 'at_risk'],
      [18, 'at_risk'],
      [19, 'at_risk'],
    ]);
    expect(t?.state).toBe('at_risk');
    expect(t?.reachStandard).toEqual({ state: 'done', notMet: [] });
    // Other communes have no snapshot: nothing moved, so their unmet commitments are at risk too.
    expect(p.counts.at_risk).toBe(8);
    expect(p.forecast.current.all.total).toBe(179);
    // Nâm Nung: 15 met + 9 on track = 16; the other 7 not recognised stay at their baseline; recognised 3×19.
    expect(p.forecast.forecast.all.total).toBe(178 + 1 + 1);
  });

  it('the checkpoint is configurable', () => {
    const p = planProgress(plan, baseline, [], '2022-09-30', { atRiskFrom: '10-01' });
    expect(p.counts.at_risk).toBe(0);
    expect(planProgress(plan, baseline, [], '2022-10-01', { atRiskFrom: '10-01' }).counts.at_risk).toBe(8);
  });

  it('after the year ends, what is not met is missed', () => {
    const now = snap(baseline.criterionNumbers, [19]);
    const p = planProgress(plan, baseline, [{ unitCode: NAM_NUNG, start: startOf(NAM_NUNG), now }], '2023-01-15');
    expect(p.yearEnded).toBe(true);
    const t = p.targets.find((x) => x.unitCode === NAM_NUNG);
    expect(t?.criteria.filter((c) => c.state === 'missed').map((c) => c.number)).toEqual([19]);
    expect(t?.state).toBe('missed');
  });

  it('"maintain": a criterion lost is at risk, missed after year end; kept to the end is done', () => {
    const lost = { unitCode: NAM_DA, start: startOf(NAM_DA), now: snap(baseline.criterionNumbers, [16]) };
    const during = planProgress(plan, baseline, [lost], '2022-03-01').targets.find((t) => t.unitCode === NAM_DA);
    expect(during).toMatchObject({ state: 'at_risk', maintain: { state: 'at_risk', lost: [16] } });
    const after = planProgress(plan, baseline, [lost], '2023-01-01').targets.find((t) => t.unitCode === NAM_DA);
    expect(after?.state).toBe('missed');
    const kept = planProgress(plan, baseline, [], '2023-01-01').targets.find((t) => t.unitCode === NAM_DA);
    expect(kept).toMatchObject({ state: 'done', maintain: { state: 'done', lost: [] } });
    expect(planProgress(plan, baseline, [], '2022-06-01').targets.find((t) => t.unitCode === NAM_DA)?.state).toBe('on_track');
  });

  it('reach the standard needs every criterion: a criterion lost outside the commitments puts it at risk', () => {
    const now = snap(baseline.criterionNumbers, [17]);
    const p = planProgress(plan, baseline, [{ unitCode: NAM_XUAN, start: startOf(NAM_XUAN), now }], '2022-08-01');
    const t = p.targets.find((x) => x.unitCode === NAM_XUAN);
    expect(t?.criteria.every((c) => c.state === 'done')).toBe(true);
    expect(t?.reachStandard?.notMet.map((c) => [c.number, c.state])).toEqual([[17, 'at_risk']]);
    expect(t?.state).toBe('at_risk');
  });
});

describe('progress on synthetic plans', () => {
  it('a commune with a snapshot but no start snapshot cannot show movement', () => {
    const b = testBaseline();
    const now: CommuneSnapshot = { unitCode: 'A', now: snap([1, 2, 3, 4, 5], [3, 4, 5], { 3: 2 }) };
    const p = planProgress(testPlan(), b, [now], '2022-08-01');
    expect(p.targets[0]?.criteria).toEqual([{ number: 3, state: 'at_risk', moved: false }]);
  });

  it('lists overdue tasks (deadline passed, not done or cancelled)', () => {
    const task = (number: string, deadline: string | null, status: TaskStatus) => ({
      number,
      text: 't',
      leadAgencyCode: null,
      deadline,
      status,
    });
    const p = testPlan({
      taskSections: [{ number: 'II.1', title: 'chung' }],
      tasks: [
        task('II.1.1', '2022-06-30', 'in_progress'),
        task('II.1.2', '2022-06-30', 'done'),
        task('II.1.3', null, 'not_started'),
        task('II.1.4', '2022-12-31', 'not_started'),
      ],
    });
    expect(overdueTasks(p, '2022-07-01').map((t) => t.number)).toEqual(['II.1.1']);
  });

  it('property: current ≤ forecast ≤ if-all-met, in every scope, for any statuses and date', () => {
    const status = fc.constantFrom('met', 'not_met', 'incomplete') as fc.Arbitrary<CriterionSnapshot['status']>;
    const snapArb = fc.array(fc.tuple(status, fc.nat(3), fc.nat(3)), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(snapArb, { minLength: 3, maxLength: 3 }),
        fc.constantFrom('2022-02-01', '2022-09-01', '2023-01-05'),
        (rows, asOf) => {
          const snaps = ['A', 'B', 'C'].map((unitCode, i) => ({
            unitCode,
            start: (rows[i] ?? []).map(([, s]: [unknown, number, number], k) => ({
              number: k + 1,
              status: 'not_met' as const,
              metIndicators: s,
            })),
            now: (rows[i] ?? []).map(([st, , m]: [CriterionSnapshot['status'], number, number], k) => ({
              number: k + 1,
              status: st,
              metIndicators: m,
            })),
          }));
          const p = planProgress(
            testPlan({ communeTargets: [target('A', [3, 4]), target('B', [5], { reachStandard: true })] }),
            testBaseline(),
            snaps,
            asOf,
          );
          for (const scope of ['all', 'notRecognised'] as const) {
            expect(p.forecast.current[scope].total).toBeLessThanOrEqual(p.forecast.forecast[scope].total);
            expect(p.forecast.forecast[scope].total).toBeLessThanOrEqual(p.forecast.ifAllMet[scope].total);
          }
          expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).toBe(2);
        },
      ),
    );
  });

  it('a plan without an average objective has no stated average', () => {
    expect(planProgress(planSchema.parse(testPlan()), testBaseline(), [], '2022-01-01').statedAverage).toBeNull();
  });
});
