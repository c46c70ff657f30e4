/**
 * In-app notifications about task deadlines: a week before the deadline ("due soon") and after it
 * ("overdue"), to the users acting for the task's lead agency — or, when it has none or nobody acts for
 * it, to the NTM office of the plan's issuing unit, so no deadline passes unseen. The sweep is
 * idempotent (one notice per user, task, kind and deadline) and runs at start, hourly and when a
 * deadline changes.
 */
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { notificationRepository } from '../../db/repositories/notification.repository.js';
import { planRepository } from '../../db/repositories/plan.repository.js';
import type { NotificationTable } from '../../db/schema.js';
import { notFound } from '../../domain/errors.js';
import { formatDateVi } from '../../domain/text/vietnamese.js';
import { unauthenticated } from '../access.js';
import { newId, type ServiceContext } from '../context.js';

export const DUE_SOON_DAYS = 7;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function officeUsers(ctx: ServiceContext, unitCode: string) {
  return ctx.database.db
    .selectFrom('appUser')
    .select(['id', 'displayName'])
    .where('unitCode', '=', unitCode)
    .where('role', 'in', ['district_office', 'province_office'])
    .where('disabled', '=', 0)
    .execute();
}

/** Creates the notices that are due on `today` and do not exist yet; returns how many were new or kept. */
export async function sweepNotifications(ctx: ServiceContext, today = ctx.now().slice(0, 10)) {
  const tasks = await planRepository.openTasksWithDeadline(ctx.database.db);
  // Many tasks share a lead agency: look each one's users up once per sweep.
  const known = new Map<string, Promise<{ id: string }[]>>();
  const recipientsOf = (unitCode: string, agencyCode: string | null) => {
    const key = `${unitCode}|${agencyCode ?? ''}`;
    let users = known.get(key);
    if (!users) {
      users = (async () => {
        const agencyUsers = agencyCode ? await agencyRepository.users(ctx.database.db, unitCode, agencyCode) : [];
        return agencyUsers.length > 0 ? agencyUsers : officeUsers(ctx, unitCode);
      })();
      known.set(key, users);
    }
    return users;
  };
  const rows: NotificationTable[] = [];
  for (const t of tasks) {
    const deadline = t.deadline as string;
    const kind = deadline < today ? 'task_overdue' : deadline <= addDays(today, DUE_SOON_DAYS) ? 'task_due_soon' : null;
    if (!kind) continue;
    const users = await recipientsOf(t.issuingUnitCode, t.leadAgencyCode);
    for (const u of users) {
      rows.push({
        id: newId(),
        userId: u.id,
        kind,
        subjectId: t.id,
        dueOn: deadline,
        planCode: t.planCode,
        taskNumber: t.number,
        createdAt: ctx.now(),
        readAt: null,
      });
    }
  }
  await notificationRepository.insertMissing(ctx.database.db, rows);
  return rows.length;
}

export function notificationText(n: Pick<NotificationTable, 'kind' | 'taskNumber' | 'planCode' | 'dueOn'>) {
  const due = formatDateVi(n.dueOn);
  return n.kind === 'task_overdue'
    ? {
        vi: `Nhiệm vụ ${n.taskNumber} (kế hoạch ${n.planCode}) đã quá hạn ${due} mà chưa hoàn thành.`,
        en: `Task ${n.taskNumber} (plan ${n.planCode}) is past its deadline ${n.dueOn} and not done.`,
      }
    : {
        vi: `Nhiệm vụ ${n.taskNumber} (kế hoạch ${n.planCode}) đến hạn ngày ${due}.`,
        en: `Task ${n.taskNumber} (plan ${n.planCode}) is due on ${n.dueOn}.`,
      };
}

/** The signed-in user's notices, newest first (made by the sweeps, not on reading). */
export async function myNotifications(ctx: ServiceContext) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  const rows = await notificationRepository.forUser(ctx.database.db, ctx.actor.id);
  return {
    unread: rows.filter((r) => r.readAt === null).length,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      planCode: r.planCode,
      taskNumber: r.taskNumber,
      dueOn: r.dueOn,
      createdAt: r.createdAt,
      read: r.readAt !== null,
      message: notificationText(r),
    })),
  };
}

export async function markNotificationRead(ctx: ServiceContext, id: string) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  const ok = await notificationRepository.markRead(ctx.database.db, ctx.actor.id, id, ctx.now());
  // Not updated: already read (fine), or not this user's notice.
  if (!ok && !(await notificationRepository.get(ctx.database.db, ctx.actor.id, id))) {
    throw notFound('notification.not_found', { vi: 'Không có thông báo này', en: 'No such notification' });
  }
  return { id, read: true };
}

/** Sweeps now and every hour while the server runs (deadlines pass without anyone writing); returns a stop function. */
export function scheduleNotificationSweep(ctx: ServiceContext, everyMs = 3_600_000): () => void {
  const run = () => {
    sweepNotifications(ctx).catch((e: unknown) => ctx.log.warn('notification sweep failed', { error: String(e) }));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
