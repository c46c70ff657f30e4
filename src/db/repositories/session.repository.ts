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
        'appUser.criteriaSetCode',
      ])
      .where('session.id', '=', id)
      .where('session.revokedAt', 'is', null)
      .where('session.expiresAt', '>', now)
      .where('appUser.disabled', '=', 0)
      .executeTakeFirst(),

  async revoke(ex: Executor, id: string, at: string) {
    await ex.updateTable('session').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  },

  /** Deletes sessions that can never be used again (expired or revoked), of one user or of all; the count. */
  async purgeDead(ex: Executor, now: string, userId?: string): Promise<number> {
    let q = ex.deleteFrom('session').where((eb) => eb.or([eb('expiresAt', '<=', now), eb('revokedAt', 'is not', null)]));
    if (userId) q = q.where('userId', '=', userId);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /** Keeps `currentId` and the user's `keep - 1` newest other live sessions, revoking the rest; the count revoked. */
  async revokeBeyond(ex: Executor, userId: string, currentId: string, keep: number, now: string): Promise<number> {
    const live = await ex
      .selectFrom('session')
      .select('id')
      .where('userId', '=', userId)
      .where('id', '!=', currentId)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const old = live.slice(Math.max(0, keep - 1)).map((s) => s.id);
    if (old.length > 0) await ex.updateTable('session').set({ revokedAt: now }).where('id', 'in', old).execute();
    return old.length;
  },

  async revokeAllOf(ex: Executor, userId: string, at: string, exceptId?: string) {
    let q = ex.updateTable('session').set({ revokedAt: at }).where('userId', '=', userId).where('revokedAt', 'is', null);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },
};
