/**
 * A plan's tasks during the year: the list with filters (agency, commune, status, overdue) and each
 * task's dated progress updates; progress recorded by the office, the agencies named on the task or a
 * commune it concerns; deadlines and assignments set by the office. Versions guard every change.
 */
import type { Executor } from '../../db/database.js';
import { planRepository } from '../../db/repositories/plan.repository.js';
import { attachmentRepository } from '../../db/repositories/supervision.repository.js';
import type { PlanTaskRow } from '../../db/schema.js';
import { AppError, invalid } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan/plan.schema.js';
import { type Task, type TaskStatus, taskSchema } from '../../domain/plan/plan-task.schema.js';
import { canOnPlan, canUpdateTask, type PlanPlace } from '../../policies/plan-policy.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { notifyTaskUpdate } from '../notice/plan-notices.js';
import { sweepNotifications } from './notification.service.js';
import { actorAgencies, loadPlan, planForbidden, staleVersion } from './plan-access.js';

export interface TaskFilter {
  agency?: string | undefined;
  unit?: string | undefined;
  status?: TaskStatus | undefined;
  overdue?: boolean | undefined;
  asOf: string;
}

const isOverdue = (t: Task, asOf: string) => t.deadline !== null && t.deadline < asOf && t.status !== 'done' && t.status !== 'cancelled';

function partiesOf(plan: Plan, t: Task) {
  const lead = plan.agencies.find((a) => a.code === t.leadAgencyCode);
  return {
    leadAgencyCode: t.leadAgencyCode,
    cooperatingAgencyCodes: t.cooperatingAgencyCodes,
    communeUnitCodes: t.communeUnitCodes,
    ledByCommunes: lead?.kind === 'commune_bodies',
  };
}

export async function listTasks(ctx: ServiceContext, code: string, filter: TaskFilter) {
  const { plan, tasks, place } = await loadPlan(ctx, code);
  const mine = await actorAgencies(ctx, plan.issuingUnit.unitCode);
  const rows = tasks
    .map((row) => ({ row, task: taskSchema.parse(JSON.parse(row.document)) }))
    .filter(({ task: t }) => {
      if (filter.agency && t.leadAgencyCode !== filter.agency && !t.cooperatingAgencyCodes.includes(filter.agency)) return false;
      if (filter.unit && t.communeUnitCodes.length > 0 && !t.communeUnitCodes.includes(filter.unit)) return false;
      if (filter.status && t.status !== filter.status) return false;
      if (filter.overdue !== undefined && isOverdue(t, filter.asOf) !== filter.overdue) return false;
      return true;
    });
  const updates = await planRepository.updates(
    ctx.database.db,
    rows.map((r) => r.row.id),
  );
  const files = await attachmentRepository.forOwners(
    ctx.database.db,
    'task_update',
    updates.map((u) => u.id),
  );
  return {
    code,
    agencies: plan.agencies,
    sections: plan.taskSections,
    canEdit: canOnPlan(ctx.actor, 'plans.write', place) && plan.status !== 'superseded',
    items: rows.map(({ row, task }) => ({
      ...task,
      id: row.id,
      version: row.version,
      overdue: isOverdue(task, filter.asOf),
      canUpdate: canUpdateTask(ctx.actor, place, partiesOf(plan, task), mine),
      updates: updates
        .filter((u) => u.taskId === row.id)
        .map((u) => ({
          id: u.id,
          reportedOn: u.reportedOn,
          status: u.status,
          note: u.note,
          unitCode: u.unitCode,
          authorName: u.authorName,
          createdAt: u.createdAt,
          files: files.filter((f) => f.ownerId === u.id),
        })),
    })),
  };
}

async function taskFor(ctx: ServiceContext, code: string, number: string) {
  const loaded = await loadPlan(ctx, code);
  const row = loaded.tasks.find((t) => t.number === number);
  if (!row) {
    throw new AppError('task.not_found', 'not_found', {
      vi: `Kế hoạch "${code}" không có nhiệm vụ ${number}`,
      en: `Plan "${code}" has no task ${number}`,
    });
  }
  return { ...loaded, row, task: taskSchema.parse(JSON.parse(row.document)) };
}

async function saveTask(
  ctx: ServiceContext,
  place: PlanPlace,
  row: PlanTaskRow,
  before: Task,
  after: Task,
  expectedVersion: number,
  extra: (trx: Executor) => Promise<void>,
  action: string,
) {
  if (row.version !== expectedVersion) throw staleVersion(`Nhiệm vụ ${row.number} / Task ${row.number}`, row.version);
  await inTransaction(
    ctx,
    async (trx) => {
      const ok = await planRepository.updateTask(trx, row.id, expectedVersion, {
        document: JSON.stringify(after),
        status: after.status,
        deadline: after.deadline,
        leadAgencyCode: after.leadAgencyCode,
        updatedAt: ctx.now(),
      });
      if (!ok) throw staleVersion(`Nhiệm vụ ${row.number} / Task ${row.number}`, row.version + 1);
      await extra(trx);
      await audit(ctx, trx, [{ action, entityType: 'plan_task', entityId: row.id, unitCode: place.issuingUnitCode, before, after }]);
    },
    'none',
  );
}

export interface ProgressInput {
  reportedOn: string;
  status: TaskStatus;
  note: string;
  unitCode?: string | undefined;
  expectedVersion: number;
}

/** A dated progress update; the task takes the update's status. Returns the update's id (for files). */
export async function reportTaskProgress(ctx: ServiceContext, code: string, number: string, input: ProgressInput) {
  const { plan, row, task, place } = await taskFor(ctx, code, number);
  const mine = await actorAgencies(ctx, plan.issuingUnit.unitCode);
  if (!canUpdateTask(ctx.actor, place, partiesOf(plan, task), mine)) throw planForbidden('tasks.update', code);
  if (plan.status === 'superseded') throw superseded(code);
  const unitCode = ctx.actor.role === 'commune_officer' ? ctx.actor.unitCode : (input.unitCode ?? null);
  if (unitCode && task.communeUnitCodes.length > 0 && !task.communeUnitCodes.includes(unitCode)) {
    throw invalid(
      'task.unit_not_concerned',
      { vi: `Nhiệm vụ ${number} không liên quan đến đơn vị ${unitCode}`, en: `Task ${number} does not concern unit ${unitCode}` },
      [{ path: 'unitCode', message: unitCode }],
    );
  }
  const id = newId();
  const after = { ...task, status: input.status };
  await saveTask(
    ctx,
    place,
    row,
    task,
    after,
    input.expectedVersion,
    async (trx) => {
      await planRepository.insertUpdate(trx, {
        id,
        taskId: row.id,
        reportedOn: input.reportedOn,
        status: input.status,
        note: input.note,
        unitCode,
        authorId: ctx.actor.id,
        createdAt: ctx.now(),
      });
      await notifyTaskUpdate(ctx, trx, { plan, taskId: row.id, task: after, updateId: id, ...input, unitCode });
    },
    'task.progress',
  );
  return { id, taskNumber: number, status: input.status, version: row.version + 1 };
}

export interface TaskEdit {
  deadline?: string | null | undefined;
  leadAgencyCode?: string | null | undefined;
  cooperatingAgencyCodes?: string[] | undefined;
  communeUnitCodes?: string[] | undefined;
  criteria?: number[] | undefined;
  expectedVersion: number;
}

/** The office sets a task's deadline and who answers for it (also on an approved plan: it is follow-up). */
export async function editTask(ctx: ServiceContext, code: string, number: string, edit: TaskEdit) {
  const { plan, row, task, place } = await taskFor(ctx, code, number);
  if (!canOnPlan(ctx.actor, 'plans.write', place)) throw planForbidden('plans.write', code);
  if (plan.status === 'superseded') throw superseded(code);
  const { expectedVersion, ...changes } = edit;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const after = taskSchema.parse({ ...task, ...defined });
  const known = new Set(plan.agencies.map((a) => a.code));
  const unknown = [after.leadAgencyCode, ...after.cooperatingAgencyCodes].filter((c): c is string => c !== null && !known.has(c));
  if (unknown.length > 0) {
    throw invalid(
      'task.unknown_agency',
      { vi: `Kế hoạch không có cơ quan: ${unknown.join(', ')}`, en: `Unknown agency: ${unknown.join(', ')}` },
      [{ path: 'leadAgencyCode', message: unknown.join(', ') }],
    );
  }
  await saveTask(ctx, place, row, task, after, expectedVersion, async () => {}, 'task.edit');
  await sweepNotifications(ctx);
  return { ...after, id: row.id, version: row.version + 1 };
}

const superseded = (code: string) =>
  new AppError('plan.superseded', 'conflict', {
    vi: `Kế hoạch "${code}" đã được thay thế; hãy cập nhật trên kế hoạch mới.`,
    en: `Plan "${code}" is superseded; update the newer plan.`,
  });
