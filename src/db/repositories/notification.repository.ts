/**
 * In-app notices, one per user, kind, subject and event: inserting the same event twice is a no-op, and a
 * notice kept up to date (values awaiting review) is updated in place instead of multiplied.
 */
import type { Executor } from '../database.js';
import type { NotificationTable } from '../schema.js';

const KEY = ['userId', 'kind', 'subjectId', 'eventKey'] as const;
const CHUNK = 500;

async function chunked(rows: NotificationTable[], write: (part: NotificationTable[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export const notificationRepository = {
  /** New events only: a notice that exists is left as it is (read or not). */
  insertMissing: (ex: Executor, rows: NotificationTable[]) =>
    chunked(rows, (part) =>
      ex
        .insertInto('notification')
        .values(part)
        .onConflict((oc) => oc.columns([...KEY]).doNothing())
        .execute(),
    ),

  /** A new hand-off on a kept notice: its words are replaced and it is unread again. */
  upsertUnread: (ex: Executor, rows: NotificationTable[]) =>
    chunked(rows, (part) =>
      ex
        .insertInto('notification')
        .values(part)
        .onConflict((oc) =>
          oc.columns([...KEY]).doUpdateSet((eb) => ({
            params: eb.ref('excluded.params'),
            link: eb.ref('excluded.link'),
            updatedAt: eb.ref('excluded.updatedAt'),
            readAt: null,
          })),
        )
        .execute(),
    ),

  /** Users' kept notices of a kind on a subject (to bring their words up to date). */
  onSubject: (ex: Executor, kind: string, subjectIds: readonly string[]) =>
    subjectIds.length === 0
      ? Promise.resolve([])
      : ex.selectFrom('notification').selectAll().where('kind', '=', kind).where('subjectId', 'in', subjectIds).execute(),

  async update(ex: Executor, id: string, set: Pick<NotificationTable, 'params' | 'updatedAt' | 'readAt'>) {
    await ex.updateTable('notification').set(set).where('id', '=', id).execute();
  },

  get: (ex: Executor, userId: string, id: string) =>
    ex.selectFrom('notification').select('id').where('id', '=', id).where('userId', '=', userId).executeTakeFirst(),

  forUser: (ex: Executor, userId: string, limit = 100) =>
    ex
      .selectFrom('notification')
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('updatedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),

  async unreadCount(ex: Executor, userId: string) {
    const r = await ex
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

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

  async markAllRead(ex: Executor, userId: string, at: string) {
    const r = await ex
      .updateTable('notification')
      .set({ readAt: at })
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
};
