/**
 * The funding dashboard of an area (commune, district, province or the whole country) for a year, as
 * of a date: the plan and what was paid by source (the catalogue's tree with totals), by month, by
 * commune and by criterion; works late or over budget; debt by commune. Figures come from SQL
 * aggregates (funding-dashboard.repository.ts); JS only rolls leaves up the small source tree and names rows.
 */
import { fundingPeriodOfYear } from '../../catalog/funding/index.js';
import { type FundingScope, fundingDashboardRepository as repo } from '../../db/repositories/funding-dashboard.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { FundingSource } from '../../domain/funding/funding-source.schema.js';
import { compareVi } from '../../domain/text/vietnamese.js';
import { descendantsAsOf } from '../../domain/units/unit-history.js';
import { authorize } from '../access.js';
import type { ServiceContext } from '../context.js';
import { getUnit, requireValidAt } from '../unit.service.js';

export interface DashboardInput {
  /** Absent: the whole country. */
  unitCode?: string | undefined;
  year: number;
  asOf: string;
  /** Rows kept in the ranked tables (communes, criteria, works, debt). */
  limit?: number;
}

export interface Figure {
  planned: number;
  paid: number;
  /** paid / planned, 0..n; null when nothing is planned. */
  rate: number | null;
}

export interface SourceNode extends Figure {
  code: string;
  name: string;
  depth: number;
  leaf: boolean;
}

const rateOf = (planned: number, paid: number) => (planned > 0 ? paid / planned : null);
const figure = (planned: number, paid: number): Figure => ({ planned, paid, rate: rateOf(planned, paid) });

/** The source tree flattened in catalogue order, parents carrying the totals of their leaves. */
export function sourceTree(sources: readonly FundingSource[], sums: Map<string, { planned: number; paid: number }>) {
  const out: SourceNode[] = [];
  const walk = (s: FundingSource, depth: number): { planned: number; paid: number } => {
    const at = out.length;
    out.push({ code: s.code, name: s.name, depth, leaf: !s.children?.length, planned: 0, paid: 0, rate: null });
    let planned = 0;
    let paid = 0;
    if (s.children?.length) {
      for (const c of s.children) {
        const f = walk(c, depth + 1);
        planned += f.planned;
        paid += f.paid;
      }
    } else {
      const f = sums.get(s.code);
      planned = f?.planned ?? 0;
      paid = f?.paid ?? 0;
    }
    out[at] = { ...(out[at] as SourceNode), ...figure(planned, paid) };
    return { planned, paid };
  };
  for (const s of sources) walk(s, 0);
  return out;
}

/** The area's codes (itself and every unit below it on asOf), after authorising `read`; null = the country. */
export async function scopeOf(ctx: ServiceContext, unitCode: string | undefined, asOf: string) {
  if (!unitCode) {
    await authorize(ctx, 'read', null);
    return { unit: null, codes: null };
  }
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'read', unit.code);
  await requireValidAt(ctx, unit, asOf);
  const all = await unitRepository.listAsOf(ctx.database.db, asOf);
  return { unit, codes: [unit.code, ...descendantsAsOf(all, unit.code, asOf).map((u) => u.code)] };
}

export async function fundingDashboard(ctx: ServiceContext, input: DashboardInput) {
  const { unit, codes } = await scopeOf(ctx, input.unitCode, input.asOf);
  const limit = input.limit ?? 50;
  const period = fundingPeriodOfYear(input.year);
  const ex = ctx.database.db;
  const s: FundingScope = { codes, year: input.year, asOf: input.asOf };
  const [{ bySource, byCommune, byCriterion }, byMonth, works, { byCommune: debtRows, total: debt }] = await Promise.all([
    repo.lineSums(ex, s),
    repo.byMonth(ex, s),
    repo.flaggedWorks(ex, codes, input.asOf, limit),
    repo.debt(ex, codes, input.asOf),
  ]);
  const planned = bySource.reduce((a, r) => a + r.planned, 0);
  const paid = bySource.reduce((a, r) => a + r.paid, 0);
  const sums = new Map(bySource.map((r) => [r.key ?? '', r]));
  const communes = byCommune.filter((r) => r.key !== null).sort((a, b) => b.paid - a.paid || b.planned - a.planned);
  const shownCommunes = communes.slice(0, limit);
  const debtShown = debtRows.slice(0, limit);
  const names = new Map(
    (
      await unitRepository.getMany(ex, [...new Set([...shownCommunes.map((c) => c.key as string), ...debtShown.map((d) => d.communeCode)])])
    ).map((u) => [u.code, u.name]),
  );
  let cumulative = 0;
  return {
    unit: unit ? { code: unit.code, name: unit.name, kind: unit.kind } : null,
    year: input.year,
    asOf: input.asOf,
    period: { code: period.code, basis: period.basis },
    total: { ...figure(planned, paid), debt: debt.debt, worksInDebt: debt.works },
    sources: sourceTree(period.sources, sums),
    months: byMonth.map((m) => {
      cumulative += m.paid;
      return { month: m.month, paid: m.paid, cumulative, rate: rateOf(planned, cumulative) };
    }),
    communes: {
      count: communes.length,
      rows: shownCommunes.map((c) => ({
        code: c.key as string,
        name: names.get(c.key as string) ?? (c.key as string),
        ...figure(c.planned, c.paid),
      })),
      unassigned: figure(byCommune.find((r) => r.key === null)?.planned ?? 0, byCommune.find((r) => r.key === null)?.paid ?? 0),
    },
    criteria: byCriterion
      .filter((r) => r.key !== null)
      .map((r) => {
        const [setCode, n] = (r.key as string).split(':');
        return { setCode: setCode ?? '', criterionNumber: Number(n), ...figure(r.planned, r.paid) };
      })
      .sort((a, b) => b.paid - a.paid || a.criterionNumber - b.criterionNumber)
      .slice(0, limit),
    works,
    debtByCommune: {
      count: debtRows.length,
      rows: debtShown
        .map((d) => ({ code: d.communeCode, name: names.get(d.communeCode) ?? d.communeCode, debt: d.debt, works: d.works }))
        .sort((a, b) => b.debt - a.debt || compareVi(a.name, b.name)),
    },
  };
}

export type FundingDashboard = Awaited<ReturnType<typeof fundingDashboard>>;
