/**
 * Recognition and revocation dossiers (hồ sơ xét, công nhận / thu hồi): the dossier and its dated
 * step events, files, checklist documents, posting announcements, comments, organisations' opinions,
 * appraisal findings and the facts recorded at each step. Portable: text ids and dates, integers.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;
const integer = 'integer' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dossier')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('procedure_code', text, (c) => c.notNull())
    .addColumn('set_code', text, (c) => c.notNull())
    .addColumn('tier', text, (c) => c.notNull())
    .addColumn('year', integer, (c) => c.notNull())
    .addColumn('assessment_date', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('current_step', text, (c) => c.notNull())
    .addColumn('posting_started_on', text)
    .addColumn('recognition_id', text)
    .addColumn('demo', integer, (c) => c.notNull().defaultTo(0))
    .addColumn('version', integer, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dossier_unit_idx').on('dossier').columns(['unit_code', 'year']).execute();

  await db.schema
    .createTable('dossier_event')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('step_code', text, (c) => c.notNull())
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('to_step', text)
    .addColumn('on_date', text, (c) => c.notNull())
    .addColumn('actor_id', text, (c) => c.notNull())
    .addColumn('note', text)
    .addColumn('reasons', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dossier_event_idx').on('dossier_event').columns(['dossier_id', 'created_at']).execute();

  await db.schema
    .createTable('dossier_file')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('file_name', text, (c) => c.notNull())
    .addColumn('content_type', text, (c) => c.notNull())
    .addColumn('size', integer, (c) => c.notNull())
    .addColumn('sha256', text, (c) => c.notNull())
    .addColumn('uploaded_by', text, (c) => c.notNull())
    .addColumn('uploaded_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossier_document')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('document_code', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('file_id', text, (c) => c.notNull().references('dossier_file.id'))
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dossier_document_idx').on('dossier_document').columns(['dossier_id', 'document_code']).execute();

  await db.schema
    .createTable('dossier_posting')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('announced_on', text, (c) => c.notNull())
    .addColumn('channel', text, (c) => c.notNull())
    .addColumn('place', text)
    .addColumn('photo_file_id', text, (c) => c.references('dossier_file.id'))
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossier_comment')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('received_on', text, (c) => c.notNull())
    .addColumn('from_name', text)
    .addColumn('content', text, (c) => c.notNull())
    .addColumn('response', text)
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossier_opinion')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('organisation_kind', text, (c) => c.notNull())
    .addColumn('organisation', text, (c) => c.notNull())
    .addColumn('given_on', text, (c) => c.notNull())
    .addColumn('summary', text)
    .addColumn('file_id', text, (c) => c.references('dossier_file.id'))
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dossier_finding')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('round', integer, (c) => c.notNull())
    .addColumn('criterion_code', text, (c) => c.notNull())
    .addColumn('result', text, (c) => c.notNull())
    .addColumn('finding', text)
    .addColumn('created_by', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('dossier_finding_uq', ['dossier_id', 'round', 'criterion_code'])
    .execute();

  await db.schema
    .createTable('dossier_record')
    .addColumn('dossier_id', text, (c) => c.notNull().references('dossier.id'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('data', text, (c) => c.notNull())
    .addColumn('file_id', text, (c) => c.references('dossier_file.id'))
    .addColumn('recorded_by', text, (c) => c.notNull())
    .addColumn('recorded_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_record_pk', ['dossier_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'dossier_record',
    'dossier_finding',
    'dossier_opinion',
    'dossier_comment',
    'dossier_posting',
    'dossier_document',
    'dossier_file',
    'dossier_event',
  ])
    await db.schema.dropTable(t).execute();
  await db.schema.dropTable('dossier').execute();
}
