/**
 * In-app notifications: reading and marking them, and the deadline sweep — a week before a task's or a
 * follow-up action's deadline ("due soon") and after it ("overdue"), to the users acting for its agency
 * or, when nobody does, the NTM office, so no deadline passes unseen. The sweep is idempotent (one notice
 * per user, subject, kind and deadline) and runs at start, hourly and when a deadline changes. Notices
 * of hand-offs are written by the services' own transactions (services/notice/).
 */
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { noticeSourceRepository } from '../../db/repositories/notice-source.repository.js';
import { notificationRepository } from '../../db/repositories/notification.repository.js';
import type { NotificationTable } from '../../db/schema.js';
import { notFound } from '../../domain/errors.js';
import { type NoticeParams, noticeText } from '../../domain/notice/notice-text.js';
import { unauthenticated } from '../access.js';
import { type ServiceContext, SYSTEM_ACTOR } from '../context.js';
import { type Notice, notify } from '../notice/notify.js';
import { supervisionDeadlineNotices } from '../notice/supervision-notices.js';

export const DUE_SOON_DAYS = 7;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const officeUsers = (ctx: ServiceContext, unitCode: string) =>
  noticeSourceRepository.usersIn(ctx.database.db, ['district_office', 'province_office'], [unitCode]);

/** Creates the notices that are due on `today` and do not exist yet; returns how many were new or kept. */
export async function sweepNotifications(ctx: ServiceContext, today = ctx.now().slice(0, 10)) {
  const ex = ctx.database.db;
  const tasks = await noticeSourceRepository.openTasksWithDeadline(ex);
  // Many tasks share a lead agency: look each one's users up once per sweep.
  const known = new Map<string, Promise<{ id: string }[]>>();
  const recipientsOf = (unitCode: string, agencyCode: string | null) => {
    const key = `${unitCode}|${agencyCode ?? ''}`;
    let users = known.get(key);
    if (!users) {
      users = (async () => {
        const agencyUsers = agencyCode ? await agencyRepository.users(ex, unitCode, agencyCode) : [];
        return agencyUsers.length > 0 ? agencyUsers : officeUsers(ctx, unitCode);
      })();
      known.set(key, users);
    }
    return users;
  };
  const soonUntil = addDays(today, DUE_SOON_DAYS);
  const notices: Notice[] = [];
  for (const t of tasks) {
    const deadline = t.deadline as string;
    const kind = deadline < today ? 'task_overdue' : deadline <= soonUntil ? 'task_due_soon' : null;
    if (!kind) continue;
    const plan = JSON.parse(t.planDocument) as { issuingUnit?: { authority?: string } };
    const task = JSON.parse(t.taskDocument) as { text?: string };
    notices.push({
      userIds: (await recipientsOf(t.issuingUnitCode, t.leadAgencyCode)).map((u) => u.id),
      kind,
      subjectId: t.id,
      eventKey: deadline,
      params: {
        planYear: t.planYear,
        authority: plan.issuingUnit?.authority ?? null,
        taskNumber: t.number,
        taskText: task.text ?? null,
        dueOn: deadline,
      },
      link: `/ke-hoach/${encodeURIComponent(t.planCode)}?tab=tasks`,
    });
  }
  notices.push(...(await supervisionDeadlineNotices(ex, today, soonUntil)));
  // The sweep acts for nobody: the user whose change started it is told like anyone else.
  return notify({ ...ctx, actor: SYSTEM_ACTOR }, ex, notices);
}

const present = (r: NotificationTable) => {
  const params = JSON.parse(r.params) as NoticeParams & Record<string, unknown>;
  return {
    id: r.id,
    kind: r.kind,
    params,
    link: r.link,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    read: r.readAt !== null,
    message: noticeText(r.kind, params),
  };
};

/** The signed-in user's notices, newest first (made by the changes and the sweeps, not on reading). */
export async function myNotifications(ctx: ServiceContext) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  const ex = ctx.database.db;
  const [rows, unread] = await Promise.all([
    notificationRepository.forUser(ex, ctx.actor.id),
    notificationRepository.unreadCount(ex, ctx.actor.id),
  ]);
  return { unread, items: rows.map(present) };
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

export async function markAllNotificationsRead(ctx: ServiceContext) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  return { marked: await notificationRepository.markAllRead(ctx.database.db, ctx.actor.id, ctx.now()) };
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
