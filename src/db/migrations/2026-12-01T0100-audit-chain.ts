/**
 * The audit trail becomes a hash chain: every event gets a gap-free `seq`, the hash of the event
 * before it and its own hash; a one-row `audit_chain_head` holds the last link and is what writers
 * lock, so concurrent transactions cannot fork the chain. Events written before are chained here in
 * (at, id) order.
 */
import { type Kysely, sql } from 'kysely';
import { eventHash, GENESIS_HASH } from '../audit-hash.js';

type Row = Record<string, unknown>;
// The migrator's Kysely may or may not camel-case result keys; read either spelling.
const field = (r: Row, snake: string) => (r[snake] ?? r[snake.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] ?? null) as never;

export async function up(db: Kysely<unknown>): Promise<void> {
  const k = db as Kysely<Record<string, Row>>;
  await db.schema.alterTable('audit_event').addColumn('seq', 'integer').execute();
  await db.schema.alterTable('audit_event').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_event').addColumn('hash', 'text').execute();
  await db.schema
    .createTable('audit_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  let seq = 0;
  let prevHash = GENESIS_HASH;
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const cursor: { at: string; id: string } | null = after;
    const rows: Row[] = await k
      .selectFrom('audit_event')
      .select(['id', 'at', 'actor_id', 'action', 'entity_type', 'entity_id', 'unit_code', 'before', 'after'])
      .$if(cursor !== null, (q) => q.where(sql<boolean>`(at > ${cursor?.at} or (at = ${cursor?.at} and id > ${cursor?.id}))`))
      .orderBy('at')
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    const links = rows.map((r) => {
      seq += 1;
      const hash = eventHash({
        seq,
        id: field(r, 'id'),
        at: field(r, 'at'),
        actorId: field(r, 'actor_id'),
        action: field(r, 'action'),
        entityType: field(r, 'entity_type'),
        entityId: field(r, 'entity_id'),
        unitCode: field(r, 'unit_code'),
        before: field(r, 'before'),
        after: field(r, 'after'),
        prevHash,
      });
      const link = { id: field(r, 'id') as string, seq, prevHash, hash };
      prevHash = hash;
      return link;
    });
    // One UPDATE … FROM per page (PostgreSQL and SQLite ≥ 3.33 both have it), not one per row.
    for (let i = 0; i < links.length; i += 250) {
      const part = links.slice(i, i + 250);
      const values = sql.join(
        part.map((l) => sql`select ${l.id} as id, cast(${l.seq} as integer) as seq, ${l.prevHash} as prev_hash, ${l.hash} as hash`),
        sql` union all `,
      );
      await sql`update audit_event set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        from (${values}) as v where audit_event.id = v.id`.execute(db);
    }
    const last = rows[rows.length - 1] as Row;
    after = { at: field(last, 'at'), id: field(last, 'id') };
  }
  await k.insertInto('audit_chain_head').values({ id: 1, seq, hash: prevHash }).execute();
  await db.schema.createIndex('audit_event_seq_uq').on('audit_event').column('seq').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_event_seq_uq').execute();
  await db.schema.dropTable('audit_chain_head').execute();
  for (const c of ['hash', 'prev_hash', 'seq']) await db.schema.alterTable('audit_event').dropColumn(c).execute();
}
