/**
 * Sessions are purged when they expire: an index on the expiry keeps the hourly purge a range scan,
 * and one on (user, created) keeps the per-user cap at sign-in cheap.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('session_expires_idx').on('session').column('expires_at').execute();
  await db.schema.createIndex('session_user_created_idx').on('session').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('session_user_created_idx').execute();
  await db.schema.dropIndex('session_expires_idx').execute();
}
