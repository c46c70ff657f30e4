/**
 * Files attached to a task's progress update or to a supervision visit: typed from their content like
 * evidence, stored by sha256 in the same store, uploaded by those who may write the update or the visit,
 * downloaded by those who may read the plan or the unit. Every upload is audited.
 */
import { planRepository } from '../../db/repositories/plan.repository.js';
import { attachmentRepository, supervisionRepository } from '../../db/repositories/supervision.repository.js';
import type { AttachmentTable } from '../../db/schema.js';
import { notFound } from '../../domain/errors.js';
import { canOnPlan } from '../../policies/plan-policy.js';
import type { EvidenceStore } from '../../storage/evidence-store.js';
import { authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { storeTypedFile } from '../evidence-type.js';
import { loadPlan, planForbidden } from './plan-access.js';

export type OwnerType = 'task_update' | 'supervision_visit';

const noOwner = () =>
  notFound('attachment.owner_not_found', { vi: 'Không có báo cáo hoặc đợt giám sát này', en: 'No such update or visit' });
const noFile = () => notFound('attachment.not_found', { vi: 'Không có tệp này', en: 'No such file' });

/** The update must belong to the task of the plan; its author or the office may attach to it. */
export async function taskUpdateOwner(ctx: ServiceContext, planCode: string, taskNumber: string, updateId: string) {
  const { row, tasks, place } = await loadPlan(ctx, planCode);
  const task = tasks.find((t) => t.number === taskNumber);
  const update = task ? (await planRepository.updates(ctx.database.db, [task.id])).find((u) => u.id === updateId) : undefined;
  if (!update) throw noOwner();
  if (update.authorId !== ctx.actor.id && !canOnPlan(ctx.actor, 'plans.write', place)) throw planForbidden('tasks.update', planCode);
  return { unitCode: row.issuingUnitCode };
}

export async function visitOwner(ctx: ServiceContext, unitCode: string, visitId: string) {
  await authorize(ctx, 'supervision.write', unitCode);
  const visit = await supervisionRepository.visit(ctx.database.db, visitId);
  if (!visit || visit.unitCode !== unitCode) throw noOwner();
  return { unitCode };
}

export interface AttachInput {
  fileName: string;
  content: Buffer;
}

async function store(
  ctx: ServiceContext,
  files: EvidenceStore,
  ownerType: OwnerType,
  ownerId: string,
  unitCode: string,
  input: AttachInput,
) {
  const row: AttachmentTable = {
    id: newId(),
    ownerType,
    ownerId,
    ...(await storeTypedFile(files, input.fileName, input.content)),
    uploadedBy: ctx.actor.id,
    uploadedAt: ctx.now(),
  };
  await inTransaction(
    ctx,
    async (trx) => {
      await attachmentRepository.insert(trx, row);
      await audit(ctx, trx, [{ action: 'attachment.upload', entityType: 'attachment', entityId: row.id, unitCode, after: row }]);
    },
    'none',
  );
  const { sha256: _, uploadedBy: __, ...view } = row;
  return view;
}

export async function attachToTaskUpdate(
  ctx: ServiceContext,
  files: EvidenceStore,
  ref: { plan: string; task: string; update: string },
  input: AttachInput,
) {
  const { unitCode } = await taskUpdateOwner(ctx, ref.plan, ref.task, ref.update);
  return store(ctx, files, 'task_update', ref.update, unitCode, input);
}

export async function attachToVisit(ctx: ServiceContext, files: EvidenceStore, ref: { unit: string; visit: string }, input: AttachInput) {
  const { unitCode } = await visitOwner(ctx, ref.unit, ref.visit);
  return store(ctx, files, 'supervision_visit', ref.visit, unitCode, input);
}

/** A file for someone who may read what it is attached to. */
export async function downloadAttachment(ctx: ServiceContext, files: EvidenceStore, id: string) {
  const row = await attachmentRepository.get(ctx.database.db, id);
  if (!row) throw noFile();
  if (row.ownerType === 'supervision_visit') {
    const visit = await supervisionRepository.visit(ctx.database.db, row.ownerId);
    if (!visit) throw noFile();
    await authorize(ctx, 'read', visit.unitCode);
  } else {
    const planCode = await planOfUpdate(ctx, row.ownerId);
    if (!planCode) throw noFile();
    await loadPlan(ctx, planCode);
  }
  return { row, content: await files.get(row.sha256) };
}

async function planOfUpdate(ctx: ServiceContext, updateId: string) {
  const r = await ctx.database.db
    .selectFrom('taskUpdate')
    .innerJoin('planTask', 'planTask.id', 'taskUpdate.taskId')
    .innerJoin('plan', 'plan.id', 'planTask.planId')
    .select('plan.code')
    .where('taskUpdate.id', '=', updateId)
    .executeTakeFirst();
  return r?.code;
}
