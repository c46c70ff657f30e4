/** Users, for attribution of values and audit events (sign-in comes with the web app). */
import type { Executor } from '../database.js';
import type { AppUserTable } from '../schema.js';

export const userRepository = {
  byUsername: (ex: Executor, username: string) => ex.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst(),

  async insert(ex: Executor, row: AppUserTable) {
    await ex.insertInto('appUser').values(row).execute();
  },
};
