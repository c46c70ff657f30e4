/**
 * Which criteria set applies to a commune on a date: the assignment on the commune itself or on the
 * nearest ancestor (a province chooses its set for all its communes), one per tier.
 */

import type { Executor } from '../db/database.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { UnitRow } from '../db/schema.js';
import type { Tier } from '../domain/catalog/criteria-set.schema.js';
import { AppError } from '../domain/errors.js';
import { formatDateVi } from '../domain/text/vietnamese.js';

/** A set that requires no other tier is a commune's base set (xã NTM): the board and evaluations start from it. */
export const isBaseSet = (a: { requiresTier?: string | null | undefined }) => !a.requiresTier;

export interface AssignedSet {
  setCode: string;
  tier: Tier;
  requiresTier: Tier | undefined;
}

/** For each unit: the sets in force on `date`, nearest assignment per tier. */
export async function assignedSets(ex: Executor, units: readonly UnitRow[], allUnits: ReadonlyMap<string, UnitRow>, date: string) {
  const chains = new Map<string, string[]>();
  const needed = new Set<string>();
  for (const u of units) {
    const chain: string[] = [];
    for (let cur: UnitRow | undefined = u; cur && chain.length < 10; cur = cur.parentCode ? allUnits.get(cur.parentCode) : undefined)
      chain.push(cur.code);
    chains.set(u.code, chain);
    for (const c of chain) needed.add(c);
  }
  const assignments = await unitRepository.setAssignments(ex, [...needed], date);
  const sets = new Map((await criteriaSetRepository.list(ex)).map((s) => [s.code, s]));
  const byUnit = new Map<string, AssignedSet[]>();
  for (const a of assignments) {
    const s = sets.get(a.setCode);
    if (!s) continue;
    const list = byUnit.get(a.unitCode) ?? [];
    list.push({ setCode: s.code, tier: s.tier as Tier, requiresTier: (s.requiresTier ?? undefined) as Tier | undefined });
    byUnit.set(a.unitCode, list);
  }
  const result = new Map<string, AssignedSet[]>();
  for (const [code, chain] of chains) {
    const perTier = new Map<Tier, AssignedSet>();
    for (const c of chain) for (const a of byUnit.get(c) ?? []) if (!perTier.has(a.tier)) perTier.set(a.tier, a);
    result.set(code, [...perTier.values()]);
  }
  return result;
}

/**
 * The NTM sets the communes use on a date, most communes first (ties: first seen), with their counts.
 * A board counts the first and says what it leaves out; it never mixes the criteria of two sets.
 */
export function ntmSetsByUse(communes: readonly { code: string }[], assigned: ReadonlyMap<string, AssignedSet[]>) {
  const perSet = new Map<string, number>();
  for (const c of communes) {
    const code = assigned.get(c.code)?.find(isBaseSet)?.setCode;
    if (code) perSet.set(code, (perSet.get(code) ?? 0) + 1);
  }
  return [...perSet.entries()].sort((a, b) => b[1] - a[1]).map(([setCode, communes]) => ({ setCode, communes }));
}

const KIND_VI: Record<string, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã', town: 'thị trấn', ward: 'phường' };
const KIND_EN: Record<string, string> = { province: 'province', district: 'district', commune: 'commune', town: 'town', ward: 'ward' };

/**
 * No criteria set applies to the unit (null: the whole country) on the date: a sentence a person reads,
 * naming the unit and the date as they know them (dd/mm/yyyy), not codes.
 */
export function noSetError(unit: { code: string; name: string; kind: string } | null, date: string) {
  const vi = unit ? `${KIND_VI[unit.kind] ?? 'đơn vị'} ${unit.name}` : 'cả nước';
  const en = unit ? `${unit.name} ${KIND_EN[unit.kind] ?? 'unit'}` : 'the country';
  const day = formatDateVi(date);
  return new AppError(
    'evaluation.no_criteria_set',
    'invalid',
    {
      vi: `Chưa có bộ tiêu chí nông thôn mới nào áp dụng cho ${vi} vào ngày ${day}. Hãy chọn một ngày khác hoặc chỉ định bộ tiêu chí áp dụng.`,
      en: `No new-rural criteria set applies to ${en} on ${day}. Pick another date or name the criteria set that applies.`,
    },
    [{ path: 'set', message: 'required' }],
  );
}
