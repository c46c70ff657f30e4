/**
 * Picks the threshold that applies to one indicator for a commune in a year: the commune's
 * classification after the set's rules (ĐBKK/ATK → TDMNPB in 318) selects among the thresholds; one
 * that names more dimensions beats one that names fewer (the general one names none), and a
 * year-bound one beats an open one.
 */
import type { CriteriaSet, Indicator, Threshold } from '../catalog/criteria-set.schema.js';
import type { EffectiveClassification } from './classification.js';
import type { ClassificationUse, ThresholdBasis } from './evaluation.types.js';

export interface ResolvedThreshold {
  /** null = unknown (not defined, or defined as unknown). */
  value: number | null;
  basis: ThresholdBasis;
  verified: boolean;
}

const inYear = (t: Threshold, year: number) =>
  (t.fromYear === undefined || t.fromYear <= year) && (t.toYear === undefined || year <= t.toYear);

const dimensionsOf = (t: Threshold) => (t.where ? Object.keys(t.where).length : 0);

/** Higher is more specific: 2 per dimension named, 1 for year-bound (one region beats open year, as before). */
const specificity = (t: Threshold) => 2 * dimensionsOf(t) + (t.fromYear !== undefined || t.toYear !== undefined ? 1 : 0);

const matches = (t: Threshold, where: EffectiveClassification) =>
  Object.entries(t.where ?? {}).every(([d, allowed]) => (where.values[d] ?? []).some((v) => allowed.includes(v)));

export function pickThreshold(ind: Indicator, where: EffectiveClassification, year: number): Threshold | undefined {
  let best: Threshold | undefined;
  for (const t of ind.thresholds) {
    if (!inYear(t, year)) continue;
    if (!matches(t, where)) continue;
    if (!best || specificity(t) > specificity(best)) best = t;
  }
  return best;
}

/** Looks up another set's indicator, for thresholds derived from it (319 income = 110 % of advanced). */
export type RelatedIndicatorLookup = (setCode: string, indicatorCode: string) => { set: CriteriaSet; indicator: Indicator } | undefined;

export function resolveThreshold(
  ind: Indicator,
  where: EffectiveClassification,
  year: number,
  related?: RelatedIndicatorLookup,
): ResolvedThreshold {
  const t = pickThreshold(ind, where, year);
  const base = { classification: uses(where), ...legacyRegion(where), year };
  if (!t) {
    return { value: null, verified: false, basis: { ...base, scope: 'none', yearBound: false } };
  }
  const basis: ThresholdBasis = {
    ...base,
    ...(t.where ? { where: t.where } : {}),
    scope: t.where ? 'region' : 'general',
    yearBound: t.fromYear !== undefined || t.toYear !== undefined,
    provenance: t.provenance,
  };
  if (t.derivedFrom) {
    basis.derived = t.derivedFrom;
    const source = related?.(t.derivedFrom.setCode, t.derivedFrom.indicatorCode);
    if (!source) return { value: null, verified: false, basis };
    const inner = resolveThreshold(source.indicator, where, year, related);
    const value = inner.value === null ? null : Math.round(inner.value * t.derivedFrom.factor * 1e6) / 1e6;
    return { value, verified: inner.verified && t.provenance.verified, basis };
  }
  return { value: t.value, verified: t.provenance.verified, basis };
}

const uses = (where: EffectiveClassification): ClassificationUse[] =>
  Object.entries(where.values).map(([dimension, values]) => ({
    dimension,
    values: [...values],
    ...(where.via[dimension] ? { via: where.via[dimension] } : {}),
  }));

/** basis.region / regionFrom / status as clients knew them, for a set with a "region" dimension. */
function legacyRegion(where: EffectiveClassification): Pick<ThresholdBasis, 'region' | 'regionFrom' | 'status'> {
  const region = where.values.region?.[0];
  if (region === undefined) return {};
  const via = where.via.region;
  return { region, regionFrom: via ? 'status' : 'profile', ...(via ? { status: via.value } : {}) };
}
