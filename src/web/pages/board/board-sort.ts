/**
 * Sorting of the board rows. Rows arrive sorted by name once (Vietnamese collation, the only costly
 * comparison); every other order is a stable numeric sort on top, so ties stay in name order.
 */
import type { SortingState } from '@tanstack/react-table';
import type { BoardRow, Tier } from '../../api/types';

// Tiers are a set's data; the known ones keep their order, a tier a later set adds ranks above NTM.
const TIER_RANK: Record<Tier, number> = { other: 0, ntm: 1, advanced: 2, model: 3, modern: 2 };
const rank = (r: BoardRow) => (r.tier ? (TIER_RANK[r.tier] ?? 1.5) : -1);

/** `byName` must already be in Vietnamese name order. */
export function sortRows(byName: readonly BoardRow[], sorting: SortingState): readonly BoardRow[] {
  const s = sorting[0];
  if (!s || s.id === 'name') return s?.desc ? [...byName].reverse() : byName;
  const key = s.id === 'metCount' ? (r: BoardRow) => r.metCount : rank;
  const dir = s.desc ? -1 : 1;
  return [...byName].sort((a, b) => dir * (key(a) - key(b)));
}
