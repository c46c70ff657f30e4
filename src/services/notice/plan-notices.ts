/**
 * Notices about plans and their tasks: a submitted plan to the leaders who may approve it, an approved or
 * returned plan to the office that drafted it, and a progress update to the users of the task's lead
 * agency. Each names the plan by year and issuing authority and the task by number and content.
 */
import type { Executor } from '../../db/database.js';
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { noticeSourceRepository } from '../../db/repositories/notice-source.repository.js';
import type { NoticeKind } from '../../domain/notice/notice-text.js';
import type { Plan, PlanStatus } from '../../domain/plan/plan.schema.js';
import type { Task } from '../../domain/plan/plan-task.schema.js';
import type { ServiceContext } from '../context.js';
import { notify, unitLookup, unitWords } from './notify.js';

export const planWords = (plan: Pick<Plan, 'year' | 'issuingUnit'>) => ({ planYear: plan.year, authority: plan.issuingUnit.authority });

const KIND: Partial<Record<PlanStatus, NoticeKind>> = { submitted: 'plan_submitted', approved: 'plan_approved', draft: 'plan_returned' };

/** After a plan's status changed to `plan.status` (at `version`), in the transaction of the change. */
export async function notifyPlanStatus(ctx: ServiceContext, trx: Executor, plan: Plan, version: number, note?: string) {
  const kind = KIND[plan.status];
  if (!kind) return 0;
  const chain = await unitLookup(trx).chain(plan.issuingUnit.unitCode);
  let userIds: string[];
  if (kind === 'plan_submitted') {
    // Leaders of the issuing unit or above it may approve (plan-status.ts, plan-policy.ts).
    userIds = (await noticeSourceRepository.usersIn(trx, ['leader'], chain)).map((u) => u.id);
  } else {
    const office = await noticeSourceRepository.usersIn(trx, ['district_office', 'province_office'], chain.slice(0, 1));
    const submitter = [...plan.statusHistory].reverse().find((c) => c.to === 'submitted')?.userId;
    userIds = [...office.map((u) => u.id), ...(submitter ? [submitter] : [])];
  }
  return notify(ctx, trx, [
    {
      userIds,
      kind,
      subjectId: plan.code,
      eventKey: `v${version}`,
      params: { ...planWords(plan), note: note ?? null },
      link: `/ke-hoach/${encodeURIComponent(plan.code)}`,
    },
  ]);
}

export interface TaskUpdateNotice {
  plan: Plan;
  taskId: string;
  task: Task;
  updateId: string;
  reportedOn: string;
  status: string;
  note: string;
  unitCode: string | null;
}

/** After a progress update: the users of the task's lead agency, except its author. */
export async function notifyTaskUpdate(ctx: ServiceContext, trx: Executor, u: TaskUpdateNotice) {
  if (!u.task.leadAgencyCode) return 0;
  const users = await agencyRepository.users(trx, u.plan.issuingUnit.unitCode, u.task.leadAgencyCode);
  const unit = u.unitCode ? unitWords(await unitLookup(trx).unit(u.unitCode), u.unitCode) : {};
  return notify(ctx, trx, [
    {
      userIds: users.map((x) => x.id),
      kind: 'task_update',
      subjectId: u.taskId,
      eventKey: u.updateId,
      params: {
        ...planWords(u.plan),
        taskNumber: u.task.number,
        taskText: u.task.text,
        status: u.status,
        note: u.note,
        reportedOn: u.reportedOn,
        authorName: ctx.actor.displayName,
        ...unit,
      },
      link: `/ke-hoach/${encodeURIComponent(u.plan.code)}?tab=tasks`,
    },
  ]);
}
