/**
 * Sign-in and review: users get a password hash, a role and a scope (unit, and criteria for a
 * department); server-side sessions; evidence files; values get their verification state.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('password_hash', text).execute();
  await db.schema
    .alterTable('app_user')
    .addColumn('role', text, (c) => c.notNull().defaultTo('system'))
    .execute();
  await db.schema.alterTable('app_user').addColumn('unit_code', text).execute();
  /** JSON array of criterion numbers a department answers for. */
  await db.schema.alterTable('app_user').addColumn('criteria', text).execute();
  await db.schema
    .alterTable('app_user')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('app_user').addColumn('updated_at', text).execute();

  await db.schema
    .createTable('session')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .addColumn('revoked_at', text)
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').columns(['user_id']).execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('set_code', text, (c) => c.notNull())
    .addColumn('indicator_code', text, (c) => c.notNull())
    .addColumn('as_of', text, (c) => c.notNull())
    .addColumn('file_name', text, (c) => c.notNull())
    .addColumn('content_type', text, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', text, (c) => c.notNull())
    .addColumn('uploaded_by', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_unit_idx').on('evidence').columns(['unit_code', 'set_code', 'indicator_code']).execute();

  await db.schema
    .alterTable('indicator_value')
    .addColumn('verification', text, (c) => c.notNull().defaultTo('self_assessed'))
    .execute();
  await db.schema.alterTable('indicator_value').addColumn('verified_by', text).execute();
  await db.schema.alterTable('indicator_value').addColumn('verified_at', text).execute();
  await db.schema.alterTable('indicator_value').addColumn('review_comment', text).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of ['review_comment', 'verified_at', 'verified_by', 'verification'])
    await db.schema.alterTable('indicator_value').dropColumn(c).execute();
  await db.schema.dropTable('evidence').execute();
  await db.schema.dropTable('session').execute();
  for (const c of ['updated_at', 'demo', 'criteria', 'unit_code', 'role', 'password_hash'])
    await db.schema.alterTable('app_user').dropColumn(c).execute();
}
