/**
 * The funding dashboard's aggregates in four statements (lines grouped three ways, months, flagged
 * works, debt) so that the national dashboard (8,000 communes × 10 works) reads each table once or
 * twice and never loads rows into JS. The plan in force on D is the original lines
 * plus the lines of adjustments approved with decision_date ≤ D (contracts.md S3); paid on D is
 * Σ disbursement with paid_on ≤ D. pg returns sums as strings: every figure goes through Number().
 */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../database.js';

/** The area: null = the whole country; else the area's own code and every unit below it. */
export interface FundingScope {
  codes: readonly string[] | null;
  year: number;
  asOf: string;
}

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

const inList = (codes: readonly string[]) => sql.join(codes.map((c) => sql`${c}`));

/** Lines of the area's plans for the year: issued by a unit of the area, or assigned to one of its communes. */
function lineScope(s: FundingScope): RawBuilder<unknown> {
  if (s.codes === null) return sql`1 = 1`;
  if (s.codes.length === 0) return sql`1 = 0`;
  return sql`(a.unit_code in (${inList(s.codes)}) or l.commune_code in (${inList(s.codes)}))`;
}

/** Original lines, and lines of adjustments approved on or before asOf. */
const inForce = (asOf: string) =>
  sql`(l.adjustment_id is null or exists (select 1 from allocation_adjustment j where j.id = l.adjustment_id and j.status = 'approved' and j.decision_date <= ${asOf}))`;

/** Disbursements on the area's lines of the year (whatever the line's adjustment), paid on or before asOf. */
const paidFrom = (s: FundingScope) =>
  sql`from disbursement d join allocation_line l on l.id = d.allocation_line_id join allocation a on a.id = l.allocation_id
      where a.year = ${s.year} and d.paid_on <= ${s.asOf} and ${lineScope(s)}`;

/** Works of the area: its programme is a unit of the area, or it serves one of the area's communes. */
function workScope(codes: readonly string[] | null): RawBuilder<unknown> {
  if (codes === null) return sql`1 = 1`;
  if (codes.length === 0) return sql`1 = 0`;
  return sql`(w.area_unit_code in (${inList(codes)}) or exists (select 1 from work_commune c where c.work_id = w.id and c.unit_code in (${inList(codes)})))`;
}

export interface KeyedSum {
  key: string | null;
  planned: number;
  paid: number;
}

export interface LineSums {
  bySource: KeyedSum[];
  byCommune: KeyedSum[];
  byCriterion: KeyedSum[];
}

const criterionKey = sql`case when l.criterion_number is null then null else l.set_code || ':' || cast(l.criterion_number as text) end`;

/**
 * Planned and paid by source, by commune and by criterion in one statement: the area's lines of the
 * year are read once (each with Σ paid up to asOf and whether it is in force), then grouped three ways.
 */
async function lineSums(ex: Executor, s: FundingScope): Promise<LineSums> {
  const r = await sql<{ g: string; k: string | null; p: unknown; d: unknown }>`
    with x as materialized (
      select l.source_code as sc, l.commune_code as cc, ${criterionKey} as ck,
             case when ${inForce(s.asOf)} then l.amount else 0 end as amt, coalesce(y.paid, 0) as paid
      from allocation_line l join allocation a on a.id = l.allocation_id
      left join (select allocation_line_id, sum(amount) as paid from disbursement where paid_on <= ${s.asOf} group by allocation_line_id) y
        on y.allocation_line_id = l.id
      where a.year = ${s.year} and ${lineScope(s)}
    )
    select 's' as g, sc as k, sum(amt) as p, sum(paid) as d from x group by sc
    union all select 'c' as g, cc as k, sum(amt) as p, sum(paid) as d from x group by cc
    union all select 'k' as g, ck as k, sum(amt) as p, sum(paid) as d from x group by ck`.execute(ex);
  const out: LineSums = { bySource: [], byCommune: [], byCriterion: [] };
  const into = { s: out.bySource, c: out.byCommune, k: out.byCriterion } as Record<string, KeyedSum[]>;
  for (const row of r.rows) into[row.g]?.push({ key: row.k, planned: num(row.p), paid: num(row.d) });
  return out;
}

/** Σ accepted (accepted_on ≤ asOf) and Σ paid (paid_on ≤ asOf, any year, lines naming the work) per work. */
const workMoney = (asOf: string) => sql`
  select w.id as wid, coalesce(x.acc, 0) as acc, coalesce(y.paid, 0) as paid
  from work w
  left join (select work_id, sum(amount) as acc from work_acceptance where accepted_on <= ${asOf} group by work_id) x on x.work_id = w.id
  left join (select l.work_id, sum(d.amount) as paid from disbursement d join allocation_line l on l.id = d.allocation_line_id
             where l.work_id is not null and d.paid_on <= ${asOf} group by l.work_id) y on y.work_id = w.id`;

/** Σ accepted up to asOf per work (all a flagged-works check needs). */
const acceptedUpTo = (asOf: string) =>
  sql`(select work_id, sum(amount) as acc from work_acceptance where accepted_on <= ${asOf} group by work_id)`;

export interface WorkFlagRow {
  id: string;
  code: string;
  name: string;
  plannedEnd: string | null;
  completedOn: string | null;
  approvedTotal: number | null;
  contractValue: number | null;
  accepted: number;
  late: boolean;
  overBudget: boolean;
}

export interface CommuneDebtRow {
  communeCode: string;
  debt: number;
  works: number;
}

export const fundingDashboardRepository = {
  lineSums,

  /** Paid per month (yyyy-mm) of the year's lines, up to asOf. */
  async byMonth(ex: Executor, s: FundingScope) {
    const r = await sql<{ m: string; v: unknown }>`select substr(d.paid_on, 1, 7) as m, sum(d.amount) as v ${paidFrom(s)}
      group by substr(d.paid_on, 1, 7) order by m`.execute(ex);
    return r.rows.map((x) => ({ month: x.m, paid: num(x.v) }));
  },

  /** Works late (planned end before asOf, not completed by then) or over budget (contract or accepted > approved). */
  async flaggedWorks(ex: Executor, codes: readonly string[] | null, asOf: string, limit: number): Promise<WorkFlagRow[]> {
    const late = sql`(w.planned_end is not null and w.planned_end < ${asOf} and (w.completed_on is null or w.completed_on > ${asOf}))`;
    const over = sql`(w.approved_total is not null and (coalesce(w.contract_value, 0) > w.approved_total or coalesce(m.acc, 0) > w.approved_total))`;
    const r = await sql<{
      id: string;
      code: string;
      name: string;
      pe: string | null;
      co: string | null;
      at: unknown;
      cv: unknown;
      acc: unknown;
      late: unknown;
      over: unknown;
    }>`select w.id as id, w.code as code, w.name as name, w.planned_end as pe, w.completed_on as co,
         w.approved_total as at, w.contract_value as cv, m.acc as acc,
         case when ${late} then 1 else 0 end as late, case when ${over} then 1 else 0 end as over
       from work w left join ${acceptedUpTo(asOf)} m on m.work_id = w.id
       where ${workScope(codes)} and (${late} or ${over})
       order by w.code limit ${limit}`.execute(ex);
    return r.rows.map((x) => ({
      id: x.id,
      code: x.code,
      name: x.name,
      plannedEnd: x.pe,
      completedOn: x.co,
      approvedTotal: x.at === null ? null : Number(x.at),
      contractValue: x.cv === null ? null : Number(x.cv),
      accepted: num(x.acc),
      late: num(x.late) === 1,
      overBudget: num(x.over) === 1,
    }));
  },

  /**
   * Debt per commune (Σ over the works serving it of accepted − paid, a multi-commune work counting in
   * each) and the area's total (each work once), from one pass over the works' money.
   */
  async debt(
    ex: Executor,
    codes: readonly string[] | null,
    asOf: string,
  ): Promise<{ byCommune: CommuneDebtRow[]; total: { debt: number; works: number } }> {
    const communeFilter = codes === null ? sql`1 = 1` : codes.length === 0 ? sql`1 = 0` : sql`c.unit_code in (${inList(codes)})`;
    const r = await sql<{ u: string | null; v: unknown; n: unknown }>`
      with m as materialized (select * from (${workMoney(asOf)}) q where q.acc > q.paid)
      select c.unit_code as u, sum(m.acc - m.paid) as v, count(*) as n
      from m join work_commune c on c.work_id = m.wid where ${communeFilter} group by c.unit_code
      union all
      select null as u, sum(m.acc - m.paid) as v, count(*) as n from m join work w on w.id = m.wid where ${workScope(codes)}`.execute(ex);
    const total = r.rows.find((x) => x.u === null);
    const byCommune = r.rows
      .filter((x) => x.u !== null)
      .map((x) => ({ communeCode: x.u as string, debt: num(x.v), works: num(x.n) }))
      .sort((a, b) => b.debt - a.debt);
    return { byCommune, total: { debt: num(total?.v), works: num(total?.n) } };
  },

  /** The approved allocation of a unit's year (the plan document's "Kinh phí"): its decision and Σ by source. */
  async approvedBySource(ex: Executor, unitCode: string, year: number) {
    const a = await sql<{ id: string; dn: string | null; dd: string | null }>`
      select id, decision_number as dn, decision_date as dd from allocation
      where unit_code = ${unitCode} and year = ${year} and status = 'approved'`.execute(ex);
    const head = a.rows[0];
    if (!head) return null;
    const r = await sql<{ k: string; v: unknown }>`
      select l.source_code as k, sum(l.amount) as v from allocation_line l
      where l.allocation_id = ${head.id}
        and (l.adjustment_id is null or exists (select 1 from allocation_adjustment j where j.id = l.adjustment_id and j.status = 'approved'))
      group by l.source_code`.execute(ex);
    return { decisionNumber: head.dn, decisionDate: head.dd, bySource: r.rows.map((x) => ({ key: x.k, planned: num(x.v), paid: 0 })) };
  },
};
