/** Criteria sets stored as whole JSON documents, one row per set code. */
import type { Executor } from '../database.js';
import type { CriteriaSetTable } from '../schema.js';

export type CriteriaSetRow = CriteriaSetTable;

export const criteriaSetRepository = {
  /** Every set without its (large) document. */
  list: (ex: Executor) =>
    ex
      .selectFrom('criteriaSet')
      .select(['code', 'name', 'tier', 'requiresTier', 'origin', 'demo', 'version', 'createdAt', 'updatedAt'])
      .orderBy('code')
      .execute(),

  /** What identifies the stored document's revision, without reading it. */
  revision: (ex: Executor, code: string) =>
    ex.selectFrom('criteriaSet').select(['code', 'version', 'updatedAt']).where('code', '=', code).executeTakeFirst(),

  get: (ex: Executor, code: string) => ex.selectFrom('criteriaSet').selectAll().where('code', '=', code).executeTakeFirst(),

  async insert(ex: Executor, row: CriteriaSetRow) {
    await ex.insertInto('criteriaSet').values(row).execute();
  },

  async update(ex: Executor, row: CriteriaSetRow) {
    await ex.updateTable('criteriaSet').set(row).where('code', '=', row.code).execute();
  },
};
