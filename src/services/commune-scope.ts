/**
 * The communes a board covers: those under a unit on a date (the unit itself when it is a commune),
 * or every commune of the country — after checking the actor may read there.
 */

import { unitRepository } from '../db/repositories/unit.repository.js';
import type { UnitRow } from '../db/schema.js';
import { descendantsAsOf } from '../domain/units/unit-history.js';
import { authorize } from './access.js';
import type { ServiceContext } from './context.js';
import { getUnit, requireValidAt, type Unit } from './unit.service.js';

/** The kinds of unit that are evaluated against a commune set (towns follow urban standards). */
export const COMMUNE_KINDS = new Set(['commune']);

export async function communesInScope(ctx: ServiceContext, unitCode: string | undefined, asOf: string) {
  const all = await unitRepository.listAsOf(ctx.database.db, asOf);
  const byCode = new Map(all.map((u) => [u.code, u]));
  let scope: Unit | null = null;
  let communes: UnitRow[];
  if (unitCode) {
    scope = await getUnit(ctx, unitCode);
    await authorize(ctx, 'read', scope.code);
    await requireValidAt(ctx, scope, asOf);
    const self = byCode.get(scope.code);
    communes = [
      ...(self && COMMUNE_KINDS.has(self.kind) ? [self] : []),
      ...descendantsAsOf(all, scope.code, asOf).filter((u) => COMMUNE_KINDS.has(u.kind)),
    ];
  } else {
    await authorize(ctx, 'read', null);
    communes = all.filter((u) => COMMUNE_KINDS.has(u.kind));
  }
  return { scope, communes, byCode };
}
