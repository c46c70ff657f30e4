/**
 * Works (công trình, dự án) of the programme: the work, the communes it serves, the criteria it
 * serves, its funding plan by source and year, and its acceptances (nghiệm thu). Money is integer
 * đồng: `bigint` on PostgreSQL (read back with Number()), integer on SQLite. Never `real`.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;
const integer = 'integer' as const;
const bigint = 'bigint' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('work')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('code', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('name_search', text, (c) => c.notNull())
    .addColumn('kind_code', text, (c) => c.notNull())
    .addColumn('area_unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('investor', text, (c) => c.notNull())
    .addColumn('approved_total', bigint)
    .addColumn('approval_number', text)
    .addColumn('approval_date', text)
    .addColumn('contract_value', bigint)
    .addColumn('planned_start', text)
    .addColumn('planned_end', text)
    .addColumn('started_on', text)
    .addColumn('completed_on', text)
    .addColumn('component_code', text)
    .addColumn('community_built', integer, (c) => c.notNull().defaultTo(0))
    .addColumn('settled_on', text)
    .addColumn('settled_value', bigint)
    .addColumn('settlement_number', text)
    .addColumn('demo', integer, (c) => c.notNull().defaultTo(0))
    .addColumn('note', text)
    .addColumn('version', integer, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_area_idx').on('work').columns(['area_unit_code']).execute();

  await db.schema
    .createTable('work_commune')
    .addColumn('work_id', text, (c) => c.notNull().references('work.id'))
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addPrimaryKeyConstraint('work_commune_pk', ['work_id', 'unit_code'])
    .execute();
  await db.schema.createIndex('work_commune_unit_idx').on('work_commune').columns(['unit_code']).execute();

  await db.schema
    .createTable('work_criterion')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('work_id', text, (c) => c.notNull().references('work.id'))
    .addColumn('set_code', text, (c) => c.notNull())
    .addColumn('criterion_number', integer, (c) => c.notNull())
    .addColumn('indicator_code', text)
    .execute();
  await db.schema.createIndex('work_criterion_work_idx').on('work_criterion').columns(['work_id']).execute();
  await db.schema.createIndex('work_criterion_set_idx').on('work_criterion').columns(['set_code', 'criterion_number']).execute();

  await db.schema
    .createTable('work_funding_plan')
    .addColumn('work_id', text, (c) => c.notNull().references('work.id'))
    .addColumn('source_code', text, (c) => c.notNull())
    .addColumn('year', integer, (c) => c.notNull())
    .addColumn('amount', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('work_funding_plan_pk', ['work_id', 'source_code', 'year'])
    .execute();

  await db.schema
    .createTable('work_acceptance')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('work_id', text, (c) => c.notNull().references('work.id'))
    .addColumn('accepted_on', text, (c) => c.notNull())
    .addColumn('amount', bigint, (c) => c.notNull())
    .addColumn('source_code', text)
    .addColumn('document', text)
    .addColumn('file_id', text)
    .addColumn('note', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_acceptance_work_idx').on('work_acceptance').columns(['work_id', 'accepted_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['work_acceptance', 'work_funding_plan', 'work_criterion', 'work_commune', 'work']) {
    await db.schema.dropTable(t).execute();
  }
}
