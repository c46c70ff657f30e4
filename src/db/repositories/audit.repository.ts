/** Audit events: append-only; written by services in the same transaction as the change. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import type { AuditEventTable } from '../schema.js';

export const auditRepository = {
  async insert(ex: Executor, rows: AuditEventTable[]) {
    for (let i = 0; i < rows.length; i += 500)
      await ex
        .insertInto('auditEvent')
        .values(rows.slice(i, i + 500))
        .execute();
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
