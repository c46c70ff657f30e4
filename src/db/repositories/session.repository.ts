/** Server-side sessions: looked up on every request, so a revoked session is dead at once. */
import type { Executor } from '../database.js';
import type { SessionTable } from '../schema.js';

export const sessionRepository = {
  async insert(ex: Executor, row: SessionTable) {
    await ex.insertInto('session').values(row).execute();
  },

  /** The live session and its (enabled) user. */
  findLive: (ex: Executor, id: string, now: string) =>
    ex
      .selectFrom('session')
      .innerJoin('appUser', 'appUser.id', 'session.userId')
      .select([
        'session.id as sessionId',
        'session.csrfToken',
        'session.expiresAt',
        'appUser.id',
        'appUser.username',
        'appUser.displayName',
        'appUser.role',
        'appUser.unitCode',
        'appUser.criteria',
      ])
      .where('session.id', '=', id)
      .where('session.revokedAt', 'is', null)
      .where('session.expiresAt', '>', now)
      .where('appUser.disabled', '=', 0)
      .executeTakeFirst(),

  async revoke(ex: Executor, id: string, at: string) {
    await ex.updateTable('session').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  },

  async revokeAllOf(ex: Executor, userId: string, at: string, exceptId?: string) {
    let q = ex.updateTable('session').set({ revokedAt: at }).where('userId', '=', userId).where('revokedAt', 'is', null);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },
};
