/** Evidence metadata; the bytes live in the evidence store under their sha256. */
import type { Executor } from '../database.js';
import type { EvidenceTable } from '../schema.js';

export const evidenceRepository = {
  async insert(ex: Executor, row: EvidenceTable) {
    await ex.insertInto('evidence').values(row).execute();
  },

  get: (ex: Executor, id: string) => ex.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst(),

  forUnit: (ex: Executor, unitCode: string, setCode: string) =>
    ex
      .selectFrom('evidence')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .where('setCode', '=', setCode)
      .orderBy('uploadedAt', 'desc')
      .execute(),

  /** Evidence of these units in one set (a review queue's files in one query). */
  forUnits: (ex: Executor, unitCodes: readonly string[], setCode: string) =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('evidence')
          .selectAll()
          .where('unitCode', 'in', unitCodes)
          .where('setCode', '=', setCode)
          .orderBy('uploadedAt', 'desc')
          .execute(),
};
