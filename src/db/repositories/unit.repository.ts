/** Administrative units, their dated classifications, successions and criteria-set assignments. */

import { sql } from 'kysely';
import type { Executor } from '../database.js';
import type { AdministrativeUnitTable, UnitClassificationTable, UnitCriteriaSetTable, UnitSuccessionTable } from '../schema.js';

/** Rows valid on a date (valid_from/valid_to are inclusive ISO dates). */
const validAt = (date: string) => sql<boolean>`valid_from <= ${date} and (valid_to is null or valid_to >= ${date})`;

export const unitRepository = {
  get: (ex: Executor, code: string) => ex.selectFrom('administrativeUnit').selectAll().where('code', '=', code).executeTakeFirst(),

  getMany: (ex: Executor, codes: readonly string[]) =>
    codes.length === 0 ? Promise.resolve([]) : ex.selectFrom('administrativeUnit').selectAll().where('code', 'in', codes).execute(),

  listAll: (ex: Executor) => ex.selectFrom('administrativeUnit').selectAll().execute(),

  listAsOf: (ex: Executor, date: string) => ex.selectFrom('administrativeUnit').selectAll().where(validAt(date)).execute(),

  children: (ex: Executor, parentCode: string, date: string) =>
    ex.selectFrom('administrativeUnit').selectAll().where('parentCode', '=', parentCode).where(validAt(date)).execute(),

  /** Dated classifications of these units, in a stable order (unit, dimension, first day). */
  classifications: (ex: Executor, unitCodes: readonly string[]) =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('unitClassification')
          .selectAll()
          .where('unitCode', 'in', unitCodes)
          .orderBy('unitCode')
          .orderBy('dimension')
          .orderBy('validFrom')
          .orderBy('id')
          .execute(),

  allClassifications: (ex: Executor) =>
    ex.selectFrom('unitClassification').selectAll().orderBy('unitCode').orderBy('dimension').orderBy('validFrom').orderBy('id').execute(),

  successions: (ex: Executor) => ex.selectFrom('unitSuccession').selectAll().orderBy('effectiveDate').execute(),

  /** Assignments valid on `date` for these units; a long list reads the (small) table whole instead of a huge IN. */
  setAssignments: (ex: Executor, unitCodes: readonly string[], date: string) => {
    if (unitCodes.length === 0) return Promise.resolve([]);
    const q = ex.selectFrom('unitCriteriaSet').selectAll().where(validAt(date));
    return unitCodes.length > 500 ? q.execute() : q.where('unitCode', 'in', unitCodes).execute();
  },

  /** Every assignment of one set, whatever its dates. */
  assignmentsOfSet: (ex: Executor, setCode: string) =>
    ex.selectFrom('unitCriteriaSet').selectAll().where('setCode', '=', setCode).execute(),
  /** Every set assignment of the units, whatever its dates. */
  allSetAssignments: (ex: Executor, unitCodes: readonly string[]) =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex.selectFrom('unitCriteriaSet').selectAll().where('unitCode', 'in', unitCodes).execute(),

  /** Rows must come parents first; batches are cut where a row's parent is in the same batch. */
  async insertUnits(ex: Executor, rows: AdministrativeUnitTable[]) {
    let batch: AdministrativeUnitTable[] = [];
    const inBatch = new Set<string>();
    const flush = async () => {
      if (batch.length > 0) await ex.insertInto('administrativeUnit').values(batch).execute();
      batch = [];
      inBatch.clear();
    };
    for (const row of rows) {
      if ((row.parentCode && inBatch.has(row.parentCode)) || batch.length >= 500) await flush();
      batch.push(row);
      inBatch.add(row.code);
    }
    await flush();
  },

  async updateUnit(ex: Executor, code: string, patch: Partial<Omit<AdministrativeUnitTable, 'code'>>) {
    await ex.updateTable('administrativeUnit').set(patch).where('code', '=', code).execute();
  },

  async insertClassifications(ex: Executor, rows: UnitClassificationTable[]) {
    for (let i = 0; i < rows.length; i += 500)
      await ex
        .insertInto('unitClassification')
        .values(rows.slice(i, i + 500))
        .execute();
  },

  async setClassificationValue(ex: Executor, id: string, value: string) {
    await ex.updateTable('unitClassification').set({ value }).where('id', '=', id).execute();
  },

  async insertSuccessions(ex: Executor, rows: UnitSuccessionTable[]) {
    if (rows.length > 0) await ex.insertInto('unitSuccession').values(rows).execute();
  },

  async insertSetAssignments(ex: Executor, rows: UnitCriteriaSetTable[]) {
    if (rows.length > 0) await ex.insertInto('unitCriteriaSet').values(rows).execute();
  },
};
