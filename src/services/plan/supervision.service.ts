/**
 * Supervision visits (giám sát): who visited which unit on which day — an agency, the working group or
 * the Fatherland Front — what they found per criterion, and the follow-up actions with owner, deadline
 * and status. Recorded by the roles policy.ts allows within their scope; read by anyone who reads the unit.
 */
import { planRepository } from '../../db/repositories/plan.repository.js';
import { attachmentRepository, supervisionRepository } from '../../db/repositories/supervision.repository.js';
import { AppError, notFound } from '../../domain/errors.js';
import { authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { notifyActionsAssigned } from '../notice/supervision-notices.js';
import { getUnit, unitsUnder } from '../unit.service.js';
import { sweepNotifications } from './notification.service.js';

export const SUPERVISION_BY = ['agency', 'working_group', 'front'] as const;
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;

export interface VisitInput {
  unitCode: string;
  visitedOn: string;
  byKind: (typeof SUPERVISION_BY)[number];
  byName: string;
  planCode?: string | undefined;
  summary?: string | undefined;
  findings: { criterion: number | null; finding: string }[];
  actions: { text: string; owner: string; deadline: string | null }[];
}

export async function listVisits(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'read', unit.code);
  const units = await unitsUnder(ctx, unit.code);
  const names = new Map(units.map((u) => [u.code, u.name]));
  const visits = await supervisionRepository.visits(
    ctx.database.db,
    units.map((u) => u.code),
  );
  const actions = await supervisionRepository.actions(
    ctx.database.db,
    visits.map((v) => v.id),
  );
  const files = await attachmentRepository.forOwners(
    ctx.database.db,
    'supervision_visit',
    visits.map((v) => v.id),
  );
  return {
    items: visits.map((v) => ({
      id: v.id,
      unitCode: v.unitCode,
      unitName: names.get(v.unitCode) ?? v.unitCode,
      planCode: v.planCode,
      visitedOn: v.visitedOn,
      byKind: v.byKind,
      byName: v.byName,
      summary: v.summary,
      findings: JSON.parse(v.findings) as VisitInput['findings'],
      actions: actions.filter((a) => a.visitId === v.id).map(({ visitId: _, ...a }) => a),
      files: files.filter((f) => f.ownerId === v.id),
      createdAt: v.createdAt,
    })),
  };
}

export async function recordVisit(ctx: ServiceContext, input: VisitInput) {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'supervision.write', unit.code);
  const plan = input.planCode ? await planRepository.byCode(ctx.database.db, input.planCode) : undefined;
  if (input.planCode && !plan) {
    throw notFound('plan.not_found', { vi: `Không có kế hoạch "${input.planCode}"`, en: `No plan "${input.planCode}"` });
  }
  const id = newId();
  const actions = input.actions.map((a) => ({
    id: newId(),
    visitId: id,
    text: a.text,
    owner: a.owner,
    deadline: a.deadline,
    status: 'open',
    version: 1,
  }));
  await inTransaction(
    ctx,
    async (trx) => {
      await supervisionRepository.insertVisit(
        trx,
        {
          id,
          planId: plan?.id ?? null,
          unitCode: unit.code,
          visitedOn: input.visitedOn,
          byKind: input.byKind,
          byName: input.byName,
          summary: input.summary ?? null,
          findings: JSON.stringify(input.findings),
          createdBy: ctx.actor.id,
          createdAt: ctx.now(),
        },
        actions,
      );
      await audit(ctx, trx, [
        { action: 'supervision.record', entityType: 'supervision_visit', entityId: id, unitCode: unit.code, after: input },
      ]);
      const facts = { unitCode: unit.code, visitedOn: input.visitedOn, planCode: plan?.code ?? null };
      await notifyActionsAssigned(
        ctx,
        trx,
        actions.map((a) => ({ ...a, ...facts })),
      );
    },
    'none',
  );
  if (actions.some((a) => a.deadline !== null)) await sweepNotifications(ctx);
  return { id, unitCode: unit.code, actions: actions.map((a) => ({ id: a.id, version: a.version })) };
}

export async function setActionStatus(
  ctx: ServiceContext,
  unitCode: string,
  actionId: string,
  status: (typeof ACTION_STATUSES)[number],
  expectedVersion: number,
) {
  await authorize(ctx, 'supervision.write', (await getUnit(ctx, unitCode)).code);
  const action = await supervisionRepository.action(ctx.database.db, actionId);
  const visit = action ? await supervisionRepository.visit(ctx.database.db, action.visitId) : undefined;
  if (!action || !visit || visit.unitCode !== unitCode)
    throw notFound('supervision.action_not_found', { vi: 'Không có việc cần làm này', en: 'No such follow-up action' });
  await inTransaction(
    ctx,
    async (trx) => {
      if (!(await supervisionRepository.updateAction(trx, actionId, expectedVersion, status))) {
        throw new AppError('supervision.stale_version', 'conflict', {
          vi: `Việc cần làm đã được người khác cập nhật (phiên bản ${action.version}); hãy tải lại.`,
          en: `The action was changed by someone else (version ${action.version}); reload.`,
        });
      }
      await audit(ctx, trx, [
        {
          action: 'supervision.action',
          entityType: 'supervision_action',
          entityId: actionId,
          unitCode: visit.unitCode,
          before: { status: action.status },
          after: { status },
        },
      ]);
    },
    'none',
  );
  return { id: actionId, status, version: expectedVersion + 1 };
}
