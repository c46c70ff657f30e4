/** Agencies kept per district or province, the users who act for them and the criteria they answer for. */
import type { Executor } from '../database.js';
import type { AgencyTable } from '../schema.js';

export const agencyRepository = {
  inScope: (ex: Executor, scopeUnitCode: string) =>
    ex.selectFrom('agency').selectAll().where('scopeUnitCode', '=', scopeUnitCode).orderBy('name').execute(),

  byCode: (ex: Executor, scopeUnitCode: string, code: string) =>
    ex.selectFrom('agency').selectAll().where('scopeUnitCode', '=', scopeUnitCode).where('code', '=', code).executeTakeFirst(),

  async insert(ex: Executor, row: AgencyTable) {
    await ex.insertInto('agency').values(row).execute();
  },

  async setNote(ex: Executor, id: string, note: string) {
    await ex.updateTable('agency').set({ note }).where('id', '=', id).execute();
  },

  async addUser(ex: Executor, agencyId: string, userId: string) {
    await ex
      .insertInto('agencyUser')
      .values({ agencyId, userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  /** Agency codes (per scope unit) the user acts for. */
  ofUser: (ex: Executor, userId: string) =>
    ex
      .selectFrom('agencyUser')
      .innerJoin('agency', 'agency.id', 'agencyUser.agencyId')
      .select(['agency.code', 'agency.scopeUnitCode', 'agency.name'])
      .where('agencyUser.userId', '=', userId)
      .execute(),

  /** Active users acting for an agency. */
  users: (ex: Executor, scopeUnitCode: string, code: string) =>
    ex
      .selectFrom('agencyUser')
      .innerJoin('agency', 'agency.id', 'agencyUser.agencyId')
      .innerJoin('appUser', 'appUser.id', 'agencyUser.userId')
      .select(['appUser.id', 'appUser.displayName'])
      .where('agency.scopeUnitCode', '=', scopeUnitCode)
      .where('agency.code', '=', code)
      .where('appUser.disabled', '=', 0)
      .execute(),

  members: (ex: Executor, scopeUnitCode: string) =>
    ex
      .selectFrom('agencyUser')
      .innerJoin('agency', 'agency.id', 'agencyUser.agencyId')
      .innerJoin('appUser', 'appUser.id', 'agencyUser.userId')
      .select(['agency.code as agencyCode', 'appUser.id as userId', 'appUser.displayName'])
      .where('agency.scopeUnitCode', '=', scopeUnitCode)
      .execute(),

  owners: (ex: Executor, scopeUnitCode: string) =>
    ex
      .selectFrom('criterionOwner')
      .innerJoin('agency', 'agency.id', 'criterionOwner.agencyId')
      .select(['criterionOwner.criterionNumber', 'criterionOwner.demo', 'agency.code as agencyCode', 'agency.name as agencyName'])
      .where('criterionOwner.scopeUnitCode', '=', scopeUnitCode)
      .orderBy('criterionOwner.criterionNumber')
      .execute(),

  /** `demo`: an illustrative assignment of the demo data; an office's assignment is real. */
  async setOwner(ex: Executor, id: string, scopeUnitCode: string, criterionNumber: number, agencyId: string, demo = false) {
    const flag = demo ? 1 : 0;
    await ex
      .insertInto('criterionOwner')
      .values({ id, scopeUnitCode, criterionNumber, agencyId, demo: flag })
      .onConflict((oc) => oc.columns(['scopeUnitCode', 'criterionNumber']).doUpdateSet({ agencyId, demo: flag }))
      .execute();
  },
};
