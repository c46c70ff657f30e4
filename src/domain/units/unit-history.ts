/**
 * Questions about the unit tree over time: which units exist on a date, a commune's profile on a
 * date (the classification values in force), and the history of a unit — its predecessors
 * and successors through mergers and splits — so data recorded on a unit that no longer exists
 * stays reachable from the unit that took it over.
 */
import type { UnitSuccession } from './unit.schema.js';

interface Dated {
  validFrom: string;
  validTo?: string | null | undefined;
}

/** validFrom and validTo are inclusive ISO dates; an absent validTo means "still valid". */
export const isValidAt = (x: Dated, date: string) =>
  x.validFrom <= date && (x.validTo === undefined || x.validTo === null || date <= x.validTo);

export const unitsAsOf = <U extends Dated>(units: readonly U[], date: string) => units.filter((u) => isValidAt(u, date));

export const EVALUATED_KINDS = new Set(['commune', 'town']);

export interface UnitHistory {
  /** Units this one came from, nearest first, transitively. */
  predecessors: { code: string; via: UnitSuccession }[];
  /** Units that took this one over, nearest first, transitively. */
  successors: { code: string; via: UnitSuccession }[];
}

function walk(
  start: string,
  links: readonly UnitSuccession[],
  from: 'predecessorCode' | 'successorCode',
  to: 'predecessorCode' | 'successorCode',
) {
  const out: { code: string; via: UnitSuccession }[] = [];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const code = queue.shift() as string;
    for (const link of links) {
      if (link[from] !== code || seen.has(link[to])) continue;
      seen.add(link[to]);
      out.push({ code: link[to], via: link });
      queue.push(link[to]);
    }
  }
  return out;
}

export function unitHistory(code: string, successions: readonly UnitSuccession[]): UnitHistory {
  return {
    predecessors: walk(code, successions, 'successorCode', 'predecessorCode'),
    successors: walk(code, successions, 'predecessorCode', 'successorCode'),
  };
}

/** Every unit below `code` valid on `date` (children, grandchildren …). */
export function descendantsAsOf<U extends Dated & { code: string; parentCode?: string | null | undefined }>(
  units: readonly U[],
  code: string,
  date: string,
): U[] {
  return descendants(unitsAsOf(units, date), code);
}

/** Every unit below `code` among `units`, whatever their dates (children, grandchildren …). */
export function descendants<U extends { code: string; parentCode?: string | null | undefined }>(units: readonly U[], code: string): U[] {
  const byParent = new Map<string, U[]>();
  for (const u of units) {
    if (!u.parentCode) continue;
    const list = byParent.get(u.parentCode) ?? [];
    list.push(u);
    byParent.set(u.parentCode, list);
  }
  const out: U[] = [];
  const queue = [code];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.shift() as string) ?? []) {
      out.push(child);
      queue.push(child.code);
    }
  }
  return out;
}

/** The date to show a unit on when none is asked for: today, or its last day if it no longer exists. */
export const defaultAsOf = (unit: { validTo?: string | null | undefined }, today: string) =>
  unit.validTo && unit.validTo < today ? unit.validTo : today;
