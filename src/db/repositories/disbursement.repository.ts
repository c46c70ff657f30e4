/**
 * Disbursement entries (giải ngân) against allocation lines; entries are only inserted, never edited.
 * Sums are returned as numbers of đồng (PostgreSQL returns sums of bigint as text).
 */
import type { Executor } from '../database.js';
import type { DisbursementRow, DisbursementTable } from '../schema-allocations.js';

const entry = <T extends { amount: unknown }>(r: T) => ({ ...r, amount: Number(r.amount) });

export const disbursementRepository = {
  async insert(ex: Executor, row: DisbursementTable) {
    await ex.insertInto('disbursement').values(row).execute();
  },
  async get(ex: Executor, id: string): Promise<DisbursementRow | undefined> {
    const r = await ex.selectFrom('disbursement').selectAll().where('id', '=', id).executeTakeFirst();
    return r && entry(r);
  },
  async reversalOf(ex: Executor, id: string): Promise<DisbursementRow | undefined> {
    const r = await ex.selectFrom('disbursement').selectAll().where('reversalOf', '=', id).executeTakeFirst();
    return r && entry(r);
  },
  /** Entries on the given lines paid on or before `asOf` (all when asOf is omitted), by date. */
  async ofLines(ex: Executor, lineIds: string[], asOf?: string): Promise<DisbursementRow[]> {
    if (lineIds.length === 0) return [];
    let q = ex.selectFrom('disbursement').selectAll().where('allocationLineId', 'in', lineIds);
    if (asOf) q = q.where('paidOn', '<=', asOf);
    const rows = await q.orderBy('paidOn').orderBy('createdAt').orderBy('id').execute();
    return rows.map(entry);
  },
  /** Σ paid per line on or before `asOf`. */
  async paidByLine(ex: Executor, lineIds: string[], asOf: string): Promise<Map<string, number>> {
    if (lineIds.length === 0) return new Map();
    const rows = await ex
      .selectFrom('disbursement')
      .select((eb) => ['allocationLineId', eb.fn.sum<string | number>('amount').as('paid')])
      .where('allocationLineId', 'in', lineIds)
      .where('paidOn', '<=', asOf)
      .groupBy('allocationLineId')
      .execute();
    return new Map(rows.map((r) => [r.allocationLineId, Number(r.paid)]));
  },
  /** Σ paid per work (lines carrying a work_id) on or before `asOf`, split by the line's source. */
  async paidByWork(ex: Executor, workIds: string[], asOf: string) {
    if (workIds.length === 0) return [];
    const rows = await ex
      .selectFrom('disbursement as d')
      .innerJoin('allocationLine as l', 'l.id', 'd.allocationLineId')
      .select((eb) => ['l.workId', 'l.sourceCode', eb.fn.sum<string | number>('d.amount').as('paid')])
      .where('l.workId', 'in', workIds)
      .where('d.paidOn', '<=', asOf)
      .groupBy(['l.workId', 'l.sourceCode'])
      .execute();
    return rows.map((r) => ({ workId: r.workId as string, sourceCode: r.sourceCode, paid: Number(r.paid) }));
  },
};
