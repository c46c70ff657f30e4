/** Recognitions of communes (công nhận đạt chuẩn) and their revocations; see services/recognition. */
import type { Executor } from '../database.js';
import type { RecognitionRow, RecognitionTable } from '../schema.js';

export interface RevocationUpdate {
  revokedAt: string;
  revokedBy: string;
  revokeDecisionNumber: string | null;
  revokeDecisionDate: string | null;
  revokeDecisionSigner: string | null;
  revokeDecisionBody: string | null;
  revokeReason: string | null;
  revokeDossierId: string | null;
}

export const recognitionRepository = {
  async insert(ex: Executor, row: RecognitionTable) {
    await ex.insertInto('recognition').values(row).execute();
  },

  get: (ex: Executor, id: string): Promise<RecognitionRow | undefined> =>
    ex.selectFrom('recognition').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Every recognition of the units, revoked ones too, oldest decision first (unknown dates first). */
  ofUnits: (ex: Executor, unitCodes: readonly string[]): Promise<RecognitionRow[]> =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('recognition')
          .selectAll()
          .where('unitCode', 'in', unitCodes)
          .orderBy('unitCode')
          .orderBy('recordedAt')
          .orderBy('id')
          .execute(),

  /** Every recognition (a national list of titles is one row per recognised commune: small). */
  all: (ex: Executor): Promise<RecognitionRow[]> => ex.selectFrom('recognition').selectAll().orderBy('recordedAt').orderBy('id').execute(),

  /** The title not revoked for the same unit, tier and year, if any. */
  sameTitle: (ex: Executor, unitCode: string, tier: string, year: number): Promise<RecognitionRow | undefined> =>
    ex
      .selectFrom('recognition')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .where('tier', '=', tier)
      .where('year', '=', year)
      .where('revokedAt', 'is', null)
      .executeTakeFirst(),

  /** Sets the announcement (lễ công bố) date: false when the version moved meanwhile. */
  async announce(ex: Executor, id: string, version: number, announcedOn: string) {
    const res = await ex
      .updateTable('recognition')
      .set({ announcedOn, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  /** Sets the revocation once: false when it was revoked meanwhile or the version moved. */
  async revoke(ex: Executor, id: string, version: number, r: RevocationUpdate) {
    const res = await ex
      .updateTable('recognition')
      .set({ ...r, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },
};
