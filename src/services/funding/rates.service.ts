/**
 * Live disbursement rates of a unit's plan for a year as of a date: planned in force on the date, paid up
 * to it, grouped by source (with the catalogue's parent totals), commune, criterion or work. Computed
 * from the tables on every request. paidByMonth feeds the dashboard's monthly series.
 */
import { fundingPeriodOfYear } from '../../catalog/funding/index.js';
import { allocationRepository } from '../../db/repositories/allocation.repository.js';
import { disbursementRepository } from '../../db/repositories/disbursement.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import { groupRates, paidByMonth, type RateLine, type RateRow, rate, sourceTreeRates } from '../../domain/funding/rates.js';
import { authorize } from '../access.js';
import type { ServiceContext } from '../context.js';

export type RatesBy = 'source' | 'commune' | 'criterion' | 'work';

export async function disbursementRates(ctx: ServiceContext, q: { unitCode: string; year: number; asOf: string; by: RatesBy }) {
  await authorize(ctx, 'read', q.unitCode);
  const ex = ctx.database.db;
  const plan = await allocationRepository.ofUnitYear(ex, q.unitCode, q.year);
  const inForce = plan ? await allocationRepository.linesInForce(ex, [plan.id], q.asOf) : [];
  const all = plan ? await allocationRepository.lines(ex, plan.id) : [];
  const paid = await disbursementRepository.paidByLine(
    ex,
    all.map((l) => l.id),
    q.asOf,
  );
  const keyOf = (l: (typeof all)[number]) =>
    q.by === 'source'
      ? l.sourceCode
      : q.by === 'commune'
        ? l.communeCode
        : q.by === 'work'
          ? l.workId
          : l.setCode && l.criterionNumber
            ? `${l.setCode}#${l.criterionNumber}`
            : null;
  const inForceIds = new Set(inForce.map((l) => l.id));
  const lines: RateLine[] = all.map((l) => ({ key: keyOf(l), planned: inForceIds.has(l.id) ? l.amount : 0, paid: paid.get(l.id) ?? 0 }));
  let rows: RateRow[];
  if (q.by === 'source') rows = sourceTreeRates(lines, fundingPeriodOfYear(q.year).sources);
  else {
    const labels = await labelsFor(
      ctx,
      q.by,
      lines.map((l) => l.key).filter((k): k is string => !!k),
    );
    rows = groupRates(lines, (k) => labels.get(k) ?? (k === '-' ? NONE[q.by] : k));
  }
  const planned = lines.reduce((s, l) => s + l.planned, 0);
  const paidTotal = lines.reduce((s, l) => s + l.paid, 0);
  return {
    asOf: q.asOf,
    year: q.year,
    status: plan?.status ?? null,
    rows,
    total: { planned, paid: paidTotal, rate: rate(planned, paidTotal) },
  };
}

const NONE: Record<RatesBy, string> = {
  source: '',
  commune: 'Chưa phân cho xã',
  criterion: 'Không gắn tiêu chí',
  work: 'Không gắn công trình',
};

async function labelsFor(ctx: ServiceContext, by: RatesBy, keys: string[]) {
  const ex = ctx.database.db;
  const out = new Map<string, string>();
  if (by === 'commune') for (const u of await unitRepository.getMany(ex, keys)) out.set(u.code, u.name);
  if (by === 'work')
    for (const id of new Set(keys)) {
      const w = await workRepository.get(ex, id);
      if (w) out.set(id, `${w.code} — ${w.name}`);
    }
  if (by === 'criterion') for (const k of keys) out.set(k, `Tiêu chí ${k.split('#')[1]} (${k.split('#')[0]})`);
  return out;
}

/** Paid per month (1..12) of the year on the unit's plan, up to `asOf`. */
export async function monthlyPaid(ctx: ServiceContext, q: { unitCode: string; year: number; asOf: string }) {
  await authorize(ctx, 'read', q.unitCode);
  const ex = ctx.database.db;
  const plan = await allocationRepository.ofUnitYear(ex, q.unitCode, q.year);
  if (!plan) return Array.from({ length: 12 }, () => 0);
  const lines = await allocationRepository.lines(ex, plan.id);
  return paidByMonth(
    await disbursementRepository.ofLines(
      ex,
      lines.map((l) => l.id),
      q.asOf,
    ),
    q.year,
  );
}
