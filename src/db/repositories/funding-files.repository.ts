/**
 * Reads for the funding workbooks: an allocation's lines with their work and commune named, the
 * disbursement entries of an area's year, and the works in debt on a date (accepted − paid per work,
 * the same derivation as the dashboard's). One query each; pg sums go through Number().
 */
import { sql } from 'kysely';
import type { Executor } from '../database.js';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const inList = (codes: readonly string[]) => sql.join(codes.map((c) => sql`${c}`));
const scoped = (col: string, codes: readonly string[] | null) =>
  codes === null ? sql`1 = 1` : codes.length === 0 ? sql`1 = 0` : sql`${sql.ref(col)} in (${inList(codes)})`;

export const fundingFilesRepository = {
  allocation: async (ex: Executor, unitCode: string, year: number) =>
    (
      await sql<{ id: string; status: string; version: number; demo: number }>`
        select id, status, version, demo from allocation where unit_code = ${unitCode} and year = ${year}`.execute(ex)
    ).rows[0] ?? null,

  /** The original lines of an allocation (adjustments are separate decisions), with names for the sheet. */
  async planLines(ex: Executor, allocationId: string) {
    const r = await sql<{
      id: string;
      version: unknown;
      source: string;
      programme: string | null;
      commune: string | null;
      communeName: string | null;
      work: string | null;
      workId: string | null;
      workName: string | null;
      setCode: string | null;
      criterion: unknown;
      amount: unknown;
      note: string | null;
    }>`select l.id as id, l.version as version, l.source_code as source, l.programme_name as programme,
         l.commune_code as commune, u.name as "communeName", w.code as work, l.work_id as "workId", w.name as "workName",
         l.set_code as "setCode", l.criterion_number as criterion, l.amount as amount, l.note as note
       from allocation_line l
       left join administrative_unit u on u.code = l.commune_code
       left join work w on w.id = l.work_id
       where l.allocation_id = ${allocationId} and l.adjustment_id is null
       order by l.source_code, l.commune_code, w.code, l.id`.execute(ex);
    return r.rows.map((x) => ({
      ...x,
      version: num(x.version),
      criterion: x.criterion === null ? null : num(x.criterion),
      amount: num(x.amount),
    }));
  },

  /** Every disbursement of the area's lines of the year up to asOf, oldest first. */
  async entries(ex: Executor, codes: readonly string[] | null, year: number, asOf: string) {
    const scope =
      codes === null
        ? sql`1 = 1`
        : codes.length === 0
          ? sql`1 = 0`
          : sql`(a.unit_code in (${inList(codes)}) or l.commune_code in (${inList(codes)}))`;
    const r = await sql<{
      id: string;
      line: string;
      source: string;
      commune: string | null;
      work: string | null;
      paidOn: string;
      amount: unknown;
      document: string | null;
      reversalOf: string | null;
      note: string | null;
    }>`select d.id as id, d.allocation_line_id as line, l.source_code as source, l.commune_code as commune, w.code as work,
         d.paid_on as "paidOn", d.amount as amount, d.document as document, d.reversal_of as "reversalOf", d.note as note
       from disbursement d join allocation_line l on l.id = d.allocation_line_id join allocation a on a.id = l.allocation_id
       left join work w on w.id = l.work_id
       where a.year = ${year} and d.paid_on <= ${asOf} and ${scope}
       order by d.paid_on, d.id`.execute(ex);
    return r.rows.map((x) => ({ ...x, amount: num(x.amount) }));
  },

  /** Works of the area in debt on asOf, with the communes they serve. */
  async worksInDebt(ex: Executor, codes: readonly string[] | null, asOf: string) {
    const r = await sql<{ id: string; code: string; name: string; acc: unknown; paid: unknown }>`
      select w.id as id, w.code as code, w.name as name, coalesce(x.acc, 0) as acc, coalesce(y.paid, 0) as paid
      from work w
      left join (select work_id, sum(amount) as acc from work_acceptance where accepted_on <= ${asOf} group by work_id) x on x.work_id = w.id
      left join (select l.work_id, sum(d.amount) as paid from disbursement d join allocation_line l on l.id = d.allocation_line_id
                 where l.work_id is not null and d.paid_on <= ${asOf} group by l.work_id) y on y.work_id = w.id
      where coalesce(x.acc, 0) > coalesce(y.paid, 0)
        and (${scoped('w.area_unit_code', codes)} or exists (select 1 from work_commune c where c.work_id = w.id and ${scoped('c.unit_code', codes)}))
      order by w.code`.execute(ex);
    return r.rows.map((x) => ({ id: x.id, code: x.code, name: x.name, accepted: num(x.acc), paid: num(x.paid) }));
  },

  /** Commune names of works: work id → "Nâm Nung, Buôn Choah". */
  async workCommuneNames(ex: Executor, workIds: readonly string[]) {
    if (workIds.length === 0) return new Map<string, string[]>();
    const r = await sql<{ w: string; n: string }>`
      select c.work_id as w, u.name as n from work_commune c join administrative_unit u on u.code = c.unit_code
      where c.work_id in (${inList(workIds)}) order by u.name`.execute(ex);
    const out = new Map<string, string[]>();
    for (const x of r.rows) out.set(x.w, [...(out.get(x.w) ?? []), x.n]);
    return out;
  },

  /** Ids of the lines of the area's plans for the year (what a new disbursement row may name). */
  async lineIdsOfYear(ex: Executor, codes: readonly string[] | null, year: number) {
    const scope =
      codes === null
        ? sql`1 = 1`
        : codes.length === 0
          ? sql`1 = 0`
          : sql`(a.unit_code in (${inList(codes)}) or l.commune_code in (${inList(codes)}))`;
    const r = await sql<{ id: string }>`select l.id as id from allocation_line l join allocation a on a.id = l.allocation_id
      where a.year = ${year} and ${scope}`.execute(ex);
    return new Set(r.rows.map((x) => x.id));
  },
};
