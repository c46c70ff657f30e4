/**
 * The tier a commune reaches across several sets: NTM, then advanced (which requires NTM), then
 * model (which requires advanced). The chain comes from each set's `requiresTier`, not from code.
 */
import type { Tier } from '../catalog/criteria-set.schema.js';
import type { CommuneEvaluation } from './evaluation.types.js';

export interface TierInput {
  tier: Tier;
  requiresTier?: Tier | undefined;
  tierReached: Tier | null;
}

/** The highest tier whose set is fully met and whose prerequisite chain is met too. */
export function highestTier(results: readonly TierInput[]): Tier | null {
  const reached = new Set<Tier>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of results) {
      if (reached.has(r.tier) || r.tierReached === null) continue;
      if (r.requiresTier === undefined || reached.has(r.requiresTier)) {
        reached.add(r.tier);
        changed = true;
      }
    }
  }
  let best: Tier | null = null;
  for (const r of results) {
    if (!reached.has(r.tier)) continue;
    if (best === null || depth(results, r.tier) > depth(results, best)) best = r.tier;
  }
  return best;
}

function depth(results: readonly TierInput[], tier: Tier, seen = new Set<Tier>()): number {
  const r = results.find((x) => x.tier === tier);
  if (!r?.requiresTier || seen.has(tier)) return 0;
  seen.add(tier);
  return 1 + depth(results, r.requiresTier, seen);
}

export const tierInput = (e: CommuneEvaluation, requiresTier?: Tier): TierInput => ({
  tier: e.tier,
  requiresTier,
  tierReached: e.tierReached,
});
