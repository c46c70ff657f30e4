/**
 * What the plan domain needs from the database: the start-of-year baseline (criteria met per commune on
 * 31/12 of the year before, recognised tier, units with validity), snapshots of where target communes
 * stand on a date (status and met indicators per criterion), and year-end results for copying a plan.
 * Called with the system actor once the caller was allowed to read the plan: a commune reads its
 * district's findings without reading other communes' values.
 */
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { AppError } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan/plan.schema.js';
import type { YearEndResults } from '../../domain/plan/plan-copy.js';
import type { PlanBaseline, UnitValidity } from '../../domain/plan/plan-metrics.js';
import type { CommuneSnapshot } from '../../domain/plan/plan-progress.js';
import { board } from '../board.service.js';
import { getSet } from '../catalog.service.js';
import type { ServiceContext } from '../context.js';
import { evaluateUnit } from '../evaluation.service.js';
import { unitsUnder } from '../unit.service.js';

export const startOfYear = (plan: Pick<Plan, 'year'>) => `${plan.year - 1}-12-31`;

/** The day to read the board on: `date`, moved into the issuing unit's life if it started later. */
async function boardDate(ctx: ServiceContext, unitCode: string, date: string) {
  const unit = await unitRepository.get(ctx.database.db, unitCode);
  if (unit && unit.validFrom > date) return unit.validFrom;
  if (unit?.validTo && unit.validTo < date) return unit.validTo;
  return date;
}

/** Whether a set's programme phase covers the plan's year (QĐ 318's 2021-2025 does not cover a 2026 plan). */
const servesPlanYear = (set: { phase: { fromYear: number; toYear: number } }, plan: Plan) =>
  set.phase.fromYear <= plan.year && plan.year <= set.phase.toYear;

/**
 * The board a plan counts on `date`: the one in force then — unless that set belongs to another phase
 * (31/12/2025 is under QĐ 318, a 2026 plan's criteria are QĐ 51's), when the plan's own set is counted, so
 * that criterion numbers of two sets are never mixed.
 */
async function planBoard(ctx: ServiceContext, plan: Plan, asOf: string) {
  const unitCode = plan.issuingUnit.unitCode;
  const own = () => board(ctx, { unitCode, asOf, setCode: plan.criteriaSetCode });
  try {
    const inForce = await board(ctx, { unitCode, asOf });
    return servesPlanYear(inForce.set, plan) ? inForce : own();
  } catch (e) {
    if (e instanceof AppError && e.code === 'evaluation.no_criteria_set') return own();
    throw e;
  }
}

async function metByCommune(ctx: ServiceContext, plan: Plan, date: string) {
  const asOf = await boardDate(ctx, plan.issuingUnit.unitCode, date);
  const b = await planBoard(ctx, plan, asOf);
  const numbers = b.set.criteria.map((c) => c.number);
  return b.rows.map((r) => ({
    unitCode: r.unitCode,
    name: r.name,
    met: numbers.filter((_, i) => r.criteria[i] === 'met'),
    // The tier it is recognised at (a decision in force on the day), not what today's values reach.
    tier: r.titles[0]?.tier ?? null,
  }));
}

const validities = async (ctx: ServiceContext, rootCode: string): Promise<UnitValidity[]> =>
  (await unitsUnder(ctx, rootCode)).map((u) => ({ code: u.code, name: u.name, validFrom: u.validFrom, validTo: u.validTo }));

export async function planBaseline(ctx: ServiceContext, plan: Plan): Promise<PlanBaseline> {
  const set = await getSet(ctx, plan.criteriaSetCode);
  const communes = await metByCommune(ctx, plan, startOfYear(plan));
  return {
    criterionNumbers: set.criteria.map((c) => c.number),
    indicatorCodes: set.criteria.flatMap((c) => c.indicators.map((i) => i.code)),
    communes: communes.map((c) => ({ unitCode: c.unitCode, name: c.name, met: c.met, recognisedTier: c.tier })),
    units: await validities(ctx, plan.issuingUnit.unitCode),
  };
}

/** Where each target commune stands on `asOf`, and stood at the start of the year. */
export async function planSnapshots(ctx: ServiceContext, plan: Plan, asOf: string): Promise<CommuneSnapshot[]> {
  const start = startOfYear(plan);
  const out: CommuneSnapshot[] = [];
  const criteriaOn = async (unitCode: string, date: string) => {
    try {
      const inForce = await evaluateUnit(ctx, { unitCode, asOf: date });
      const e = servesPlanYear(inForce.set, plan)
        ? inForce
        : await evaluateUnit(ctx, { unitCode, asOf: date, setCode: plan.criteriaSetCode });
      return e.evaluation.criteria.map((c) => ({ number: c.number, status: c.status, metIndicators: c.met }));
    } catch (e) {
      // A unit not valid on that date (merged, or not yet created) has no snapshot then.
      if (e instanceof AppError && (e.kind === 'invalid' || e.kind === 'not_found')) return undefined;
      throw e;
    }
  };
  for (const t of plan.communeTargets) {
    const now = await criteriaOn(t.unitCode, asOf);
    if (!now) continue;
    const before = await criteriaOn(t.unitCode, start);
    out.push({ unitCode: t.unitCode, now, ...(before ? { start: before } : {}) });
  }
  return out;
}

/** Criteria met at the plan's year end (or today, while the year runs), for copying the plan. */
export async function yearEndResults(ctx: ServiceContext, plan: Plan): Promise<YearEndResults> {
  const today = ctx.now().slice(0, 10);
  const end = `${plan.year}-12-31`;
  const rows = await metByCommune(ctx, plan, end < today ? end : today);
  const set = await getSet(ctx, plan.criteriaSetCode);
  return {
    criterionNumbers: set.criteria.map((c) => c.number),
    metAtYearEnd: Object.fromEntries(rows.map((r) => [r.unitCode, r.met])),
    units: await validities(ctx, plan.issuingUnit.unitCode),
  };
}
