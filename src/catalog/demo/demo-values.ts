/**
 * Illustrative indicator values for the demo: for each commune, values that meet every indicator of
 * the criteria it has, and one failing indicator in each criterion it lacks. Computed from the
 * set's own thresholds, so they stay consistent if the demo thresholds change. Demo data only.
 */
import type { CriteriaSet, Indicator } from '../../domain/catalog/criteria-set.schema.js';
import { effectiveClassification } from '../../domain/evaluation/classification.js';
import { yearOf } from '../../domain/evaluation/engine.js';
import type { CommuneProfile, IndicatorValue } from '../../domain/evaluation/evaluation.types.js';
import { resolveThreshold } from '../../domain/evaluation/threshold.resolver.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A value that meets (or fails) the indicator; `spread` in [0,1) varies values between communes. */
export function illustrativeValue(ind: Indicator, threshold: number | null, meet: boolean, spread: number): IndicatorValue | null {
  switch (ind.kind) {
    case 'boolean':
      return meet;
    case 'zero':
      return meet ? 0 : 2 + Math.floor(spread * 5);
    case 'max': {
      if (threshold === null) return null;
      return meet
        ? round1(threshold * (0.5 + 0.4 * spread))
        : round1(Math.min(ind.percent ? 100 : Infinity, threshold * (1.15 + 0.3 * spread)));
    }
    default: {
      if (threshold === null) return null;
      if (meet) {
        const cap = ind.percent ? 100 : Infinity;
        return round1(
          Math.min(
            cap,
            threshold +
              (ind.kind === 'income' ? 1 + 6 * spread : Math.max(0.5, (cap === 100 ? 100 - threshold : threshold) * 0.4 * spread)),
          ),
        );
      }
      return round1(Math.max(0, threshold * (0.75 + 0.2 * spread)));
    }
  }
}

/** Values for one commune on `asOf`: every indicator of a lacking criterion's first threshold-bearing or first indicator fails. */
export function demoValuesFor(
  set: CriteriaSet,
  profile: CommuneProfile,
  asOf: string,
  lacking: readonly number[],
  seed: number,
): Record<string, IndicatorValue> {
  const where = effectiveClassification(set, profile);
  const out: Record<string, IndicatorValue> = {};
  set.criteria.forEach((c) => {
    const failIndex = lacking.includes(c.number)
      ? Math.max(
          0,
          c.indicators.findIndex((i) => i.kind !== 'boolean'),
        )
      : -1;
    c.indicators.forEach((ind, j) => {
      const meet = j !== failIndex;
      const now = resolveThreshold(ind, where, yearOf(asOf), undefined).value;
      // A met income also meets the next year's level, so the demo board holds through the plan year.
      const next = ind.kind === 'income' && meet ? resolveThreshold(ind, where, yearOf(asOf) + 1, undefined).value : null;
      const t = now === null || next === null ? now : Math.max(now, next);
      const spread = ((seed * 7 + c.number * 13 + j * 5) % 10) / 10;
      const v = illustrativeValue(ind, t, meet, spread);
      if (v !== null) out[ind.code] = v;
    });
  });
  return out;
}
