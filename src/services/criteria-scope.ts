/**
 * A department's criterion numbers mean the criteria of the set its scope names, and of every set of
 * the same programme phase (QĐ 318, its advanced/model sets and province sets derived from them share
 * 2021-2025 numbering; QĐ 51 has its own). The phase is read from the set document, not from code.
 */

import type { Executor } from '../db/database.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import type { ServiceContext } from './context.js';
import { cachedRead } from './read-cache.js';

/** "2021-2025" for a set of that phase; a set that is not in the catalogue matches nothing. */
export async function phaseOf(ctx: ServiceContext, setCode: string, ex: Executor = ctx.database.db): Promise<string> {
  const load = async () => {
    const row = await criteriaSetRepository.get(ex, setCode);
    if (!row) return `unknown:${setCode}`;
    const { phase } = JSON.parse(row.document) as { phase: { fromYear: number; toYear: number } };
    return `${phase.fromYear}-${phase.toYear}`;
  };
  return ex === ctx.database.db ? cachedRead(ctx.database, `set-phase|${setCode}`, load) : load();
}

/** The principal for a policy check: the actor with the phase its criterion scope is numbered in. */
export async function scopedPrincipal<T extends { criteriaSet?: string | null | undefined }>(ctx: ServiceContext, actor: T, ex?: Executor) {
  return actor.criteriaSet ? { ...actor, criteriaPhase: await phaseOf(ctx, actor.criteriaSet, ex) } : actor;
}
