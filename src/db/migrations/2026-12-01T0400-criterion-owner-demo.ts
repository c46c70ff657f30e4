/**
 * Criterion owners carry a demo flag: the demo assigns every criterion of Krông Nô to a department as
 * an illustration, and data, API and UI say so; an owner set by the office is a real assignment (0).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('criterion_owner')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('criterion_owner').dropColumn('demo').execute();
}
