/**
 * What `ntm export` uses when an option is left out, and the sentence saying so: the unit's latest plan
 * without --year, a day the unit existed on without --as-of (today, else its last or first day), the end
 * of a past plan's year for its progress. A default that silently picks a day with no data is a trap.
 */
import { type AppError, notFound } from '../domain/errors.js';
import { formatDateVi, vietnamDay } from '../domain/text/vietnamese.js';
import { isValidAt } from '../domain/units/unit-history.js';
import type { ServiceContext } from '../services/context.js';
import { areaName } from '../services/document.service.js';
import { listPlans } from '../services/plan/plan.service.js';
import { getUnit } from '../services/unit.service.js';

export interface Chosen<T> {
  value: T;
  /** Vietnamese, then English: what was taken and why. */
  note: string;
}

/** Today (Vietnam) when the unit exists today, else its last day (or its first, for a unit still to come). */
export async function dayTheUnitExisted(ctx: ServiceContext, unitCode: string): Promise<Chosen<string>> {
  const unit = await getUnit(ctx, unitCode);
  const today = vietnamDay(ctx.now());
  const name = areaName(unit);
  if (isValidAt(unit, today))
    return { value: today, note: `Không có --as-of: dùng ngày hôm nay ${formatDateVi(today)} / no --as-of: today ${today}` };
  if (unit.validTo && unit.validTo < today)
    return {
      value: unit.validTo,
      note:
        `Không có --as-of: ${name} chỉ tồn tại đến ${formatDateVi(unit.validTo)}, dùng ngày đó` +
        ` / no --as-of: ${unit.name} existed until ${unit.validTo}, using that day`,
    };
  return {
    value: unit.validFrom,
    note:
      `Không có --as-of: ${name} tồn tại từ ${formatDateVi(unit.validFrom)}, dùng ngày đó` +
      ` / no --as-of: ${unit.name} exists from ${unit.validFrom}, using that day`,
  };
}

const STATUS_VI: Record<string, string> = { draft: 'dự thảo', submitted: 'đã trình', approved: 'đã phê duyệt' };

/** The year of the unit's latest plan (draft, submitted or approved; a superseded one never). */
export async function latestPlanYear(ctx: ServiceContext, unitCode: string): Promise<Chosen<number>> {
  const unit = await getUnit(ctx, unitCode);
  const plans = (await listPlans(ctx)).filter((p) => p.issuingUnitCode === unit.code && p.status in STATUS_VI);
  const year = Math.max(...plans.map((p) => p.year));
  if (!Number.isFinite(year)) throw noPlan(unit);
  const ofYear = plans.filter((p) => p.year === year).map((p) => STATUS_VI[p.status]);
  return {
    value: year,
    note:
      `Không có --year: dùng kế hoạch mới nhất của ${areaName(unit)}, năm ${year} (${[...new Set(ofYear)].join(', ')})` +
      ` / no --year: the latest plan of ${unit.name}, ${year}`,
  };
}

const noPlan = (unit: { code: string; kind: string; name: string }): AppError =>
  notFound('plan.not_found', { vi: `${areaName(unit)} chưa có kế hoạch nào`, en: `${unit.name} has no plan` }, { unitCode: unit.code });

/** The day a plan's progress is read on: the unit's day (as above), but no later than the plan's year end. */
export async function planProgressDay(ctx: ServiceContext, unitCode: string, year: number): Promise<Chosen<string>> {
  const day = await dayTheUnitExisted(ctx, unitCode);
  const yearEnd = `${year}-12-31`;
  if (day.value <= yearEnd) return day;
  return {
    value: yearEnd,
    note: `Không có --as-of: tiến độ tính đến cuối năm kế hoạch, ${formatDateVi(yearEnd)} / no --as-of: progress on the plan's year end, ${yearEnd}`,
  };
}
