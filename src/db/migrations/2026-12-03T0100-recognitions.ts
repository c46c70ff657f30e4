/**
 * Recognitions (công nhận đạt chuẩn) as a status of their own, apart from today's evaluation: the
 * decision that gave a commune a tier "năm <year>", its announcement, and the decision that revoked it.
 * A title given but not yet revoked is unique per (unit, tier, year); unknown years are not constrained.
 */
import { type Kysely, sql } from 'kysely';

const text = 'text' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recognition')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('set_code', text, (c) => c.notNull().references('criteria_set.code'))
    .addColumn('tier', text, (c) => c.notNull())
    /** The year the title is for ("đạt chuẩn NTM năm 2022"); null when unknown. */
    .addColumn('year', 'integer')
    /** When the year is unknown: the title is known to be from before this year ("trước năm 2022"). */
    .addColumn('year_before', 'integer')
    .addColumn('decision_number', text)
    .addColumn('decision_date', text)
    .addColumn('decision_signer', text)
    .addColumn('decision_body', text)
    /** Lễ công bố. */
    .addColumn('announced_on', text)
    .addColumn('dossier_id', text)
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', text)
    .addColumn('recorded_at', text, (c) => c.notNull())
    .addColumn('recorded_by', text, (c) => c.notNull())
    /** Revocation (thu hồi): set together, once; null while the title holds. */
    .addColumn('revoked_at', text)
    .addColumn('revoked_by', text)
    .addColumn('revoke_decision_number', text)
    .addColumn('revoke_decision_date', text)
    .addColumn('revoke_decision_signer', text)
    .addColumn('revoke_decision_body', text)
    .addColumn('revoke_reason', text)
    .addColumn('revoke_dossier_id', text)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('recognition_unit_idx').on('recognition').columns(['unit_code', 'decision_date']).execute();
  await db.schema
    .createIndex('recognition_title_uq')
    .on('recognition')
    .columns(['unit_code', 'tier', 'year'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recognition').execute();
}
