/**
 * The province's (or district's) list of recognised communes on a date and whether each keeps its title:
 * the board of the area on that date (the same evaluation everyone sees), reduced to the communes holding
 * a title, the ones meeting the revocation rule first. A title of a tier other than the board's (a nâng cao
 * title on an NTM board) is listed but not judged here (risk null): not yet built.
 */
import { AppError } from '../../domain/errors.js';
import { type BoardRow, board } from '../board.service.js';
import type { ServiceContext } from '../context.js';
import { type JudgedTitle, titlesOf } from './title-status.js';

export interface TitleRiskRow {
  unitCode: string;
  name: string;
  parentCode: string | null;
  metCount: number;
  criteriaCount: number;
  titles: JudgedTitle[];
  /** The worst verdict among its titles; null when none could be judged. */
  state: 'kept' | 'at_risk' | 'revoke' | null;
}

const ORDER = { revoke: 0, at_risk: 1, kept: 2 } as const;
const worst = (titles: JudgedTitle[]) =>
  titles.reduce<TitleRiskRow['state']>((w, t) => {
    const s = t.risk?.state ?? null;
    if (s === null) return w;
    return w === null || ORDER[s] < ORDER[w] ? s : w;
  }, null);

export async function titleRisks(ctx: ServiceContext, input: { unitCode: string; date: string }) {
  const b = await board(ctx, { unitCode: input.unitCode, asOf: input.date });
  const toRow = (r: BoardRow): TitleRiskRow => ({
    unitCode: r.unitCode,
    name: r.name,
    parentCode: r.parentCode,
    metCount: r.metCount,
    criteriaCount: b.set.criteria.length,
    titles: r.titles,
    state: worst(r.titles),
  });
  const rows = b.rows.filter((r) => r.titles.length > 0).map(toRow);
  const rank = (s: TitleRiskRow['state']) => (s === null ? 3 : ORDER[s]);
  // Stable: within a verdict the board's (Vietnamese) order is kept.
  rows.sort((a, c) => rank(a.state) - rank(c.state));
  const count = (s: TitleRiskRow['state']) => rows.filter((r) => r.state === s).length;
  return {
    scope: b.scope,
    asOf: b.asOf,
    set: { code: b.set.code, name: b.set.name, demo: b.set.demo === true },
    notCounted: b.notCounted,
    communes: rows,
    counts: { recognised: rows.length, revoke: count('revoke'), atRisk: count('at_risk'), kept: count('kept'), unjudged: count(null) },
  };
}

/**
 * One commune's titles on a date, judged against its row of the board (the commune's own board: the same
 * evaluation the district sees). When it cannot be evaluated on that date (not yet or no longer existing,
 * no set) the titles are listed unjudged.
 */
export async function unitTitles(ctx: ServiceContext, unitCode: string, asOf: string): Promise<JudgedTitle[]> {
  try {
    const b = await board(ctx, { unitCode, asOf });
    const row = b.rows.find((r) => r.unitCode === unitCode);
    if (row) return row.titles;
  } catch (e) {
    if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'unauthenticated') throw e;
  }
  return ((await titlesOf(ctx.database.db, [unitCode], asOf)).get(unitCode) ?? []).map((t) => ({ ...t, risk: null }));
}
