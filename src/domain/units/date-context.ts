/**
 * The reporting date (ngày số liệu) a screen opens on, and the quick choices offered beside it.
 * Today where the unit exists today; otherwise the end of the unit's last plan year (its last day
 * if it has no plan), so an ended district opens on the year it actually planned, not on its last day.
 */

export type DateReason = 'today' | 'last_plan_year' | 'last_day' | 'not_started' | 'no_set_today';

export interface QuickChoice {
  date: string;
  kind: 'plan_year' | 'quarter' | 'today';
  /** The plan year, or the year of the quarter. */
  year: number;
  quarter?: number;
}

export interface DateContext {
  today: string;
  asOf: string;
  reason: DateReason;
  /** The plan year the default stands on (reason last_plan_year / no_set_today). */
  planYear?: number;
  quickChoices: QuickChoice[];
}

interface Validity {
  validFrom: string;
  validTo?: string | undefined;
}

const yearEnd = (year: number) => `${year}-12-31`;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

const within = (date: string, unit: Validity | null) => !unit || (date >= unit.validFrom && (!unit.validTo || date <= unit.validTo));

/** The default reporting date of a unit (null: the whole country) given its plan years and today (yyyy-mm-dd). */
export function defaultReportingDate(
  unit: Validity | null,
  planYears: readonly number[],
  today: string,
  opts: { setInForceToday?: boolean } = {},
): Pick<DateContext, 'asOf' | 'reason' | 'planYear'> {
  if (unit && unit.validFrom > today) return { asOf: unit.validFrom, reason: 'not_started' };
  const years = [...new Set(planYears)].sort((a, b) => b - a);
  const lastPlanYear = years.find((y) => within(yearEnd(y), unit) && yearEnd(y) <= today);
  if (!unit && opts.setInForceToday === false && lastPlanYear !== undefined)
    return { asOf: yearEnd(lastPlanYear), reason: 'no_set_today', planYear: lastPlanYear };
  if (within(today, unit)) return { asOf: today, reason: 'today' };
  if (lastPlanYear !== undefined) return { asOf: yearEnd(lastPlanYear), reason: 'last_plan_year', planYear: lastPlanYear };
  return { asOf: unit?.validTo ?? today, reason: 'last_day' };
}

/** End of each plan year, end of each quarter of the current year so far, and today — those the unit existed on, newest first. */
export function quickChoices(unit: Validity | null, planYears: readonly number[], today: string): QuickChoice[] {
  const year = Number(today.slice(0, 4));
  const out: QuickChoice[] = [{ date: today, kind: 'today', year }];
  QUARTER_ENDS.forEach((md, i) => {
    const date = `${year}-${md}`;
    if (date < today) out.push({ date, kind: 'quarter', year, quarter: i + 1 });
  });
  for (const y of new Set(planYears)) {
    const date = yearEnd(y);
    if (date <= today && !out.some((c) => c.date === date)) out.push({ date, kind: 'plan_year', year: y });
  }
  return out.filter((c) => within(c.date, unit)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
