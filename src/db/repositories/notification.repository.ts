/** In-app notifications, one per user, kind, subject and deadline (inserting twice is a no-op). */
import type { Executor } from '../database.js';
import type { NotificationTable } from '../schema.js';

export const notificationRepository = {
  async insertMissing(ex: Executor, rows: NotificationTable[]) {
    if (rows.length === 0) return;
    await ex
      .insertInto('notification')
      .values(rows)
      .onConflict((oc) => oc.columns(['userId', 'kind', 'subjectId', 'dueOn']).doNothing())
      .execute();
  },

  get: (ex: Executor, userId: string, id: string) =>
    ex.selectFrom('notification').select('id').where('id', '=', id).where('userId', '=', userId).executeTakeFirst(),

  forUser: (ex: Executor, userId: string, limit = 100) =>
    ex.selectFrom('notification').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc').limit(limit).execute(),

  async markRead(ex: Executor, userId: string, id: string, at: string) {
    const r = await ex
      .updateTable('notification')
      .set({ readAt: at })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
