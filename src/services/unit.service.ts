/**
 * Administrative units over time: one unit, the units valid on a date, the children of a unit on a
 * date, and a unit's history (predecessors and successors, with how much data each one holds, so
 * data of a merged commune is reachable from the commune that took it over).
 */

import type { Executor } from '../db/database.js';
import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { UnitClassificationTable, UnitRow } from '../db/schema.js';
import { AppError, notFound } from '../domain/errors.js';
import { normalizeForSearch, sortVi } from '../domain/text/vietnamese.js';
import { type AdministrativeUnit, datedClassifications, type UnitSuccession, type UnitTree } from '../domain/units/unit.schema.js';
import { descendants, isValidAt, unitHistory } from '../domain/units/unit-history.js';
import { authorize } from './access.js';
import { audit, newId, type ServiceContext } from './context.js';
import { cachedRead } from './read-cache.js';

/** A dated classification as the API shows it. */
export interface UnitClassificationOut {
  dimension: string;
  value: string;
  validFrom: string;
  validTo?: string;
  legalBasis?: string;
}

export type Unit = Omit<AdministrativeUnit, 'provenance' | 'classifications'> & {
  classifications: UnitClassificationOut[];
  /** Kept for clients written when a unit had one region: the latest "region" classification. */
  region?: string;
  /** Kept for clients: the "special-status" classifications. */
  statuses: { status: string; validFrom: string; validTo?: string; legalBasis?: string }[];
};

type ClassificationRow = Pick<UnitClassificationTable, 'unitCode' | 'dimension' | 'value' | 'validFrom' | 'validTo' | 'legalBasis'>;

export function toUnit(row: UnitRow, rows: readonly ClassificationRow[]): Unit {
  const classifications: UnitClassificationOut[] = rows
    .filter((c) => c.unitCode === row.code)
    .map((c) => ({
      dimension: c.dimension,
      value: c.value,
      validFrom: c.validFrom,
      ...(c.validTo ? { validTo: c.validTo } : {}),
      ...(c.legalBasis ? { legalBasis: c.legalBasis } : {}),
    }));
  const region = classifications.filter((c) => c.dimension === 'region').at(-1)?.value;
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as Unit['kind'],
    ...(row.parentCode ? { parentCode: row.parentCode } : {}),
    ...(region ? { region } : {}),
    classifications,
    statuses: classifications
      .filter((c) => c.dimension === 'special-status')
      .map(({ value, dimension: _, ...dates }) => ({ status: value, ...dates })),
    validFrom: row.validFrom,
    ...(row.validTo ? { validTo: row.validTo } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

export const unitNotFound = (code: string) =>
  notFound('unit.not_found', { vi: `Không có đơn vị hành chính mã "${code}"`, en: `No administrative unit with code "${code}"` }, { code });

export async function getUnit(ctx: ServiceContext, code: string, ex: Executor = ctx.database.db): Promise<Unit> {
  const load = async () => {
    const row = await unitRepository.get(ex, code);
    return row ? toUnit(row, await unitRepository.classifications(ex, [code])) : null;
  };
  // Inside a transaction read fresh; otherwise units change rarely and every write clears the cache.
  const unit = ex === ctx.database.db ? await cachedRead(ctx.database, `unit|${code}`, load) : await load();
  if (!unit) throw unitNotFound(code);
  return unit;
}

/** Throws `unit.not_valid_at` (with its validity and successors) when the unit did not exist on `date`. */
export async function requireValidAt(ctx: ServiceContext, unit: Unit, date: string) {
  if (isValidAt(unit, date)) return;
  const successors = unitHistory(unit.code, await loadSuccessions(ctx.database.db)).successors.map((s) => s.code);
  const range = `${unit.validFrom} – ${unit.validTo ?? '…'}`;
  throw new AppError(
    'unit.not_valid_at',
    'invalid',
    {
      vi: `Đơn vị "${unit.name}" (${unit.code}) không tồn tại vào ngày ${date}; hiệu lực ${range}${successors.length ? `; đơn vị kế tiếp: ${successors.join(', ')}` : ''}`,
      en: `Unit "${unit.name}" (${unit.code}) did not exist on ${date}; valid ${range}${successors.length ? `; successors: ${successors.join(', ')}` : ''}`,
    },
    [{ path: 'asOf', message: `outside ${range}` }],
    { code: unit.code, validFrom: unit.validFrom, validTo: unit.validTo ?? null, successors },
  );
}

async function loadSuccessions(ex: Executor): Promise<UnitSuccession[]> {
  return (await unitRepository.successions(ex)).map((l) => ({
    predecessorCode: l.predecessorCode,
    successorCode: l.successorCode,
    kind: l.kind as UnitSuccession['kind'],
    effectiveDate: l.effectiveDate,
    legalBasis: l.legalBasis,
  }));
}

async function withClassifications(ex: Executor, rows: UnitRow[]): Promise<Unit[]> {
  const statuses = await unitRepository.classifications(
    ex,
    rows.map((r) => r.code),
  );
  return sortVi(
    rows.map((r) => toUnit(r, statuses)),
    (u) => u.name,
  );
}

export async function unitsAsOf(ctx: ServiceContext, date: string, filter: { kind?: string | undefined; q?: string | undefined } = {}) {
  const ex = ctx.database.db;
  let rows = await unitRepository.listAsOf(ex, date);
  if (filter.kind) rows = rows.filter((r) => r.kind === filter.kind);
  if (filter.q) {
    const q = normalizeForSearch(filter.q);
    rows = rows.filter((r) => r.nameSearch.includes(q));
  }
  return withClassifications(ex, rows);
}

/** A unit's row and every row below it, whatever their dates (no authorization: callers have checked). */
export async function unitsUnder(ctx: ServiceContext, rootCode: string): Promise<UnitRow[]> {
  const all = await unitRepository.listAll(ctx.database.db);
  const root = all.find((u) => u.code === rootCode);
  return [...(root ? [root] : []), ...descendants(all, rootCode)];
}

export async function childrenOf(ctx: ServiceContext, code: string, date: string) {
  const unit = await getUnit(ctx, code);
  await requireValidAt(ctx, unit, date);
  return { unit, children: await withClassifications(ctx.database.db, await unitRepository.children(ctx.database.db, code, date)) };
}

export interface HistoryEntry {
  unit: Unit;
  via: UnitSuccession;
  valueCount: number;
}

export async function historyOf(ctx: ServiceContext, code: string) {
  const ex = ctx.database.db;
  const unit = await getUnit(ctx, code);
  await authorize(ctx, 'read', unit.code);
  const h = unitHistory(code, await loadSuccessions(ex));
  const codes = [code, ...h.predecessors.map((p) => p.code), ...h.successors.map((s) => s.code)];
  const rows = await unitRepository.getMany(ex, codes);
  const statuses = await unitRepository.classifications(ex, codes);
  const counts = new Map((await indicatorValueRepository.countForUnits(ex, codes)).map((c) => [c.unitCode, c.n]));
  const entry = (x: { code: string; via: UnitSuccession }): HistoryEntry => {
    const row = rows.find((r) => r.code === x.code);
    if (!row) throw unitNotFound(x.code);
    return { unit: toUnit(row, statuses), via: x.via, valueCount: counts.get(x.code) ?? 0 };
  };
  return { unit, valueCount: counts.get(code) ?? 0, predecessors: h.predecessors.map(entry), successors: h.successors.map(entry) };
}

/** Loads a unit tree (parents before children), with classifications and successions, audited. */
export async function importUnitTree(ctx: ServiceContext, ex: Executor, tree: UnitTree) {
  const byCode = new Map(tree.units.map((u) => [u.code, u]));
  const ordered: AdministrativeUnit[] = [];
  const placed = new Set<string>();
  const visit = (u: AdministrativeUnit) => {
    if (placed.has(u.code)) return;
    placed.add(u.code);
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    if (parent) visit(parent);
    ordered.push(u);
  };
  tree.units.forEach(visit);
  await unitRepository.insertUnits(
    ex,
    ordered.map((u) => ({
      code: u.code,
      name: u.name,
      nameSearch: normalizeForSearch(u.name),
      kind: u.kind,
      parentCode: u.parentCode ?? null,
      validFrom: u.validFrom,
      validTo: u.validTo ?? null,
      note: u.note ?? null,
      provenance: u.provenance ? JSON.stringify(u.provenance) : null,
    })),
  );
  await unitRepository.insertClassifications(
    ex,
    tree.units.flatMap((u) =>
      datedClassifications(u).map((c) => ({
        id: newId(),
        unitCode: u.code,
        dimension: c.dimension,
        value: c.value,
        validFrom: c.validFrom,
        validTo: c.validTo ?? null,
        legalBasis: c.legalBasis ?? null,
        provenance: c.provenance ? JSON.stringify(c.provenance) : null,
      })),
    ),
  );
  await unitRepository.insertSuccessions(
    ex,
    tree.successions.map((s) => ({
      id: newId(),
      predecessorCode: s.predecessorCode,
      successorCode: s.successorCode,
      kind: s.kind,
      effectiveDate: s.effectiveDate,
      legalBasis: s.legalBasis,
      provenance: s.provenance ? JSON.stringify(s.provenance) : null,
    })),
  );
  await audit(ctx, ex, [
    {
      action: 'unit_tree.import',
      entityType: 'unit_tree',
      entityId: tree.code,
      after: { units: tree.units.length, successions: tree.successions.length },
    },
  ]);
}
