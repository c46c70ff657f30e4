/** Criteria sets stored as whole JSON documents, one row per set code. */
import type { Executor } from '../database.js';
import type { CriteriaSetTable } from '../schema.js';

export type CriteriaSetRow = CriteriaSetTable;

export const criteriaSetRepository = {
  list: (ex: Executor) => ex.selectFrom('criteriaSet').selectAll().orderBy('code').execute(),

  get: (ex: Executor, code: string) => ex.selectFrom('criteriaSet').selectAll().where('code', '=', code).executeTakeFirst(),

  async insert(ex: Executor, row: CriteriaSetRow) {
    await ex.insertInto('criteriaSet').values(row).execute();
  },

  async update(ex: Executor, row: CriteriaSetRow) {
    await ex.updateTable('criteriaSet').set(row).where('code', '=', row.code).execute();
  },
};
