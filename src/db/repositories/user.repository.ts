/** Users, for attribution of values and audit events (sign-in comes with the web app). */
import type { Executor } from '../database.js';
import type { NewUser } from '../schema.js';

export const userRepository = {
  byUsername: (ex: Executor, username: string) => ex.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst(),

  byId: (ex: Executor, id: string) => ex.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Users whose unit is one of `unitCodes` (null = every user). */
  list: (ex: Executor, unitCodes: readonly string[] | null) => {
    let q = ex.selectFrom('appUser').selectAll().where('role', '!=', 'system');
    if (unitCodes) q = unitCodes.length === 0 ? q.where('id', '=', '') : q.where('unitCode', 'in', unitCodes);
    return q.orderBy('username').execute();
  },

  async displayNames(ex: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await ex.selectFrom('appUser').select(['id', 'displayName']).where('id', 'in', unique).execute();
    return new Map(rows.map((r) => [r.id, r.displayName]));
  },

  async countWithPassword(ex: Executor) {
    const r = await ex
      .selectFrom('appUser')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('passwordHash', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async insert(ex: Executor, row: NewUser) {
    await ex.insertInto('appUser').values(row).execute();
  },

  async update(ex: Executor, id: string, changes: Partial<NewUser>) {
    await ex.updateTable('appUser').set(changes).where('id', '=', id).execute();
  },
};
