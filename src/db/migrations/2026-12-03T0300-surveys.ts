/**
 * The Front's satisfaction survey: a round per commune and purpose (tier), its hamlets with households,
 * ballots issued and the paper tally, per-item counts, ballots entered one by one (phone) or by residents
 * (QR code), and the one-time codes — stored only as hashes; no personal data anywhere. Portable SQL.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;
const int = 'integer' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_round')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    /** The tier code the ballot is for (ntm, advanced, model, modern). */
    .addColumn('purpose', text, (c) => c.notNull())
    /** The survey rule set (catalog/surveys) that applies on starts_on. */
    .addColumn('rule_code', text, (c) => c.notNull())
    /** The set whose criteria gave the items, when they came from one. */
    .addColumn('set_code', text)
    /** The year the recognition is asked for ("đạt chuẩn … năm <year>"). */
    .addColumn('year', int, (c) => c.notNull())
    .addColumn('starts_on', text, (c) => c.notNull())
    /** The day the results were compiled (set when closing). */
    .addColumn('ends_on', text)
    /** JSON array of form codes (household, meeting, online). */
    .addColumn('forms', text, (c) => c.notNull())
    /** JSON array of {code, text}: the ballot's items, fixed when the round is opened. */
    .addColumn('items', text, (c) => c.notNull())
    /** open | closed | published */
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('closed_at', text)
    .addColumn('closed_by', text, (c) => c.references('app_user.id'))
    .addColumn('published_on', text)
    .addColumn('published_place', text)
    .addColumn('published_channel', text)
    .addColumn('note', text)
    /** 1 = illustrative (demo) round. */
    .addColumn('demo', int, (c) => c.notNull().defaultTo(0))
    .addColumn('version', int, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_round_unit_idx').on('survey_round').columns(['unit_code', 'purpose']).execute();

  await db.schema
    .createTable('survey_hamlet')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('round_id', text, (c) => c.notNull().references('survey_round.id'))
    .addColumn('position', int, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('households', int, (c) => c.notNull())
    .addColumn('ballots_issued', int, (c) => c.notNull())
    /** Ballots counted on the paper tally sheet (not entered one by one). */
    .addColumn('paper_returned', int, (c) => c.notNull())
    /** The random token of the hamlet's QR code (public page /khao-sat/:token). */
    .addColumn('token', text, (c) => c.notNull().unique())
    .addColumn('version', int, (c) => c.notNull())
    .addUniqueConstraint('survey_hamlet_name_uq', ['round_id', 'name'])
    .execute();

  await db.schema
    .createTable('survey_tally')
    .addColumn('hamlet_id', text, (c) => c.notNull().references('survey_hamlet.id'))
    .addColumn('item_code', text, (c) => c.notNull())
    .addColumn('satisfied', int, (c) => c.notNull())
    .addColumn('not_satisfied', int, (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_tally_pk', ['hamlet_id', 'item_code'])
    .execute();

  await db.schema
    .createTable('survey_ballot')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('round_id', text, (c) => c.notNull().references('survey_round.id'))
    .addColumn('hamlet_id', text, (c) => c.notNull().references('survey_hamlet.id'))
    /** phone (entered by the Front) | qr (by a resident with a one-time code) */
    .addColumn('channel', text, (c) => c.notNull())
    /** JSON {itemCode: "satisfied" | "not_satisfied" | null}; nothing about who answered. */
    .addColumn('answers', text, (c) => c.notNull())
    /** The day only (no time, no code): a ballot cannot be matched to a code's use. */
    .addColumn('recorded_on', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_ballot_hamlet_idx').on('survey_ballot').columns(['hamlet_id']).execute();

  await db.schema
    .createTable('survey_code')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('hamlet_id', text, (c) => c.notNull().references('survey_hamlet.id'))
    /** SHA-256 of the hamlet token and the code; the code itself is shown once and never stored. */
    .addColumn('code_hash', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('used', int, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('survey_code_hamlet_idx').on('survey_code').columns(['hamlet_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['survey_code', 'survey_ballot', 'survey_tally', 'survey_hamlet', 'survey_round']) {
    await db.schema.dropTable(t).execute();
  }
}
