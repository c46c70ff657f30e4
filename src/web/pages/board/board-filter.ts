/**
 * The board's filters as plain data and one pure function: tier, min/max criteria met, and a name
 * search that ignores diacritics ("nam nung" finds "Nâm Nung", "dak" finds "Đắk Sôr").
 */
import { normalizeForSearch } from '../../../domain/text/vietnamese';
import type { BoardRow, Tier } from '../../api/types';

export type TierFilter = 'all' | 'none' | Tier;

export interface BoardFilter {
  tier: TierFilter;
  min: number | null;
  max: number | null;
  q: string;
}

export const EMPTY_FILTER: BoardFilter = { tier: 'all', min: null, max: null, q: '' };

export const isFiltering = (f: BoardFilter) => f.tier !== 'all' || f.min !== null || f.max !== null || f.q.trim() !== '';

export function filterRows(rows: readonly BoardRow[], f: BoardFilter): readonly BoardRow[] {
  if (!isFiltering(f)) return rows;
  const q = normalizeForSearch(f.q);
  return rows.filter((r) => {
    if (f.tier === 'none' ? r.tier !== null : f.tier !== 'all' && r.tier !== f.tier) return false;
    if (f.min !== null && r.metCount < f.min) return false;
    if (f.max !== null && r.metCount > f.max) return false;
    return q === '' || normalizeForSearch(r.name).includes(q) || r.unitCode.includes(q);
  });
}

/** Communes met per criterion among the rows shown. */
export function metPerCriterion(rows: readonly BoardRow[], criteriaCount: number): number[] {
  const out = new Array<number>(criteriaCount).fill(0);
  for (const r of rows) {
    r.criteria.forEach((s, i) => {
      if (s === 'met') out[i] = (out[i] ?? 0) + 1;
    });
  }
  return out;
}

export const average = (rows: readonly BoardRow[]) => (rows.length === 0 ? null : rows.reduce((s, r) => s + r.metCount, 0) / rows.length);
