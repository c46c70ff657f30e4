/**
 * Agencies of a district or province as records: who acts for each (users), which criterion each answers
 * for (criterion owners), and the working-group members assigned to communes for a plan.
 */
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { supervisionRepository } from '../../db/repositories/supervision.repository.js';
import { authorize } from '../access.js';
import type { ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { loadPlan } from './plan-access.js';

export async function agenciesOf(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'read', unit.code);
  const ex = ctx.database.db;
  const [agencies, members, owners] = await Promise.all([
    agencyRepository.inScope(ex, unit.code),
    agencyRepository.members(ex, unit.code),
    agencyRepository.owners(ex, unit.code),
  ]);
  return {
    unitCode: unit.code,
    items: agencies.map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      note: a.note,
      users: members.filter((m) => m.agencyCode === a.code).map((m) => ({ id: m.userId, displayName: m.displayName })),
      criteria: owners.filter((o) => o.agencyCode === a.code).map((o) => o.criterionNumber),
    })),
  };
}

export async function workingGroup(ctx: ServiceContext, code: string) {
  const { row } = await loadPlan(ctx, code);
  return { code, items: await supervisionRepository.members(ctx.database.db, row.id) };
}
