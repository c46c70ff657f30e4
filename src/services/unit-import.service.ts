/**
 * Keeps the unit tree current from the official list (GSO "danh mục đơn vị hành chính"): the file is
 * read and compared with the stored units; a dry run answers what would change and writes nothing; an
 * import writes exactly those changes — all or nothing, in one transaction with one audit row per unit
 * and per successor link. Any problem in the file means nothing is written. Only the administrator.
 * The list's "Vùng" column stands for the unit's "region" classification: a new unit gets it from its
 * first day; a changed region corrects the unit's current region classification (it is not a dated change).
 */
import type { Executor } from '../db/database.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { readUnitsFile } from '../documents/units-file-reader.js';
import { AppError } from '../domain/errors.js';
import { normalizeForSearch } from '../domain/text/vietnamese.js';
import type { UnitSuccession } from '../domain/units/unit.schema.js';
import { type NewUnit, planUnitImport, type UnitChange, type UnitImportPlan } from '../domain/units/unit-import-plan.js';
import type { RowIssue } from '../domain/units/unit-import-rows.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { type AuditInput, audit, inTransaction, newId, type ServiceContext } from './context.js';

export interface UnitImportInput {
  file: Buffer;
  dryRun?: boolean | undefined;
}

export type UnitImportResult = Omit<UnitImportPlan, 'issues'> & {
  sheet: string;
  ignoredColumns: string[];
  dryRun: boolean;
  /** Rows, successions and audit rows written (0 on a dry run). */
  written: { units: number; successions: number; auditRows: number };
};

const ref = (i: RowIssue) => `${i.sheet}!${i.column}${i.row > 0 ? i.row : ''}`;

export const unitImportFailed = (issues: RowIssue[]) =>
  new AppError(
    'unit_import.invalid',
    'invalid',
    {
      vi: `Tệp danh mục đơn vị có ${issues.length} lỗi; chưa ghi gì. Sửa các ô được nêu rồi nhập lại`,
      en: `The list of units has ${issues.length} problem(s); nothing was written. Fix the cells listed and import again`,
    },
    issues.slice(0, 500).map((i) => ({ path: ref(i), message: `${i.vi} / ${i.en}` })),
    { issues: issues.slice(0, 2000).map((i) => ({ ...i, cell: ref(i) })), total: issues.length },
  );

/** New units ordered parents first, so each row's parent exists when it is inserted. */
function parentsFirst(units: NewUnit[]): NewUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: NewUnit[] = [];
  const placed = new Set<string>();
  const visit = (u: NewUnit, depth: number) => {
    if (placed.has(u.code) || depth > 20) return;
    placed.add(u.code);
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    if (parent) visit(parent, depth + 1);
    out.push(u);
  };
  for (const u of units) visit(u, 0);
  return out;
}

const IMPORTED = JSON.stringify({ source: 'unit_import', verified: false });

async function write(ctx: ServiceContext, trx: Executor, plan: UnitImportPlan) {
  const created = parentsFirst(plan.created);
  await unitRepository.insertUnits(
    trx,
    created.map(({ region: _, ...u }) => ({ ...u, nameSearch: normalizeForSearch(u.name), provenance: IMPORTED })),
  );
  const regionRow = (unitCode: string, value: string, validFrom: string) => ({
    id: newId(),
    unitCode,
    dimension: 'region',
    value,
    validFrom,
    validTo: null,
    legalBasis: null,
    provenance: IMPORTED,
  });
  await unitRepository.insertClassifications(
    trx,
    created.flatMap((u) => (u.region ? [regionRow(u.code, u.region, u.validFrom)] : [])),
  );
  for (const c of plan.changed) {
    const { region, ...fields } = c.after;
    const patch: Record<string, string | null> = { ...fields };
    if (typeof c.after.name === 'string') patch.nameSearch = normalizeForSearch(c.after.name);
    if (Object.keys(patch).length > 0) await unitRepository.updateUnit(trx, c.code, patch);
    if (typeof region === 'string') await correctRegion(trx, c.code, region);
  }
  const links = plan.successions.map((s) => ({
    id: newId(),
    ...s,
    provenance: JSON.stringify({ source: 'unit_import', verified: false }),
  }));
  await unitRepository.insertSuccessions(trx, links);
  const events: AuditInput[] = [
    ...created.map((u) => ({
      action: 'unit.import_create',
      entityType: 'administrative_unit',
      entityId: u.code,
      unitCode: u.code,
      after: u,
    })),
    ...plan.changed.map((c: UnitChange) => ({
      action: 'unit.import_update',
      entityType: 'administrative_unit',
      entityId: c.code,
      unitCode: c.code,
      before: c.before,
      after: c.after,
    })),
    ...links.map((l) => ({
      action: 'unit_succession.import',
      entityType: 'unit_succession',
      entityId: l.id,
      unitCode: l.successorCode,
      after: {
        predecessorCode: l.predecessorCode,
        successorCode: l.successorCode,
        kind: l.kind,
        effectiveDate: l.effectiveDate,
        legalBasis: l.legalBasis,
      },
    })),
  ];
  await audit(ctx, trx, events);
  return { units: created.length + plan.changed.length, successions: links.length, auditRows: events.length };
}

/** The unit's current region classification takes the new value (a new one from the unit's first day if it had none). */
async function correctRegion(trx: Executor, unitCode: string, value: string) {
  const rows = (await unitRepository.classifications(trx, [unitCode])).filter((r) => r.dimension === 'region');
  const current = rows.at(-1);
  if (current) await unitRepository.setClassificationValue(trx, current.id, value);
  else {
    const unit = await unitRepository.get(trx, unitCode);
    await unitRepository.insertClassifications(trx, [
      {
        id: newId(),
        unitCode,
        dimension: 'region',
        value,
        validFrom: unit?.validFrom ?? '',
        validTo: null,
        legalBasis: null,
        provenance: IMPORTED,
      },
    ]);
  }
}

/** The region codes the stored criteria sets declare. */
async function regionCodes(ctx: ServiceContext, ex: Executor) {
  const codes = new Set<string>();
  for (const s of await criteriaSetRepository.list(ex))
    for (const v of (await getSet(ctx, s.code, ex)).classifications.find((d) => d.code === 'region')?.values ?? []) codes.add(v.code);
  return [...codes];
}

async function planFor(ctx: ServiceContext, ex: Executor, file: Awaited<ReturnType<typeof readUnitsFile>>) {
  const regions = new Map<string, string>();
  for (const r of await unitRepository.allClassifications(ex)) if (r.dimension === 'region') regions.set(r.unitCode, r.value);
  const stored = (await unitRepository.listAll(ex)).map((u) => ({ ...u, region: regions.get(u.code) ?? null }));
  const links: UnitSuccession[] = (await unitRepository.successions(ex)).map((l) => ({
    predecessorCode: l.predecessorCode,
    successorCode: l.successorCode,
    kind: l.kind as UnitSuccession['kind'],
    effectiveDate: l.effectiveDate,
    legalBasis: l.legalBasis,
  }));
  return planUnitImport(file.rows, stored, links, await regionCodes(ctx, ex));
}

export async function importUnits(ctx: ServiceContext, input: UnitImportInput): Promise<UnitImportResult> {
  await authorize(ctx, 'units.manage', null);
  const file = await readUnitsFile(input.file);
  const dryRun = input.dryRun === true;
  const run = async (ex: Executor) => {
    const plan = await planFor(ctx, ex, file);
    const issues = [...file.issues, ...plan.issues];
    if (issues.length > 0) throw unitImportFailed(issues);
    const written = dryRun ? { units: 0, successions: 0, auditRows: 0 } : await write(ctx, ex, plan);
    const { issues: _, ...rest } = plan;
    return { ...rest, rows: file.rowCount, sheet: file.sheet, ignoredColumns: file.ignoredColumns, dryRun, written };
  };
  if (dryRun) return run(ctx.database.db);
  // Read and compare inside the transaction, so what is written is what was compared.
  return inTransaction(ctx, run);
}
