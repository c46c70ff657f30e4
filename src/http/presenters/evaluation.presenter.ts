/**
 * Evaluation results for the API: the engine's result joined with the set's names and units, and
 * with the age of its values (a criterion whose values are all of an earlier year is "outdated").
 */
import type { CriteriaSet } from '../../domain/catalog/criteria-set.schema.js';
import { classificationNames } from '../../domain/evaluation/classification.js';
import type { CommuneEvaluation, ThresholdBasis } from '../../domain/evaluation/evaluation.types.js';
import { criterionAges, datedStatuses, isOldValue } from '../../domain/freshness/value-age.js';

export const STATUS_VI = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  not_applicable: 'Không áp dụng',
  missing: 'Thiếu số liệu',
  threshold_unknown: 'Chưa có ngưỡng',
  incomplete: 'Chưa đủ căn cứ',
  outdated: 'Chưa cập nhật',
} as const;

/** Shown instead of "missing" for a value the department returned (the engine counts it as not entered). */
export const RETURNED_VI = 'Bị trả lại';

/**
 * `returned`: codes of indicators whose value in force was returned by the department; `valueDates`:
 * indicator code → the date its value in force stands for (none for a stateless evaluation).
 */
export function presentEvaluation(
  set: CriteriaSet,
  e: CommuneEvaluation,
  returned: ReadonlySet<string> = new Set(),
  valueDates: ReadonlyMap<string, string> = new Map(),
) {
  const byCode = new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const)));
  const criterionIndex = new Map(set.criteria.map((c, i) => [c.number, i]));
  const dateOf = (i: { code: string; value?: unknown }) => (i.value === undefined ? null : (valueDates.get(i.code) ?? null));
  const ages = criterionAges(
    e.indicators.map((i) => criterionIndex.get(i.criterionNumber) ?? 0),
    e.indicators.map(dateOf),
    set.criteria.length,
    e.asOf,
  );
  const dated = datedStatuses(
    set.criteria.map((_, ci) => e.criteria[ci]?.status ?? 'incomplete'),
    ages,
  );
  return {
    set: { code: set.code, name: set.name, tier: set.tier, tierName: set.tierName, demo: set.demo === true },
    asOf: e.asOf,
    year: e.year,
    profile: {
      region: e.profile.classifications.region?.[0] ?? null,
      statuses: [...(e.profile.classifications['special-status'] ?? [])],
      classifications: set.classifications.map((d) => ({
        dimension: d.code,
        name: d.name,
        multiple: d.multiple === true,
        values: (e.profile.classifications[d.code] ?? []).map((v) => ({
          code: v,
          name: classificationNames(set, d.code, v).valueName ?? v,
        })),
      })),
    },
    metCount: dated.metCount,
    notMetCount: dated.notMetCount,
    incompleteCount: e.criteriaCount - dated.metCount - dated.notMetCount - dated.outdatedCount,
    outdatedCount: dated.outdatedCount,
    criteriaCount: e.criteriaCount,
    tierReached: dated.metCount === e.criteriaCount ? e.tierReached : null,
    criteria: set.criteria.map((c, ci) => {
      const status = dated.criteria[ci] ?? 'incomplete';
      return {
        number: c.number,
        name: c.name,
        groupCode: c.groupCode,
        status,
        statusLabel: STATUS_VI[status],
        valueDate: ages[ci]?.valueDate ?? null,
        stale: ages[ci]?.stale ?? false,
        returned: c.indicators.some((i) => returned.has(i.code)),
        indicators: e.indicators
          .filter((i) => i.criterionNumber === c.number)
          .map((i) => {
            const ind = byCode.get(i.code);
            const back = returned.has(i.code);
            const valueDate = dateOf(i);
            return {
              ...i,
              ...(i.basis ? { basis: { ...i.basis, named: namedBasis(set, i.basis) } } : {}),
              valueDate,
              stale: valueDate !== null && isOldValue(valueDate, e.asOf),
              name: ind?.name ?? i.code,
              unit: ind?.unit,
              statusLabel: back ? RETURNED_VI : STATUS_VI[i.status],
              returned: back,
            };
          }),
      };
    }),
  };
}

/** The classification behind a threshold in the set's own words, for the page to show (never codes). */
export function namedBasis(set: CriteriaSet, b: ThresholdBasis) {
  const where = Object.entries(b.where ?? {}).map(([dimension, values]) => {
    const used = b.classification.find((c) => c.dimension === dimension)?.values ?? values;
    const shown = values.filter((v) => used.includes(v));
    return {
      dimension: classificationNames(set, dimension).noun,
      values: (shown.length ? shown : values).map((v) => classificationNames(set, dimension, v).valueName ?? v),
    };
  });
  const rules = b.classification.flatMap((c) =>
    c.via
      ? [
          {
            from: classificationNames(set, c.via.dimension, c.via.value).value ?? c.via.value,
            dimension: classificationNames(set, c.dimension).noun,
            to: c.values.map((v) => classificationNames(set, c.dimension, v).value ?? v).join(', '),
          },
        ]
      : [],
  );
  return { where, rules };
}
