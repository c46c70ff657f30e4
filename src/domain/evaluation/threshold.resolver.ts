/**
 * Picks the threshold that applies to one indicator for a commune in a year: the region comes from
 * the profile unless a special status rule of the set (ĐBKK/ATK → TDMNPB) overrides it; a
 * per-region threshold beats the general one; a year-bound one beats an open one.
 */
import type { CriteriaSet, Indicator, RegionCode, SpecialStatus, Threshold } from '../catalog/criteria-set.schema.js';
import type { CommuneProfile, ThresholdBasis } from './evaluation.types.js';

export interface EffectiveRegion {
  region: RegionCode;
  regionFrom: 'profile' | 'status';
  status?: SpecialStatus;
}

export function effectiveRegion(set: CriteriaSet, profile: CommuneProfile): EffectiveRegion {
  for (const rule of set.statusRegionRules) {
    const status = rule.statuses.find((s) => profile.statuses.includes(s));
    if (status) return { region: rule.useRegion, regionFrom: 'status', status };
  }
  return { region: profile.region, regionFrom: 'profile' };
}

export interface ResolvedThreshold {
  /** null = unknown (not defined, or defined as unknown). */
  value: number | null;
  basis: ThresholdBasis;
  verified: boolean;
}

const inYear = (t: Threshold, year: number) =>
  (t.fromYear === undefined || t.fromYear <= year) && (t.toYear === undefined || year <= t.toYear);

/** Higher is more specific: region-specific (2) over general (0), year-bound (1) over open. */
const specificity = (t: Threshold) => (t.regions ? 2 : 0) + (t.fromYear !== undefined || t.toYear !== undefined ? 1 : 0);

export function pickThreshold(ind: Indicator, region: RegionCode, year: number): Threshold | undefined {
  let best: Threshold | undefined;
  for (const t of ind.thresholds) {
    if (!inYear(t, year)) continue;
    if (t.regions && !t.regions.includes(region)) continue;
    if (!best || specificity(t) > specificity(best)) best = t;
  }
  return best;
}

/** Looks up another set's indicator, for thresholds derived from it (319 income = 110 % of advanced). */
export type RelatedIndicatorLookup = (setCode: string, indicatorCode: string) => { set: CriteriaSet; indicator: Indicator } | undefined;

export function resolveThreshold(
  ind: Indicator,
  where: EffectiveRegion,
  year: number,
  related?: RelatedIndicatorLookup,
): ResolvedThreshold {
  const t = pickThreshold(ind, where.region, year);
  const base = { region: where.region, regionFrom: where.regionFrom, year, ...(where.status ? { status: where.status } : {}) };
  if (!t) {
    return { value: null, verified: false, basis: { ...base, scope: 'none', yearBound: false } };
  }
  const basis: ThresholdBasis = {
    ...base,
    scope: t.regions ? 'region' : 'general',
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
