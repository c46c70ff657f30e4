/**
 * Audit events: append-only, written by services in the same transaction as the change, each one
 * linked to the one before it (db/audit-hash.ts). Appending locks the chain head so two writers
 * cannot both take the same seq.
 */
import { sql } from 'kysely';
import { eventHash } from '../audit-hash.js';
import type { Dialect, Executor } from '../database.js';
import type { AuditEventTable, AuditRow } from '../schema.js';

/** An event before it has its place in the chain. */
export type AuditDraft = Omit<AuditEventTable, 'seq' | 'prevHash' | 'hash'>;

export const auditRepository = {
  /** Appends `drafts` to the chain. `ex` must be a transaction: the head stays locked until it commits. */
  async append(ex: Executor, dialect: Dialect, drafts: AuditDraft[]) {
    if (drafts.length === 0) return;
    const q = ex.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1);
    // SQLite's write transaction already serialises writers; PostgreSQL needs the row lock.
    const head = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirstOrThrow();
    let { seq, hash } = head;
    const rows: AuditEventTable[] = drafts.map((d) => {
      seq += 1;
      const row = { ...d, seq, prevHash: hash };
      hash = eventHash(row);
      return { ...row, hash };
    });
    for (let i = 0; i < rows.length; i += 500)
      await ex
        .insertInto('auditEvent')
        .values(rows.slice(i, i + 500))
        .execute();
    await ex.updateTable('auditChainHead').set({ seq, hash }).where('id', '=', 1).execute();
  },

  head: (ex: Executor) => ex.selectFrom('auditChainHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst(),

  /** One page of the chain in order, from `afterSeq` (exclusive). */
  page: (ex: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> =>
    ex.selectFrom('auditEvent').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute(),

  bySeq: (ex: Executor, seq: number) => ex.selectFrom('auditEvent').selectAll().where('seq', '=', seq).executeTakeFirst(),

  byHash: (ex: Executor, hash: string) => ex.selectFrom('auditEvent').selectAll().where('hash', '=', hash).executeTakeFirst(),

  forEntity: (ex: Executor, entityType: string, entityId: string) =>
    ex
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityType', '=', entityType)
      .where('entityId', '=', entityId)
      .orderBy('at')
      .orderBy('id')
      .execute(),

  /** Newest first; with an indicator, only its value events (entity id "unit/set/indicator/asOf"), filtered before the limit. */
  forUnit: (ex: Executor, unitCode: string, limit: number, indicatorCode?: string) => {
    let q = ex.selectFrom('auditEvent').selectAll().where('unitCode', '=', unitCode);
    if (indicatorCode) {
      const escaped = indicatorCode.replace(/[\\%_]/g, (c) => `\\${c}`);
      q = q.where('entityType', '=', 'indicator_value').where(sql<boolean>`entity_id like ${`${unitCode}/%/${escaped}/%`} escape '\\'`);
    }
    return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  },

  async count(ex: Executor) {
    const r = await ex
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
