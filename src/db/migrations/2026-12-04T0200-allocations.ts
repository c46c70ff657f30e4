/**
 * Capital allocation plans (kế hoạch vốn năm) of a unit and year, their adjustments (điều chỉnh) as
 * signed delta lines, and the disbursements (giải ngân) recorded against a line. Money is integer đồng,
 * `bigint` so PostgreSQL holds any plan; work_id is not a foreign key so this table does not depend on
 * the order the works migration lands in.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;
const integer = 'integer' as const;
const bigint = 'bigint' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('allocation')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('year', integer, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('decision_number', text)
    .addColumn('decision_date', text)
    .addColumn('decision_signer', text)
    .addColumn('history', text, (c) => c.notNull())
    .addColumn('demo', integer, (c) => c.notNull().defaultTo(0))
    .addColumn('version', integer, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.notNull())
    .addColumn('approved_at', text)
    .addColumn('approved_by', text)
    .addUniqueConstraint('allocation_unit_year_uq', ['unit_code', 'year'])
    .execute();

  await db.schema
    .createTable('allocation_adjustment')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('allocation_id', text, (c) => c.notNull().references('allocation.id'))
    .addColumn('decision_number', text, (c) => c.notNull())
    .addColumn('decision_date', text, (c) => c.notNull())
    .addColumn('reason', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('approved_at', text)
    .addColumn('approved_by', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('version', integer, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('allocation_adjustment_idx').on('allocation_adjustment').column('allocation_id').execute();

  await db.schema
    .createTable('allocation_line')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('allocation_id', text, (c) => c.notNull().references('allocation.id'))
    .addColumn('adjustment_id', text, (c) => c.references('allocation_adjustment.id'))
    .addColumn('source_code', text, (c) => c.notNull())
    .addColumn('programme_name', text)
    .addColumn('component_code', text)
    .addColumn('commune_code', text)
    .addColumn('work_id', text)
    .addColumn('set_code', text)
    .addColumn('criterion_number', integer)
    .addColumn('amount', bigint, (c) => c.notNull())
    .addColumn('note', text)
    .addColumn('version', integer, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('allocation_line_idx').on('allocation_line').columns(['allocation_id', 'adjustment_id']).execute();
  await db.schema.createIndex('allocation_line_work_idx').on('allocation_line').column('work_id').execute();

  await db.schema
    .createTable('disbursement')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('allocation_line_id', text, (c) => c.notNull().references('allocation_line.id'))
    .addColumn('paid_on', text, (c) => c.notNull())
    .addColumn('amount', bigint, (c) => c.notNull())
    .addColumn('reversal_of', text, (c) => c.references('disbursement.id'))
    .addColumn('document', text)
    .addColumn('file_id', text)
    .addColumn('note', text)
    .addColumn('demo', integer, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disbursement_line_idx').on('disbursement').columns(['allocation_line_id', 'paid_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['disbursement', 'allocation_line', 'allocation_adjustment', 'allocation']) await db.schema.dropTable(t).execute();
}
