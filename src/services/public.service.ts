/** The public page of a commune: criteria met and tier — no values, no people, no evidence. */

import { AppError } from '../domain/errors.js';
import { defaultAsOf } from '../domain/units/unit-history.js';
import { board } from './board.service.js';
import { type ServiceContext, SYSTEM_ACTOR } from './context.js';
import { getUnit, requireValidAt } from './unit.service.js';

export async function publicCommune(ctx: ServiceContext, unitCode: string, requestedAsOf: string | undefined) {
  const unit = await getUnit(ctx, unitCode);
  const asOf = requestedAsOf ?? defaultAsOf(unit, ctx.now().slice(0, 10));
  if (unit.kind !== 'commune') {
    throw new AppError('public.not_a_commune', 'not_found', {
      vi: 'Trang công khai chỉ có cho xã',
      en: 'Public pages exist for communes only',
    });
  }
  await requireValidAt(ctx, unit, asOf);
  // Read as the system: the result is reduced below to what anyone may see.
  const b = await board({ ...ctx, actor: SYSTEM_ACTOR }, { unitCode: unit.code, asOf });
  const row = b.rows[0];
  return {
    unit: { code: unit.code, name: unit.name },
    asOf,
    demo: b.set.demo === true,
    metCount: row?.metCount ?? 0,
    criteriaCount: b.set.criteria.length,
    tier: row?.tier ?? null,
    criteria: b.set.criteria.map((c, i) => ({ number: c.number, name: c.name, status: row?.criteria[i] ?? 'incomplete' })),
  };
}
