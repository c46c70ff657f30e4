/** Evaluation results for the API: the engine's result joined with the set's names and units. */
import type { CriteriaSet } from '../../domain/catalog/criteria-set.schema.js';
import type { CommuneEvaluation } from '../../domain/evaluation/evaluation.types.js';

export const STATUS_VI = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  not_applicable: 'Không áp dụng',
  missing: 'Thiếu số liệu',
  threshold_unknown: 'Chưa có ngưỡng',
  incomplete: 'Chưa đủ căn cứ',
} as const;

/** Shown instead of "missing" for a value the department returned (the engine counts it as not entered). */
export const RETURNED_VI = 'Bị trả lại';

/** `returned`: codes of indicators whose value in force was returned by the department. */
export function presentEvaluation(set: CriteriaSet, e: CommuneEvaluation, returned: ReadonlySet<string> = new Set()) {
  const byCode = new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const)));
  return {
    set: { code: set.code, name: set.name, tier: set.tier, demo: set.demo === true },
    asOf: e.asOf,
    year: e.year,
    profile: { region: e.profile.region, statuses: [...e.profile.statuses] },
    metCount: e.metCount,
    notMetCount: e.notMetCount,
    incompleteCount: e.incompleteCount,
    criteriaCount: e.criteriaCount,
    tierReached: e.tierReached,
    criteria: set.criteria.map((c, ci) => {
      const r = e.criteria[ci];
      return {
        number: c.number,
        name: c.name,
        groupCode: c.groupCode,
        status: r?.status ?? 'incomplete',
        statusLabel: STATUS_VI[r?.status ?? 'incomplete'],
        returned: c.indicators.some((i) => returned.has(i.code)),
        indicators: e.indicators
          .filter((i) => i.criterionNumber === c.number)
          .map((i) => {
            const ind = byCode.get(i.code);
            const back = returned.has(i.code);
            return {
              ...i,
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
