/**
 * Where a plan stands on a date: a state for every commune target, from the latest criterion statuses,
 * and a year-end forecast of the average. The rules are deliberately simple so they can be explained:
 *
 * - done      the committed criterion is met now;
 * - missed    the plan's year is over (asOf after 31/12) and it is not met;
 * - at risk   on or after the checkpoint (default 1 July, the six-month report; configurable) it is still
 *             not met and none of its indicators moved since the start of the year (no more indicators met);
 * - on track  otherwise (not met yet, but before the checkpoint or with indicators moving).
 *
 * A reach-the-standard target also needs every other criterion met, judged the same way; a "maintain"
 * target is at risk (missed after year end) when a criterion met at the start is no longer met. A commune's
 * state is the worst of its parts (missed > at risk > on track > done). The forecast counts, per commune,
 * the criteria met now plus the committed ones still on track. After the year ends, pass the 31/12 statuses.
 */
import type { CriterionStatus } from '../evaluation/evaluation.types.js';
import type { Plan } from './plan.schema.js';
import { type AverageOver, averageOver, type PlanBaseline } from './plan-metrics.js';
import type { Task } from './plan-task.schema.js';

export const TARGET_STATES = ['done', 'on_track', 'at_risk', 'missed'] as const;
export type TargetState = (typeof TARGET_STATES)[number];
const WORST: readonly TargetState[] = ['missed', 'at_risk', 'on_track', 'done'];
const worstOf = (states: readonly TargetState[]): TargetState => WORST.find((s) => states.includes(s)) ?? 'done';

/** A criterion's evaluation on a date: its status and how many of its indicators are met. */
export interface CriterionSnapshot {
  number: number;
  status: CriterionStatus;
  metIndicators: number;
}

export interface CommuneSnapshot {
  unitCode: string;
  /** At the start of the year (for movement); without it no movement can be seen. */
  start?: readonly CriterionSnapshot[];
  now: readonly CriterionSnapshot[];
}

export interface ProgressOptions {
  /** "MM-DD" of the plan's year from which an unmoving, unmet criterion is at risk. Default "07-01". */
  atRiskFrom?: string;
}

export interface CriterionProgress {
  number: number;
  state: TargetState;
  moved: boolean;
}

export interface CommuneTargetProgress {
  unitCode: string;
  name: string;
  state: TargetState;
  /** The committed criteria. */
  criteria: CriterionProgress[];
  /** For a reach-the-standard target: the other criteria not met now. */
  reachStandard: { state: TargetState; notMet: CriterionProgress[] } | null;
  /** For a "maintain" target: criteria met at the start and not met now. */
  maintain: { state: TargetState; lost: number[] } | null;
}

export interface PlanProgress {
  asOf: string;
  checkpoint: string;
  yearEnded: boolean;
  targets: CommuneTargetProgress[];
  counts: Record<TargetState, number>;
  /** Year-end forecast of the average: now, forecast (met + on track), and if every commitment is met. */
  forecast: Record<'current' | 'forecast' | 'ifAllMet', { all: AverageOver; notRecognised: AverageOver }>;
  /** The plan's stated average, when it has one. */
  statedAverage: number | null;
}

export function planProgress(
  plan: Plan,
  baseline: PlanBaseline,
  snapshots: readonly CommuneSnapshot[],
  asOf: string,
  options: ProgressOptions = {},
): PlanProgress {
  const checkpoint = `${plan.year}-${options.atRiskFrom ?? '07-01'}`;
  const yearEnded = asOf > `${plan.year}-12-31`;
  const snaps = new Map(snapshots.map((s) => [s.unitCode, s]));

  const stateOf = (snap: CommuneSnapshot | undefined, n: number, metAtStart: boolean): CriterionProgress => {
    const now = snap?.now.find((c) => c.number === n);
    const start = snap?.start?.find((c) => c.number === n);
    const moved = now !== undefined && start !== undefined && now.metIndicators > start.metIndicators;
    const met = now ? now.status === 'met' : metAtStart;
    const state: TargetState = met ? 'done' : yearEnded ? 'missed' : asOf >= checkpoint && !moved ? 'at_risk' : 'on_track';
    return { number: n, state, moved };
  };

  const targets = plan.communeTargets.map((t): CommuneTargetProgress => {
    const base = baseline.communes.find((c) => c.unitCode === t.unitCode);
    const metAtStart = new Set(base?.met ?? []);
    const snap = snaps.get(t.unitCode);
    const criteria = t.criteria.map((n) => stateOf(snap, n, metAtStart.has(n)));
    let reachStandard: CommuneTargetProgress['reachStandard'] = null;
    if (t.reachStandard) {
      const others = baseline.criterionNumbers.filter((n) => !t.criteria.includes(n)).map((n) => stateOf(snap, n, metAtStart.has(n)));
      const notMet = others.filter((c) => c.state !== 'done');
      reachStandard = { state: worstOf(notMet.map((c) => c.state)), notMet };
    }
    let maintain: CommuneTargetProgress['maintain'] = null;
    if (t.maintain) {
      const lost = [...metAtStart].filter((n) => stateOf(snap, n, true).state !== 'done').sort((a, b) => a - b);
      maintain = { state: lost.length > 0 ? (yearEnded ? 'missed' : 'at_risk') : yearEnded ? 'done' : 'on_track', lost };
    }
    const parts = [...criteria.map((c) => c.state), reachStandard?.state, maintain?.state].filter((s): s is TargetState => s !== undefined);
    return { unitCode: t.unitCode, name: base?.name ?? t.name, state: worstOf(parts), criteria, reachStandard, maintain };
  });

  const counts = Object.fromEntries(TARGET_STATES.map((s) => [s, targets.filter((t) => t.state === s).length])) as Record<
    TargetState,
    number
  >;
  const rows = baseline.communes.map((c) => {
    const snap = snaps.get(c.unitCode);
    const metNow = baseline.criterionNumbers.filter((n) => stateOf(snap, n, c.met.includes(n)).state === 'done');
    const committed = plan.communeTargets.find((t) => t.unitCode === c.unitCode)?.criteria ?? [];
    const open = committed.filter((n) => baseline.criterionNumbers.includes(n) && !metNow.includes(n));
    const onTrack = open.filter((n) => stateOf(snap, n, false).state === 'on_track');
    return { unitCode: c.unitCode, name: c.name, recognised: c.recognisedTier !== null, current: metNow.length, open, onTrack };
  });
  const both = (value: (r: (typeof rows)[number]) => number) => ({
    all: averageOver(rows, 'all', value),
    notRecognised: averageOver(rows, 'notRecognised', value),
  });
  const stated = plan.objectives.find((o) => o.kind === 'averageCriteria');
  return {
    asOf,
    checkpoint,
    yearEnded,
    targets,
    counts,
    forecast: {
      current: both((r) => r.current),
      forecast: both((r) => r.current + r.onTrack.length),
      ifAllMet: both((r) => r.current + r.open.length),
    },
    statedAverage: stated?.kind === 'averageCriteria' ? stated.atLeast : null,
  };
}

/** Tasks whose deadline has passed and that are neither done nor cancelled. */
export const overdueTasks = (plan: Plan, asOf: string): Task[] =>
  plan.tasks.filter((t) => t.deadline !== null && t.deadline < asOf && t.status !== 'done' && t.status !== 'cancelled');
