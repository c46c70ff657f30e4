/**
 * What a plan's targets imply, given where each commune stood at the start of the year: criteria met
 * after the plan, averages (over all communes and over those not yet recognised) and the distribution.
 * Shared by the consistency checks and the progress forecast; no criterion is known here by number.
 */
import type { Tier } from '../catalog/criteria-set.schema.js';
import type { Plan } from './plan.schema.js';
import type { AverageScope } from './plan-objective.schema.js';

/** A commune of the plan's area at the start of the year. */
export interface BaselineCommune {
  unitCode: string;
  name: string;
  /** Criterion numbers met at the start of the year (e.g. on 31/12 of the year before). */
  met: readonly number[];
  /** The tier the commune is recognised at (a decision), or null when not yet recognised. */
  recognisedTier: Tier | null;
}

/** A unit with its validity, to tell whether a target's unit exists in the plan's year. */
export interface UnitValidity {
  code: string;
  name: string;
  validFrom: string;
  validTo?: string | null | undefined;
}

export interface PlanBaseline {
  /** Criterion numbers of the plan's criteria set (from data, e.g. 1 … 19). */
  criterionNumbers: readonly number[];
  /** Indicator codes of that set; when given, objectives tied to an unknown indicator are reported. */
  indicatorCodes?: readonly string[];
  /** Every commune of the plan's area: the communes averages are taken over. */
  communes: readonly BaselineCommune[];
  /** Units known with their validity (target units, the issuing unit). */
  units: readonly UnitValidity[];
}

export interface CommuneOutlook {
  unitCode: string;
  name: string;
  recognised: boolean;
  hasTarget: boolean;
  /** Criteria met at the start of the year. */
  metAtStart: number;
  /** Criteria not met at the start of the year. */
  lacking: number[];
  /** Committed criteria the commune lacks: each adds one. */
  adds: number[];
  /** Committed criteria the commune already meets. */
  alreadyMet: number[];
  /** Committed numbers that are not criteria of the set. */
  unknown: number[];
  /** Lacking criteria the commune does not commit to. */
  uncovered: number[];
  /** Criteria met if every commitment is achieved and nothing is lost. */
  after: number;
}

export function communeOutlook(commune: BaselineCommune, plan: Plan, criterionNumbers: readonly number[]): CommuneOutlook {
  const all = new Set(criterionNumbers);
  const met = new Set(commune.met.filter((n) => all.has(n)));
  const target = plan.communeTargets.find((t) => t.unitCode === commune.unitCode);
  const committed = target?.criteria ?? [];
  const lacking = criterionNumbers.filter((n) => !met.has(n));
  const adds = committed.filter((n) => all.has(n) && !met.has(n));
  return {
    unitCode: commune.unitCode,
    name: commune.name,
    recognised: commune.recognisedTier !== null,
    hasTarget: target !== undefined,
    metAtStart: met.size,
    lacking,
    adds,
    alreadyMet: committed.filter((n) => met.has(n)),
    unknown: committed.filter((n) => !all.has(n)),
    uncovered: lacking.filter((n) => !committed.includes(n)),
    after: met.size + adds.length,
  };
}

export const planOutlook = (plan: Plan, baseline: PlanBaseline): CommuneOutlook[] =>
  baseline.communes.map((c) => communeOutlook(c, plan, baseline.criterionNumbers));

export interface AverageOver {
  scope: AverageScope;
  communes: { unitCode: string; name: string }[];
  /** Communes left out of this scope (the recognised ones for "notRecognised"). */
  excluded: { unitCode: string; name: string }[];
  total: number;
  count: number;
  /** total / count; NaN when there are no communes. */
  average: number;
}

/** The average of `value` over the communes of a scope. */
export function averageOver<C extends { unitCode: string; name: string; recognised: boolean }>(
  items: readonly C[],
  scope: AverageScope,
  value: (c: C) => number,
): AverageOver {
  const inScope = (c: C) => scope === 'all' || !c.recognised;
  const chosen = items.filter(inScope);
  const total = chosen.reduce((s, c) => s + value(c), 0);
  const pick = (c: C) => ({ unitCode: c.unitCode, name: c.name });
  return {
    scope,
    communes: chosen.map(pick),
    excluded: items.filter((c) => !inScope(c)).map(pick),
    total,
    count: chosen.length,
    average: total / chosen.length,
  };
}

export interface Bucket {
  criteria: number;
  communes: number;
}

/** [19, 16, 19] → [{19: 2}, {16: 1}], most criteria first. */
export function distributionOf(counts: readonly number[]): Bucket[] {
  const by = new Map<number, number>();
  for (const c of counts) by.set(c, (by.get(c) ?? 0) + 1);
  return [...by.entries()].sort((a, b) => b[0] - a[0]).map(([criteria, communes]) => ({ criteria, communes }));
}

export const sameDistribution = (a: readonly Bucket[], b: readonly Bucket[]) => {
  const key = (bs: readonly Bucket[]) => JSON.stringify(distributionOf(bs.flatMap((x) => Array(x.communes).fill(x.criteria))));
  return key(a) === key(b);
};

/** Decimal places of a stated number as written (17.9 → 1). */
export function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Round half away from zero to `decimals` places, tolerant of binary noise (17.75 → 17.8). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f + Math.sign(n) * 1e-9) / f;
}
