/** The audit trail of a commune (optionally one indicator): who, when, what, before and after. */
import { auditRepository } from '../db/repositories/audit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import { authorize } from './access.js';
import type { ServiceContext } from './context.js';

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

export async function unitAudit(
  ctx: ServiceContext,
  input: { unitCode: string; indicatorCode?: string | undefined; limit?: number | undefined },
) {
  await authorize(ctx, 'audit.read', input.unitCode);
  const rows = await auditRepository.forUnit(ctx.database.db, input.unitCode, input.limit ?? 500, input.indicatorCode);
  const names = await userRepository.displayNames(
    ctx.database.db,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: names.get(r.actorId) ?? r.actorId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: parse(r.before),
    after: parse(r.after),
  }));
}
