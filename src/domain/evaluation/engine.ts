/**
 * The evaluation engine: (criteria set, commune profile, as-of date, values) → per indicator
 * met / not met / not applicable / missing / threshold unknown with the threshold used and why;
 * per criterion met / not met / incomplete; for the commune the count met and the tier reached.
 * It never names a criterion: everything comes from the set. A set is compiled once; thresholds
 * are resolved once per (classification, year) and reused for every commune that shares them.
 */
import type { CriteriaSet, Indicator, IndicatorKind } from '../catalog/criteria-set.schema.js';
import { classificationKey, effectiveClassification } from './classification.js';
import type {
  CommuneEvaluation,
  CommuneProfile,
  CriterionResult,
  CriterionStatus,
  IndicatorResult,
  IndicatorStatus,
  IndicatorValue,
  ValueMap,
} from './evaluation.types.js';
import { type RelatedIndicatorLookup, type ResolvedThreshold, resolveThreshold } from './threshold.resolver.js';

interface CompiledIndicator {
  indicator: Indicator;
  criterionIndex: number;
  needsThreshold: boolean;
}

export interface CompiledSet {
  set: CriteriaSet;
  indicators: CompiledIndicator[];
  /** indicator code → position in `indicators`, for callers that pass values as an array. */
  indexOf: ReadonlyMap<string, number>;
  related: RelatedIndicatorLookup | undefined;
  /** key `classification|year` → one resolved threshold per indicator. */
  cache: Map<string, ResolvedThreshold[]>;
}

const THRESHOLD_KINDS: ReadonlySet<IndicatorKind> = new Set(['min', 'max', 'income']);

/** Prepares a set for repeated evaluation. `related` resolves thresholds derived from other sets. */
export function compileSet(set: CriteriaSet, related?: readonly CriteriaSet[]): CompiledSet {
  const indicators: CompiledIndicator[] = [];
  set.criteria.forEach((c, criterionIndex) => {
    for (const indicator of c.indicators) {
      indicators.push({ indicator, criterionIndex, needsThreshold: THRESHOLD_KINDS.has(indicator.kind) });
    }
  });
  const lookup: RelatedIndicatorLookup | undefined = related
    ? (setCode, code) => {
        const s = related.find((r) => r.code === setCode);
        const indicator = s?.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
        return s && indicator ? { set: s, indicator } : undefined;
      }
    : undefined;
  const indexOf = new Map(indicators.map((ci, i) => [ci.indicator.code, i]));
  return { set, indicators, indexOf, related: lookup, cache: new Map() };
}

function thresholdsFor(compiled: CompiledSet, profile: CommuneProfile, year: number): ResolvedThreshold[] {
  const where = effectiveClassification(compiled.set, profile);
  const key = `${classificationKey(where)}|${year}`;
  let resolved = compiled.cache.get(key);
  if (!resolved) {
    resolved = compiled.indicators.map((ci) => resolveThreshold(ci.indicator, where, year, compiled.related));
    compiled.cache.set(key, resolved);
  }
  return resolved;
}

/** Compares one value; `threshold` is only read for min/max/income. A wrong type is never met. */
export function compareValue(kind: IndicatorKind, value: IndicatorValue, threshold: number | null): IndicatorStatus {
  switch (kind) {
    case 'boolean':
      return value === true ? 'met' : value === false ? 'not_met' : 'missing';
    case 'zero':
      return typeof value !== 'number' ? 'missing' : value === 0 ? 'met' : 'not_met';
    default:
      if (typeof value !== 'number') return 'missing';
      if (threshold === null) return 'threshold_unknown';
      if (kind === 'max') return value <= threshold ? 'met' : 'not_met';
      return value >= threshold ? 'met' : 'not_met';
  }
}

function indicatorStatus(ci: CompiledIndicator, value: IndicatorValue | null | undefined, t: ResolvedThreshold): IndicatorStatus {
  if (value === undefined || value === null) return 'missing';
  if (value === 'not_applicable') return ci.indicator.appliesIfPresent ? 'not_applicable' : 'missing';
  return compareValue(ci.indicator.kind, value, t.value);
}

export const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function criterionStatus(r: CriterionResult): CriterionStatus {
  if (r.notMet > 0) return 'not_met';
  return r.open > 0 ? 'incomplete' : 'met';
}

export function evaluateCommune(compiled: CompiledSet, profile: CommuneProfile, asOf: string, values: ValueMap): CommuneEvaluation {
  const year = yearOf(asOf);
  const resolved = thresholdsFor(compiled, profile, year);
  const criteria: CriterionResult[] = compiled.set.criteria.map((c) => ({
    number: c.number,
    status: 'met',
    met: 0,
    notMet: 0,
    open: 0,
    indicatorCount: c.indicators.length,
  }));
  const indicators: IndicatorResult[] = new Array(compiled.indicators.length);
  for (let i = 0; i < compiled.indicators.length; i++) {
    const ci = compiled.indicators[i] as CompiledIndicator;
    const t = resolved[i] as ResolvedThreshold;
    const value = values[ci.indicator.code];
    const status = indicatorStatus(ci, value, t);
    const cr = criteria[ci.criterionIndex] as CriterionResult;
    if (status === 'met' || status === 'not_applicable') cr.met++;
    else if (status === 'not_met') cr.notMet++;
    else cr.open++;
    const result: IndicatorResult = {
      code: ci.indicator.code,
      criterionNumber: cr.number,
      kind: ci.indicator.kind,
      status,
      threshold: ci.indicator.kind === 'zero' ? 0 : ci.needsThreshold ? t.value : null,
      verified: ci.indicator.provenance.verified && (!ci.needsThreshold || t.verified),
    };
    if (value !== undefined && value !== null) result.value = value;
    if (ci.needsThreshold) result.basis = t.basis;
    indicators[i] = result;
  }
  let metCount = 0;
  let notMetCount = 0;
  for (const cr of criteria) {
    cr.status = criterionStatus(cr);
    if (cr.status === 'met') metCount++;
    else if (cr.status === 'not_met') notMetCount++;
  }
  const criteriaCount = criteria.length;
  return {
    setCode: compiled.set.code,
    tier: compiled.set.tier,
    asOf,
    year,
    profile,
    indicators,
    criteria,
    metCount,
    notMetCount,
    incompleteCount: criteriaCount - metCount - notMetCount,
    criteriaCount,
    tierReached: metCount === criteriaCount ? compiled.set.tier : null,
  };
}

/** Criterion statuses only, for boards over thousands of communes: no per-indicator objects. */
export interface CommuneSummary {
  /** One status per criterion, in the set's order. */
  criteria: CriterionStatus[];
  metCount: number;
}

export function summarizeCommune(compiled: CompiledSet, profile: CommuneProfile, asOf: string, values: ValueMap): CommuneSummary {
  const ordered = compiled.indicators.map((ci) => values[ci.indicator.code]);
  return summarizeIndexed(compiled, profile, asOf, ordered);
}

/** Values in the compiled set's indicator order (see `indexOf`): no lookups by code, for boards. */
export type IndexedValues = ArrayLike<IndicatorValue | null | undefined>;

export function summarizeIndexed(compiled: CompiledSet, profile: CommuneProfile, asOf: string, values: IndexedValues): CommuneSummary {
  const resolved = thresholdsFor(compiled, profile, yearOf(asOf));
  const n = compiled.set.criteria.length;
  const notMet = new Array<number>(n).fill(0);
  const open = new Array<number>(n).fill(0);
  const inds = compiled.indicators;
  for (let i = 0; i < inds.length; i++) {
    const ci = inds[i] as CompiledIndicator;
    const status = indicatorStatus(ci, values[i], resolved[i] as ResolvedThreshold);
    const c = ci.criterionIndex;
    if (status === 'not_met') notMet[c] = (notMet[c] as number) + 1;
    else if (status === 'missing' || status === 'threshold_unknown') open[c] = (open[c] as number) + 1;
  }
  const criteria: CriterionStatus[] = new Array(n);
  let metCount = 0;
  for (let c = 0; c < n; c++) {
    const s: CriterionStatus = (notMet[c] as number) > 0 ? 'not_met' : (open[c] as number) > 0 ? 'incomplete' : 'met';
    if (s === 'met') metCount++;
    criteria[c] = s;
  }
  return { criteria, metCount };
}
