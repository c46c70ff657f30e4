/** Dossiers and everything recorded on them; every function takes the executor it must run in. */
import type { Executor } from '../database.js';
import type {
  DossierCommentTable,
  DossierDocumentTable,
  DossierEventTable,
  DossierFileTable,
  DossierFindingTable,
  DossierOpinionTable,
  DossierPostingTable,
  DossierRecordTable,
  DossierTable,
} from '../schema-dossier.js';

export const dossierRepository = {
  async insert(ex: Executor, row: DossierTable) {
    await ex.insertInto('dossier').values(row).execute();
  },

  get: (ex: Executor, id: string) => ex.selectFrom('dossier').selectAll().where('id', '=', id).executeTakeFirst(),

  ofUnit: (ex: Executor, unitCode: string) =>
    ex.selectFrom('dossier').selectAll().where('unitCode', '=', unitCode).orderBy('year', 'desc').orderBy('createdAt', 'desc').execute(),

  /** Moves the dossier when it is still at `version`; false when someone else moved it first. */
  async update(
    ex: Executor,
    id: string,
    version: number,
    set: Partial<Pick<DossierTable, 'state' | 'currentStep' | 'postingStartedOn' | 'recognitionId' | 'updatedAt'>>,
  ) {
    const r = await ex
      .updateTable('dossier')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertEvent(ex: Executor, row: DossierEventTable) {
    await ex.insertInto('dossierEvent').values(row).execute();
  },
  events: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierEvent').selectAll().where('dossierId', '=', dossierId).orderBy('createdAt').orderBy('id').execute(),

  async insertFile(ex: Executor, row: DossierFileTable) {
    await ex.insertInto('dossierFile').values(row).execute();
  },
  file: (ex: Executor, id: string) => ex.selectFrom('dossierFile').selectAll().where('id', '=', id).executeTakeFirst(),
  files: (ex: Executor, dossierId: string) => ex.selectFrom('dossierFile').selectAll().where('dossierId', '=', dossierId).execute(),

  async insertDocument(ex: Executor, row: DossierDocumentTable) {
    await ex.insertInto('dossierDocument').values(row).execute();
  },
  documents: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierDocument').selectAll().where('dossierId', '=', dossierId).orderBy('createdAt').orderBy('id').execute(),

  async insertPosting(ex: Executor, row: DossierPostingTable) {
    await ex.insertInto('dossierPosting').values(row).execute();
  },
  postings: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierPosting').selectAll().where('dossierId', '=', dossierId).orderBy('announcedOn').orderBy('id').execute(),

  async insertComment(ex: Executor, row: DossierCommentTable) {
    await ex.insertInto('dossierComment').values(row).execute();
  },
  comments: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierComment').selectAll().where('dossierId', '=', dossierId).orderBy('receivedOn').orderBy('id').execute(),

  async insertOpinion(ex: Executor, row: DossierOpinionTable) {
    await ex.insertInto('dossierOpinion').values(row).execute();
  },
  opinions: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierOpinion').selectAll().where('dossierId', '=', dossierId).orderBy('givenOn').orderBy('id').execute(),

  /** Replaces the findings of one appraisal round. */
  async replaceFindings(ex: Executor, dossierId: string, round: number, rows: DossierFindingTable[]) {
    await ex.deleteFrom('dossierFinding').where('dossierId', '=', dossierId).where('round', '=', round).execute();
    if (rows.length > 0) await ex.insertInto('dossierFinding').values(rows).execute();
  },
  findings: (ex: Executor, dossierId: string) =>
    ex.selectFrom('dossierFinding').selectAll().where('dossierId', '=', dossierId).orderBy('round').orderBy('criterionCode').execute(),

  /** Sets the fact of a kind (meeting, council …), replacing the one recorded before. */
  async putRecord(ex: Executor, row: DossierRecordTable) {
    await ex.deleteFrom('dossierRecord').where('dossierId', '=', row.dossierId).where('kind', '=', row.kind).execute();
    await ex.insertInto('dossierRecord').values(row).execute();
  },
  async removeRecord(ex: Executor, dossierId: string, kind: string) {
    await ex.deleteFrom('dossierRecord').where('dossierId', '=', dossierId).where('kind', '=', kind).execute();
  },
  records: (ex: Executor, dossierId: string) => ex.selectFrom('dossierRecord').selectAll().where('dossierId', '=', dossierId).execute(),
};
