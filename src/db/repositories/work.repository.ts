/**
 * Works and what hangs off them (communes, criteria, funding plan, acceptances). Every function takes
 * the executor it must run in. PostgreSQL returns bigint columns as strings: money is converted with
 * Number() here, so callers always see numbers of đồng.
 */
import type { Executor } from '../database.js';
import type {
  WorkAcceptanceRow,
  WorkAcceptanceTable,
  WorkCommuneTable,
  WorkCriterionTable,
  WorkFundingPlanRow,
  WorkFundingPlanTable,
  WorkRow,
  WorkTable,
} from '../schema-works.js';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function workRow(r: WorkRow): WorkRow {
  return { ...r, approvedTotal: num(r.approvedTotal), contractValue: num(r.contractValue), settledValue: num(r.settledValue) };
}

export interface WorkListFilter {
  areaUnitCodes?: string[] | undefined;
  communeCode?: string | undefined;
  setCode?: string | undefined;
  criterionNumber?: number | undefined;
}

export const workRepository = {
  async get(ex: Executor, id: string): Promise<WorkRow | undefined> {
    const r = await ex.selectFrom('work').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? workRow(r) : undefined;
  },

  async byCode(ex: Executor, code: string): Promise<WorkRow | undefined> {
    const r = await ex.selectFrom('work').selectAll().where('code', '=', code).executeTakeFirst();
    return r ? workRow(r) : undefined;
  },

  async list(ex: Executor, f: WorkListFilter = {}): Promise<WorkRow[]> {
    if (f.areaUnitCodes && f.areaUnitCodes.length === 0) return [];
    let q = ex.selectFrom('work').selectAll('work');
    if (f.areaUnitCodes) q = q.where('work.areaUnitCode', 'in', f.areaUnitCodes);
    if (f.communeCode) {
      const c = f.communeCode;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('workCommune')
            .select('workCommune.workId')
            .whereRef('workCommune.workId', '=', 'work.id')
            .where('workCommune.unitCode', '=', c),
        ),
      );
    }
    if (f.setCode !== undefined || f.criterionNumber !== undefined) {
      const { setCode, criterionNumber } = f;
      q = q.where((eb) => {
        let sub = eb.selectFrom('workCriterion').select('workCriterion.workId').whereRef('workCriterion.workId', '=', 'work.id');
        if (setCode !== undefined) sub = sub.where('workCriterion.setCode', '=', setCode);
        if (criterionNumber !== undefined) sub = sub.where('workCriterion.criterionNumber', '=', criterionNumber);
        return eb.exists(sub);
      });
    }
    const rows = await q.orderBy('work.code').execute();
    return rows.map(workRow);
  },

  async insert(ex: Executor, row: WorkTable) {
    await ex.insertInto('work').values(row).execute();
  },

  /** Updates when still at `version`; false when someone else wrote first. */
  async update(ex: Executor, id: string, version: number, set: Partial<Omit<WorkTable, 'id' | 'version' | 'createdAt' | 'createdBy'>>) {
    const r = await ex
      .updateTable('work')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  communes: (ex: Executor, workIds: readonly string[]) =>
    workIds.length === 0
      ? Promise.resolve([] as WorkCommuneTable[])
      : ex
          .selectFrom('workCommune')
          .selectAll()
          .where('workId', 'in', [...workIds])
          .orderBy('workId')
          .orderBy('unitCode')
          .execute(),

  async replaceCommunes(ex: Executor, workId: string, unitCodes: readonly string[]) {
    await ex.deleteFrom('workCommune').where('workId', '=', workId).execute();
    if (unitCodes.length)
      await ex
        .insertInto('workCommune')
        .values(unitCodes.map((unitCode) => ({ workId, unitCode })))
        .execute();
  },

  criteria: (ex: Executor, workIds: readonly string[]) =>
    workIds.length === 0
      ? Promise.resolve([] as WorkCriterionTable[])
      : ex
          .selectFrom('workCriterion')
          .selectAll()
          .where('workId', 'in', [...workIds])
          .orderBy('workId')
          .orderBy('criterionNumber')
          .orderBy('id')
          .execute(),

  async replaceCriteria(ex: Executor, workId: string, rows: readonly WorkCriterionTable[]) {
    await ex.deleteFrom('workCriterion').where('workId', '=', workId).execute();
    if (rows.length)
      await ex
        .insertInto('workCriterion')
        .values([...rows])
        .execute();
  },

  async fundingPlan(ex: Executor, workIds: readonly string[]): Promise<WorkFundingPlanRow[]> {
    if (workIds.length === 0) return [];
    const rows = await ex
      .selectFrom('workFundingPlan')
      .selectAll()
      .where('workId', 'in', [...workIds])
      .orderBy('workId')
      .orderBy('year')
      .orderBy('sourceCode')
      .execute();
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  },

  async replaceFundingPlan(ex: Executor, workId: string, rows: readonly WorkFundingPlanTable[]) {
    await ex.deleteFrom('workFundingPlan').where('workId', '=', workId).execute();
    if (rows.length)
      await ex
        .insertInto('workFundingPlan')
        .values([...rows])
        .execute();
  },

  /** Acceptances of the works, those with accepted_on ≤ asOf when given. */
  async acceptances(ex: Executor, workIds: readonly string[], asOf?: string): Promise<WorkAcceptanceRow[]> {
    if (workIds.length === 0) return [];
    let q = ex
      .selectFrom('workAcceptance')
      .selectAll()
      .where('workId', 'in', [...workIds]);
    if (asOf) q = q.where('acceptedOn', '<=', asOf);
    const rows = await q.orderBy('workId').orderBy('acceptedOn').orderBy('id').execute();
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  },

  async insertAcceptance(ex: Executor, row: WorkAcceptanceTable) {
    await ex.insertInto('workAcceptance').values(row).execute();
  },
};
