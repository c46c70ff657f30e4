/**
 * The reads notices are made from — who may receive them (by role and unit), the values of a commune on
 * a date with their review state, open deadlines of tasks and follow-up actions — all on the executor
 * of the change, so a notice is written from what its own transaction sees.
 */
import type { Executor } from '../database.js';

const CHUNK = 500;

export const noticeSourceRepository = {
  /** Active users of the given roles whose unit is one of `unitCodes`. */
  usersIn: (ex: Executor, roles: readonly string[], unitCodes: readonly string[]) =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('appUser')
          .select(['id', 'role', 'unitCode', 'criteria', 'criteriaSetCode'])
          .where('role', 'in', roles)
          .where('unitCode', 'in', unitCodes)
          .where('disabled', '=', 0)
          .execute(),

  /** Values of the communes on one date of one set, with who entered them and their review state. */
  async valuesAt(ex: Executor, setCode: string, asOf: string, unitCodes: readonly string[]) {
    const out = [];
    for (let i = 0; i < unitCodes.length; i += CHUNK) {
      const rows = await ex
        .selectFrom('indicatorValue')
        .select(['unitCode', 'indicatorCode', 'verification', 'enteredBy', 'verifiedAt', 'reviewComment'])
        .where('setCode', '=', setCode)
        .where('asOf', '=', asOf)
        .where('unitCode', 'in', unitCodes.slice(i, i + CHUNK))
        .execute();
      // A loop, not push(...rows): a chunk of 500 communes holds tens of thousands of values.
      for (const r of rows) out.push(r);
    }
    return out;
  },

  /** Agencies kept by any of the units (a commune's district, its province). */
  agenciesOf: (ex: Executor, scopeUnitCodes: readonly string[]) =>
    scopeUnitCodes.length === 0
      ? Promise.resolve([])
      : ex.selectFrom('agency').select(['code', 'name', 'scopeUnitCode']).where('scopeUnitCode', 'in', scopeUnitCodes).execute(),

  /** The newest plan still in force issued by one of the units (to link a visit recorded without a plan). */
  latestPlanOf: (ex: Executor, unitCodes: readonly string[]) =>
    ex
      .selectFrom('plan')
      .select('code')
      .where('issuingUnitCode', 'in', unitCodes)
      .where('status', '!=', 'superseded')
      .orderBy('year', 'desc')
      .orderBy('code')
      .executeTakeFirst(),

  /** Open tasks with a deadline, with their plan's year, authority (in the document) and the task's text. */
  openTasksWithDeadline: (ex: Executor) =>
    ex
      .selectFrom('planTask')
      .innerJoin('plan', 'plan.id', 'planTask.planId')
      .select([
        'planTask.id',
        'planTask.number',
        'planTask.deadline',
        'planTask.leadAgencyCode',
        'planTask.document as taskDocument',
        'plan.code as planCode',
        'plan.year as planYear',
        'plan.document as planDocument',
        'plan.issuingUnitCode',
      ])
      .where('planTask.deadline', 'is not', null)
      .where('planTask.status', 'not in', ['done', 'cancelled'])
      .where('plan.status', '!=', 'superseded')
      .execute(),

  /** Open follow-up actions with a deadline, with their visit. */
  openActionsWithDeadline: (ex: Executor) =>
    ex
      .selectFrom('supervisionAction')
      .innerJoin('supervisionVisit', 'supervisionVisit.id', 'supervisionAction.visitId')
      .leftJoin('plan', 'plan.id', 'supervisionVisit.planId')
      .select([
        'supervisionAction.id',
        'supervisionAction.text',
        'supervisionAction.owner',
        'supervisionAction.deadline',
        'supervisionVisit.unitCode',
        'supervisionVisit.visitedOn',
        'plan.code as planCode',
      ])
      .where('supervisionAction.deadline', 'is not', null)
      .where('supervisionAction.status', '=', 'open')
      .execute(),
};
