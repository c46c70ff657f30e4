/** Supervision visits (giám sát) with their findings and follow-up actions; files are attachments. */
import type { Executor } from '../database.js';
import type { AttachmentTable, SupervisionActionTable, SupervisionVisitTable, WorkingGroupMemberTable } from '../schema.js';

export const supervisionRepository = {
  async insertVisit(ex: Executor, row: SupervisionVisitTable, actions: SupervisionActionTable[]) {
    await ex.insertInto('supervisionVisit').values(row).execute();
    if (actions.length > 0) await ex.insertInto('supervisionAction').values(actions).execute();
  },

  visits: (ex: Executor, unitCodes: readonly string[]) =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('supervisionVisit')
          .leftJoin('plan', 'plan.id', 'supervisionVisit.planId')
          .selectAll('supervisionVisit')
          .select('plan.code as planCode')
          .where('supervisionVisit.unitCode', 'in', unitCodes)
          .orderBy('supervisionVisit.visitedOn', 'desc')
          .orderBy('supervisionVisit.createdAt', 'desc')
          .execute(),

  visit: (ex: Executor, id: string) => ex.selectFrom('supervisionVisit').selectAll().where('id', '=', id).executeTakeFirst(),

  actions: (ex: Executor, visitIds: readonly string[]) =>
    visitIds.length === 0
      ? Promise.resolve([])
      : ex.selectFrom('supervisionAction').selectAll().where('visitId', 'in', visitIds).orderBy('id').execute(),

  action: (ex: Executor, id: string) => ex.selectFrom('supervisionAction').selectAll().where('id', '=', id).executeTakeFirst(),

  async updateAction(ex: Executor, id: string, version: number, status: string) {
    const r = await ex
      .updateTable('supervisionAction')
      .set({ status, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertMember(ex: Executor, row: WorkingGroupMemberTable) {
    await ex.insertInto('workingGroupMember').values(row).execute();
  },

  async deleteMember(ex: Executor, planId: string, id: string) {
    const r = await ex.deleteFrom('workingGroupMember').where('id', '=', id).where('planId', '=', planId).executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  },

  member: (ex: Executor, id: string) => ex.selectFrom('workingGroupMember').selectAll().where('id', '=', id).executeTakeFirst(),

  members: (ex: Executor, planId: string) =>
    ex.selectFrom('workingGroupMember').selectAll().where('planId', '=', planId).orderBy('unitCode').orderBy('name').execute(),
};

export const attachmentRepository = {
  async insert(ex: Executor, row: AttachmentTable) {
    await ex.insertInto('attachment').values(row).execute();
  },
  get: (ex: Executor, id: string) => ex.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst(),
  forOwners: (ex: Executor, ownerType: string, ownerIds: readonly string[]) =>
    ownerIds.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('attachment')
          .select(['id', 'ownerId', 'fileName', 'contentType', 'size', 'uploadedAt'])
          .where('ownerType', '=', ownerType)
          .where('ownerId', 'in', ownerIds)
          .orderBy('uploadedAt')
          .execute(),
};
