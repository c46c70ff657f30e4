/**
 * The foundation tables: criteria sets, administrative units with statuses and successions,
 * which set applies where, indicator values, users and audit events. Portable SQL only.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('criteria_set')
    .addColumn('code', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('tier', text, (c) => c.notNull())
    .addColumn('requires_tier', text)
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('origin', text, (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('administrative_unit')
    .addColumn('code', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('name_search', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('parent_code', text, (c) => c.references('administrative_unit.code'))
    .addColumn('region', text)
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_to', text)
    .addColumn('note', text)
    .addColumn('provenance', text)
    .execute();
  await db.schema.createIndex('administrative_unit_parent_idx').on('administrative_unit').columns(['parent_code']).execute();

  await db.schema
    .createTable('unit_status')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_to', text)
    .addColumn('legal_basis', text)
    .execute();
  await db.schema.createIndex('unit_status_unit_idx').on('unit_status').columns(['unit_code']).execute();

  await db.schema
    .createTable('unit_succession')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('predecessor_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('successor_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('effective_date', text, (c) => c.notNull())
    .addColumn('legal_basis', text, (c) => c.notNull())
    .addColumn('provenance', text)
    .execute();

  await db.schema
    .createTable('unit_criteria_set')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('set_code', text, (c) => c.notNull().references('criteria_set.code'))
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_to', text)
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('username', text, (c) => c.notNull().unique())
    .addColumn('display_name', text, (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicator_value')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('set_code', text, (c) => c.notNull().references('criteria_set.code'))
    .addColumn('indicator_code', text, (c) => c.notNull())
    .addColumn('as_of', text, (c) => c.notNull())
    .addColumn('value_num', 'double precision')
    .addColumn('not_applicable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', text)
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('entered_by', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('entered_at', text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('superseded_on', text)
    .addUniqueConstraint('indicator_value_key', ['unit_code', 'set_code', 'indicator_code', 'as_of'])
    .execute();
  await db.schema
    .createIndex('indicator_value_set_asof_idx')
    .on('indicator_value')
    .columns(['set_code', 'superseded_on', 'as_of'])
    .execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('actor_id', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('entity_type', text, (c) => c.notNull())
    .addColumn('entity_id', text, (c) => c.notNull())
    .addColumn('unit_code', text)
    .addColumn('before', text)
    .addColumn('after', text)
    .execute();
  await db.schema.createIndex('audit_event_entity_idx').on('audit_event').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_event_unit_idx').on('audit_event').columns(['unit_code', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_event',
    'indicator_value',
    'app_user',
    'unit_criteria_set',
    'unit_succession',
    'unit_status',
    'administrative_unit',
    'criteria_set',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
