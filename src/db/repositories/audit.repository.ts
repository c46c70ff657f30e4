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

/** What an audit log page asks for; every field narrows. */
export interface AuditFilter {
  unitCodes?: readonly string[] | undefined;
  actions?: readonly string[] | undefined;
  excludeActions?: readonly string[] | undefined;
  actorId?: string | undefined;
  /** Events by this user or about this user (their own sign-ins and password changes). */
  actorOrSubject?: string | undefined;
  entityType?: string | undefined;
  /** LIKE patterns on entity_id (any may match), `\\` escaping. */
  entityIdLikeAny?: readonly string[] | undefined;
  fromAt?: string | undefined;
  toAt?: string | undefined;
  beforeSeq?: number | undefined;
}

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

  /** Newest first (by seq), `limit` events before the cursor seq, filtered in SQL. */
  search: (ex: Executor, f: AuditFilter, limit: number) => {
    let q = ex.selectFrom('auditEvent').selectAll();
    if (f.unitCodes) q = f.unitCodes.length ? q.where('unitCode', 'in', f.unitCodes) : q.where(sql<boolean>`1 = 0`);
    if (f.actions) q = f.actions.length ? q.where('action', 'in', f.actions) : q.where(sql<boolean>`1 = 0`);
    if (f.excludeActions?.length) q = q.where('action', 'not in', f.excludeActions);
    if (f.actorId) q = q.where('actorId', '=', f.actorId);
    if (f.actorOrSubject)
      q = q.where((eb) =>
        eb.or([
          eb('actorId', '=', f.actorOrSubject as string),
          eb.and([eb('entityType', '=', 'user'), eb('entityId', '=', f.actorOrSubject as string)]),
        ]),
      );
    if (f.entityType) q = q.where('entityType', '=', f.entityType);
    const likes = f.entityIdLikeAny;
    if (likes) q = q.where((eb) => eb.or(likes.map((p) => sql<boolean>`entity_id like ${p} escape '\\'`)));
    if (f.fromAt) q = q.where('at', '>=', f.fromAt);
    if (f.toAt) q = q.where('at', '<', f.toAt);
    if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
    return q.orderBy('seq', 'desc').limit(limit).execute();
  },

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
