/**
 * The funding figures the documents print: the periodic report's year as of its date (the dashboard's
 * source tree and debt) and the plan's approved allocation by source. Reading only; the caller has
 * already authorised the unit.
 */
import { fundingPeriodOfYear, fundingPeriods } from '../../catalog/funding/index.js';
import { fundingDashboardRepository } from '../../db/repositories/funding-dashboard.repository.js';
import type { PlanFunding, ReportFunding } from '../../documents/funding/funding-docx.js';
import type { ServiceContext } from '../context.js';
import { fundingDashboard, sourceTree } from './dashboard.service.js';

/** `{ [key]: value }`, or nothing when the value is undefined (optional properties stay absent). */
export const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** A year outside every funding period (funding.no_period) has no funding part. */
const hasPeriod = (year: number) => fundingPeriods().some((p) => Number(p.from.slice(0, 4)) <= year && year <= Number(p.to.slice(0, 4)));

export async function reportFunding(ctx: ServiceContext, unitCode: string, year: number, asOf: string): Promise<ReportFunding | undefined> {
  if (!hasPeriod(year)) return undefined;
  const d = await fundingDashboard(ctx, { unitCode, year, asOf, limit: 1 });
  return { asOf: d.asOf, year: d.year, sources: d.sources, total: d.total };
}

export async function planFunding(ctx: ServiceContext, unitCode: string, year: number): Promise<PlanFunding | undefined> {
  if (!hasPeriod(year)) return undefined;
  const a = await fundingDashboardRepository.approvedBySource(ctx.database.db, unitCode, year);
  if (!a) return { allocation: null };
  const sources = sourceTree(fundingPeriodOfYear(year).sources, new Map(a.bySource.map((r) => [r.key, r])));
  return {
    allocation: {
      decisionNumber: a.decisionNumber,
      decisionDate: a.decisionDate,
      sources,
      total: a.bySource.reduce((s, r) => s + r.planned, 0),
    },
  };
}
