/**
 * How old the values behind a result are. The engine judges a value against the thresholds of the
 * reporting year; a board must never pass off a value of an earlier year as this year's silently, so
 * a value dated before the reporting year is "old" (shown with its date), and a criterion whose
 * values are all old is "outdated" (chưa cập nhật): neither met nor not met, counted apart.
 * Pure: used by the services over the engine's result and by the web app.
 */
import type { CriterionStatus } from '../evaluation/evaluation.types.js';

/** A criterion's status as boards and pages show it: the engine's, or "outdated". */
export type DatedCriterionStatus = CriterionStatus | 'outdated';

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** A value dated `valueDate` is old on `asOf` when it is from an earlier year. */
export const isOldValue = (valueDate: string, asOf: string) => yearOf(valueDate) < yearOf(asOf);

export interface CriterionAge {
  /** The date of the oldest value in force of the criterion; null when it has none. */
  valueDate: string | null;
  /** At least one of its values is from before the reporting year. */
  stale: boolean;
  /** It has values and every one of them is from before the reporting year. */
  outdated: boolean;
}

/**
 * Per criterion, from the dates of the values in force (`dates[i]` of indicator i, null = none) and
 * the criterion each indicator belongs to.
 */
export function criterionAges(
  criterionAt: readonly number[],
  dates: ArrayLike<string | null | undefined>,
  criteriaCount: number,
  asOf: string,
): CriterionAge[] {
  const oldest: (string | null)[] = new Array(criteriaCount).fill(null);
  const current = new Array<boolean>(criteriaCount).fill(false);
  const old = new Array<boolean>(criteriaCount).fill(false);
  for (let i = 0; i < criterionAt.length; i++) {
    const d = dates[i];
    const c = criterionAt[i] as number;
    if (!d) continue;
    if (oldest[c] === null || d < (oldest[c] as string)) oldest[c] = d;
    if (isOldValue(d, asOf)) old[c] = true;
    else current[c] = true;
  }
  return oldest.map((valueDate, c) => ({ valueDate, stale: old[c] === true, outdated: old[c] === true && !current[c] }));
}

/** The engine's statuses with outdated criteria replaced, and the count of criteria met that remain. */
export function datedStatuses(statuses: readonly CriterionStatus[], ages: readonly CriterionAge[]) {
  const criteria: DatedCriterionStatus[] = statuses.map((s, i) => (ages[i]?.outdated ? 'outdated' : s));
  return {
    criteria,
    metCount: criteria.filter((s) => s === 'met').length,
    notMetCount: criteria.filter((s) => s === 'not_met').length,
    outdatedCount: criteria.filter((s) => s === 'outdated').length,
  };
}
