/** Audit events: append-only; written by services in the same transaction as the change. */
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

  forUnit: (ex: Executor, unitCode: string, limit: number) =>
    ex
      .selectFrom('auditEvent')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),

  async count(ex: Executor) {
    const r = await ex
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
