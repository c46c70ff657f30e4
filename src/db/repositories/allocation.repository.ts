/**
 * Allocation plans, their adjustments and lines; every function takes the executor it must run in.
 * Amounts come back as numbers of đồng (PostgreSQL returns bigint as text). "In force on D" = the
 * original lines plus the lines of adjustments approved with a decision date on or before D.
 */
import type { Executor } from '../database.js';
import type {
  AllocationAdjustmentTable,
  AllocationLineRow,
  AllocationLineTable,
  AllocationRow,
  AllocationTable,
} from '../schema-allocations.js';

const line = <T extends { amount: unknown }>(r: T) => ({ ...r, amount: Number(r.amount) });

export const allocationRepository = {
  async insert(ex: Executor, row: AllocationTable) {
    await ex.insertInto('allocation').values(row).execute();
  },
  get: (ex: Executor, id: string): Promise<AllocationRow | undefined> =>
    ex.selectFrom('allocation').selectAll().where('id', '=', id).executeTakeFirst(),
  ofUnitYear: (ex: Executor, unitCode: string, year: number): Promise<AllocationRow | undefined> =>
    ex.selectFrom('allocation').selectAll().where('unitCode', '=', unitCode).where('year', '=', year).executeTakeFirst(),
  ofUnits: (ex: Executor, unitCodes: string[], year: number): Promise<AllocationRow[]> =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex.selectFrom('allocation').selectAll().where('unitCode', 'in', unitCodes).where('year', '=', year).execute(),

  /** Updates when still at `version` (and bumps it); false when someone else wrote first. */
  async update(
    ex: Executor,
    id: string,
    version: number,
    set: Partial<Omit<AllocationTable, 'id' | 'unitCode' | 'year' | 'version' | 'createdAt' | 'createdBy'>>,
  ) {
    const r = await ex
      .updateTable('allocation')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertAdjustment(ex: Executor, row: AllocationAdjustmentTable) {
    await ex.insertInto('allocationAdjustment').values(row).execute();
  },
  adjustment: (ex: Executor, id: string) => ex.selectFrom('allocationAdjustment').selectAll().where('id', '=', id).executeTakeFirst(),
  adjustments: (ex: Executor, allocationId: string) =>
    ex
      .selectFrom('allocationAdjustment')
      .selectAll()
      .where('allocationId', '=', allocationId)
      .orderBy('decisionDate')
      .orderBy('createdAt')
      .execute(),
  async updateAdjustment(
    ex: Executor,
    id: string,
    version: number,
    set: Partial<Pick<AllocationAdjustmentTable, 'status' | 'approvedAt' | 'approvedBy'>>,
  ) {
    const r = await ex
      .updateTable('allocationAdjustment')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertLines(ex: Executor, rows: AllocationLineTable[]) {
    if (rows.length > 0) await ex.insertInto('allocationLine').values(rows).execute();
  },
  /** Changes what a line says (amount, component, note), bumping its version. */
  async updateLine(
    ex: Executor,
    id: string,
    set: Partial<Pick<AllocationLineTable, 'amount' | 'componentCode' | 'note' | 'updatedAt' | 'updatedBy'>>,
  ) {
    await ex
      .updateTable('allocationLine')
      .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  },
  async deleteLinesById(ex: Executor, ids: readonly string[]) {
    if (ids.length > 0)
      await ex
        .deleteFrom('allocationLine')
        .where('id', 'in', [...ids])
        .execute();
  },
  async deleteLines(ex: Executor, allocationId: string, adjustmentId: string | null) {
    await ex
      .deleteFrom('allocationLine')
      .where('allocationId', '=', allocationId)
      .where((eb) => (adjustmentId === null ? eb('adjustmentId', 'is', null) : eb('adjustmentId', '=', adjustmentId)))
      .execute();
  },
  async line(ex: Executor, id: string): Promise<AllocationLineRow | undefined> {
    const r = await ex.selectFrom('allocationLine').selectAll().where('id', '=', id).executeTakeFirst();
    return r && line(r);
  },
  /** Every line of the plan: the original ones and every adjustment's deltas. */
  async lines(ex: Executor, allocationId: string): Promise<AllocationLineRow[]> {
    const rows = await ex
      .selectFrom('allocationLine')
      .selectAll()
      .where('allocationId', '=', allocationId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(line);
  },
  /** The lines in force on `onDate`: original lines plus lines of adjustments approved with decision_date ≤ onDate. */
  async linesInForce(ex: Executor, allocationIds: string[], onDate: string): Promise<AllocationLineRow[]> {
    if (allocationIds.length === 0) return [];
    const rows = await ex
      .selectFrom('allocationLine as l')
      .leftJoin('allocationAdjustment as a', 'a.id', 'l.adjustmentId')
      .selectAll('l')
      .where('l.allocationId', 'in', allocationIds)
      .where((eb) =>
        eb.or([eb('l.adjustmentId', 'is', null), eb.and([eb('a.status', '=', 'approved'), eb('a.decisionDate', '<=', onDate)])]),
      )
      .orderBy('l.createdAt')
      .orderBy('l.id')
      .execute();
    return rows.map(line);
  },
};
