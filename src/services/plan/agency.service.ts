/**
 * Agencies of a district or province as records: who acts for each (users), which criterion each answers
 * for (criterion owners), and the working-group members assigned to communes for a plan. The offices
 * manage them; every change is audited.
 */
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { supervisionRepository } from '../../db/repositories/supervision.repository.js';
import { invalid, notFound } from '../../domain/errors.js';
import { sortVi } from '../../domain/text/vietnamese.js';
import { ancestorsOf, authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
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
    items: sortVi(agencies, (a) => a.name).map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      note: a.note,
      users: members.filter((m) => m.agencyCode === a.code).map((m) => ({ id: m.userId, displayName: m.displayName })),
      criteria: owners.filter((o) => o.agencyCode === a.code).map((o) => o.criterionNumber),
      demoCriteria: owners.filter((o) => o.agencyCode === a.code && o.demo === 1).map((o) => o.criterionNumber),
    })),
  };
}

/** The agency that answers for criterion `n` in the unit (replacing the previous one). */
export async function setCriterionOwner(ctx: ServiceContext, unitCode: string, criterionNumber: number, agencyCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'agencies.manage', unit.code);
  const agency = await agencyRepository.byCode(ctx.database.db, unit.code, agencyCode);
  if (!agency) {
    throw invalid(
      'agency.unknown',
      { vi: `Đơn vị ${unit.code} không có cơ quan "${agencyCode}"`, en: `Unit ${unit.code} has no agency "${agencyCode}"` },
      [{ path: 'agencyCode', message: agencyCode }],
    );
  }
  await inTransaction(
    ctx,
    async (trx) => {
      const before = (await agencyRepository.owners(trx, unit.code)).find((o) => o.criterionNumber === criterionNumber);
      await agencyRepository.setOwner(trx, newId(), unit.code, criterionNumber, agency.id);
      await audit(ctx, trx, [
        {
          action: 'agency.criterion_owner',
          entityType: 'criterion_owner',
          entityId: `${unit.code}/${criterionNumber}`,
          unitCode: unit.code,
          before: before ? { agencyCode: before.agencyCode } : null,
          after: { agencyCode },
        },
      ]);
    },
    'none',
  );
  return agenciesOf(ctx, unit.code);
}

export async function workingGroup(ctx: ServiceContext, code: string) {
  const { row } = await loadPlan(ctx, code);
  return { code, items: await supervisionRepository.members(ctx.database.db, row.id) };
}

export interface MemberInput {
  name: string;
  position?: string | undefined;
  agencyCode?: string | undefined;
  unitCode: string;
}

/** A working-group member assigned to a commune of the plan's area. */
export async function addWorkingGroupMember(ctx: ServiceContext, code: string, input: MemberInput) {
  const { row, plan, place } = await loadPlan(ctx, code, 'plans.write');
  const unitAncestors = await ancestorsOf(ctx, input.unitCode);
  if (input.unitCode !== place.issuingUnitCode && !unitAncestors.includes(place.issuingUnitCode)) {
    throw invalid(
      'plan.member_unit_outside',
      { vi: `Đơn vị ${input.unitCode} không thuộc địa bàn kế hoạch`, en: `Unit ${input.unitCode} is outside the plan's area` },
      [{ path: 'unitCode', message: input.unitCode }],
    );
  }
  if (input.agencyCode && !plan.agencies.some((a) => a.code === input.agencyCode)) {
    throw invalid(
      'agency.unknown',
      { vi: `Kế hoạch không có cơ quan "${input.agencyCode}"`, en: `The plan has no agency "${input.agencyCode}"` },
      [{ path: 'agencyCode', message: input.agencyCode }],
    );
  }
  const member = {
    id: newId(),
    planId: row.id,
    name: input.name,
    position: input.position ?? null,
    agencyCode: input.agencyCode ?? null,
    unitCode: input.unitCode,
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await supervisionRepository.insertMember(trx, member);
      await audit(ctx, trx, [
        {
          action: 'plan.working_group_add',
          entityType: 'working_group_member',
          entityId: member.id,
          unitCode: row.issuingUnitCode,
          after: member,
        },
      ]);
    },
    'none',
  );
  return workingGroup(ctx, code);
}

export async function removeWorkingGroupMember(ctx: ServiceContext, code: string, memberId: string) {
  const { row } = await loadPlan(ctx, code, 'plans.write');
  await inTransaction(
    ctx,
    async (trx) => {
      const before = await supervisionRepository.member(trx, memberId);
      if (!before || before.planId !== row.id || !(await supervisionRepository.deleteMember(trx, row.id, memberId))) {
        throw notFound('plan.member_not_found', { vi: 'Không có thành viên này trong tổ công tác', en: 'No such working-group member' });
      }
      await audit(ctx, trx, [
        {
          action: 'plan.working_group_remove',
          entityType: 'working_group_member',
          entityId: memberId,
          unitCode: row.issuingUnitCode,
          before,
        },
      ]);
    },
    'none',
  );
  return workingGroup(ctx, code);
}
