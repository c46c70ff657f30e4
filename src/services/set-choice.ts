/**
 * Which set a stateless evaluation uses when the caller names none: the set in force for the given
 * unit on the date (its own or its province's assignment), otherwise the national set in force on
 * the date (QĐ 318 until 14/02/2026, QĐ 51 from 15/02/2026). The choice is returned with its reason.
 */

import { setsInForce } from '../catalog/index.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { Provenance, Tier } from '../domain/catalog/criteria-set.schema.js';
import { setsInForceAt } from '../domain/catalog/set-in-force.js';
import { ancestorsOf } from './access.js';
import type { ServiceContext } from './context.js';
import { assignedSets, isBaseSet, noSetError } from './set-assignment.js';
import { getUnit, requireValidAt } from './unit.service.js';

export interface SetChoice {
  setCode: string;
  /** request: named by the caller; unit: assigned to the unit or an ancestor; national: in force nationally. */
  by: 'request' | 'unit' | 'national';
  unitCode?: string;
  /** For a national choice: where the in-force period comes from. */
  provenance?: Provenance;
}

/** The NTM set assigned to a unit (or its nearest ancestor) on a date, if any. */
export async function assignedNtmSet(ctx: ServiceContext, unitCode: string, date: string) {
  const ex = ctx.database.db;
  const chain = await unitRepository.getMany(ex, [unitCode, ...(await ancestorsOf(ctx, unitCode))]);
  const row = chain.find((u) => u.code === unitCode);
  if (!row) return undefined;
  const all = new Map(chain.map((u) => [u.code, u]));
  return (await assignedSets(ex, [row], all, date)).get(row.code)?.find(isBaseSet)?.setCode;
}

/** The national NTM set in force on `date` among the sets present in the database. */
export async function nationalNtmSet(ctx: ServiceContext, date: string) {
  const tiers = new Map((await criteriaSetRepository.list(ctx.database.db)).map((s) => [s.code, s.tier as Tier]));
  return setsInForceAt(setsInForce(), date, (c) => tiers.get(c), 'ntm')[0];
}

export async function chooseSet(ctx: ServiceContext, input: { setCode?: string | undefined; unitCode?: string | undefined; asOf: string }) {
  if (input.setCode) return { setCode: input.setCode, by: 'request' } satisfies SetChoice;
  if (input.unitCode) {
    const unit = await getUnit(ctx, input.unitCode);
    await requireValidAt(ctx, unit, input.asOf);
    const setCode = await assignedNtmSet(ctx, unit.code, input.asOf);
    if (!setCode) throw noSetError(unit, input.asOf);
    return { setCode, by: 'unit', unitCode: unit.code } satisfies SetChoice;
  }
  const national = await nationalNtmSet(ctx, input.asOf);
  if (!national) throw noSetError(null, input.asOf);
  return { setCode: national.setCode, by: 'national', provenance: national.provenance } satisfies SetChoice;
}
