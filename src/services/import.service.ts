/**
 * Importing indicator values from the values workbook. Everything is checked before anything is
 * written — the bytes (a real .xlsx, not too large, no zip bomb), every cell, every commune (exists on
 * the date, is a commune, the user may enter its values) — and every problem is reported at its cell.
 * Then either nothing is written (mode "all" with any problem) or the valid rows are, in one
 * transaction, through the value service's writer: each value versioned and audited as if typed.
 */
import ExcelJS from 'exceljs';
import type { Executor } from '../db/database.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { readOriginal } from '../documents/values-xlsx-original.js';
import { type CellIssue, cellRef, readHead, readValuesSheet, type SheetRow } from '../documents/values-xlsx-reader.js';
import { guardXlsx } from '../documents/zip-guard.js';
import { AppError } from '../domain/errors.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { can } from '../policies/policy.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { COMMUNE_KINDS } from './commune-scope.js';
import { type AuditInput, audit, inTransaction, type ServiceContext } from './context.js';
import { type CommuneDiff, diffImport, type ImportDiff } from './import-diff.js';
import { notifyValuesWritten } from './notice/value-notices.js';
import { getUnit } from './unit.service.js';
import { writeValues } from './value.service.js';

export const IMPORT_STAGES = ['check', 'read', 'validate', 'write', 'done'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];
export type ImportProgress = (stage: ImportStage, done: number, total: number) => void;

export interface ImportInput {
  /** The area imported into: every row's commune must be inside it. */
  unitCode?: string | undefined;
  file: Buffer;
  /** "all": nothing is written unless the whole file is valid; "valid": write the valid rows, report the rest. */
  mode: 'all' | 'valid';
  /** Only validate: report what would be written. */
  dryRun?: boolean;
  note?: string;
  onProgress?: ImportProgress;
}

export interface ImportResult {
  setCode: string;
  asOf: string;
  rows: number;
  /** Rows without problems (the rows that are compared with the stored values). */
  acceptedRows: number;
  /** Values in those rows. */
  values: number;
  /** Values written (or that would be, on a dry run): the changed and the new ones. */
  written: number;
  changed: number;
  unchanged: number;
  new: number;
  conflicts: number;
  /** Per commune (with its name), in the sheet's order. */
  communes: (CommuneDiff & { name: string })[];
  issues: (CellIssue & { cell: string })[];
  dryRun: boolean;
}

const located = (issues: CellIssue[]) => issues.map((i) => ({ ...i, cell: cellRef(i) }));

export const importFailed = (issues: CellIssue[], accepted = 0) =>
  new AppError(
    'import.invalid',
    'invalid',
    {
      vi: `Tệp có ${issues.length} lỗi; chưa ghi giá trị nào. Sửa các ô được nêu rồi nhập lại`,
      en: `The file has ${issues.length} problem(s); nothing was written. Fix the cells listed and import again`,
    },
    issues.slice(0, 500).map((i) => ({ path: cellRef(i), message: `${i.vi} / ${i.en}` })),
    { issues: located(issues.slice(0, 2000)), total: issues.length, validRows: accepted },
  );

async function loadWorkbook(file: Buffer) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError(
      'import.unreadable',
      'invalid',
      {
        vi: 'Không đọc được bảng tính (tệp hỏng hoặc không đúng định dạng .xlsx)',
        en: 'The workbook cannot be read (damaged or not .xlsx)',
      },
      [{ path: 'file', message: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' }],
    );
  }
  return wb;
}

/** Checks the communes of the rows: they exist on the date, are communes, and the actor may write there. */
async function checkUnits(ctx: ServiceContext, rows: SheetRow[], asOf: string, area: string | undefined): Promise<CellIssue[]> {
  const all = await unitRepository.listAll(ctx.database.db);
  const byCode = new Map(all.map((u) => [u.code, u]));
  const issues: CellIssue[] = [];
  const at = (row: number, code: string, vi: string, en: string) => issues.push({ sheet: 'Giá trị', row, column: 'A', code, vi, en });
  for (const r of rows) {
    const u = byCode.get(r.unitCode);
    if (!u) {
      at(r.row, 'import.unknown_unit', `Không có đơn vị mã "${r.unitCode}"`, `No unit with code "${r.unitCode}"`);
      continue;
    }
    if (!COMMUNE_KINDS.has(u.kind)) {
      at(r.row, 'import.not_commune', `${u.name} (${u.code}) không phải xã`, `${u.name} (${u.code}) is not a commune`);
      continue;
    }
    if (u.validFrom > asOf || (u.validTo !== null && u.validTo < asOf)) {
      at(
        r.row,
        'import.unit_not_valid',
        `Xã ${u.name} không tồn tại vào ngày ${formatDateVi(asOf)}`,
        `Commune ${u.name} does not exist on ${asOf}`,
      );
      continue;
    }
    const ancestors: string[] = [];
    for (let p = u.parentCode; p && ancestors.length < 10; p = byCode.get(p)?.parentCode ?? null) ancestors.push(p);
    if (area && u.code !== area && !ancestors.includes(area)) {
      at(
        r.row,
        'import.outside_area',
        `Xã ${u.name} không thuộc đơn vị ${area} đã chọn`,
        `${u.name} is not inside the chosen unit ${area}`,
      );
      continue;
    }
    if (!can(ctx.actor, 'values.write', { unitCode: u.code, ancestors })) {
      at(r.row, 'import.forbidden', `Bạn không có quyền nhập số liệu của xã ${u.name}`, `You may not enter values for ${u.name}`);
    }
  }
  return issues;
}

/** May the actor import values into this area at all? Checked before the upload is read. */
export async function authorizeImport(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'values.write', unit.code);
}

/** Reads and checks the workbook: its rows, their problems, and the rows to compare with the stored values. */
async function readImport(ctx: ServiceContext, input: ImportInput, progress: ImportProgress) {
  progress('check', 0, 1);
  guardXlsx(input.file);
  progress('read', 0, 1);
  const wb = await loadWorkbook(input.file);
  const head = readHead(wb);
  if (!head.setCode || !head.asOf) throw importFailed(head.issues);
  const set = await getSet(ctx, head.setCode).catch(() => {
    throw importFailed([
      ...head.issues,
      {
        sheet: 'Thông tin',
        row: 1,
        column: 'B',
        code: 'import.unknown_set',
        vi: `Không có bộ tiêu chí "${head.setCode}"`,
        en: `No criteria set "${head.setCode}"`,
      },
    ]);
  });
  const asOf = head.asOf;
  const sheet = readValuesSheet(wb, set, (done, total) => progress('validate', done, total));
  const issues = [...head.issues, ...sheet.issues, ...(await checkUnits(ctx, sheet.rows, asOf, input.unitCode))];
  const badRows = new Set(issues.filter((i) => i.sheet === 'Giá trị').map((i) => i.row));
  // A problem in a header row or the info sheet spoils every row.
  const fileWide = issues.some((i) => i.sheet !== 'Giá trị' || i.row <= 3);
  const candidates = fileWide ? [] : sheet.rows.filter((r) => !badRows.has(r.row) && Object.keys(r.values).length > 0);
  const units = await unitRepository.getMany(
    ctx.database.db,
    candidates.map((r) => r.unitCode),
  );
  const names = new Map(units.map((u) => [u.code, u.name]));
  const diffInput = { set, asOf, columns: sheet.columns, original: readOriginal(wb), exportedAt: head.exportedAt, names };
  return { set, asOf, rowCount: sheet.rows.length, issues, fileWide, candidates, names, diffInput };
}

export async function importValues(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  if (input.unitCode) await authorizeImport(ctx, input.unitCode);
  else await authorize(ctx, 'values.write', ctx.actor.unitCode);
  const progress: ImportProgress = input.onProgress ?? (() => {});
  const { set, asOf, rowCount, issues, fileWide, candidates, names, diffInput } = await readImport(ctx, input, progress);
  /** Compares the rows with the stored values (on the executor of the write, when writing) and decides. */
  const decide = async (ex: Executor) => {
    const diff = await diffImport(ex, { ...diffInput, rows: candidates });
    const all = [...issues, ...diff.conflicts];
    if (all.length > 0 && (input.mode === 'all' || fileWide)) throw importFailed(all, candidates.length - diff.conflicts.length);
    const conflicted = new Set(diff.conflicts.map((c) => c.row));
    return { diff, all, writes: diff.writes.filter((w) => !conflicted.has(w.row.row)) };
  };
  const result = (d: Awaited<ReturnType<typeof decide>>, dryRun: boolean): ImportResult => ({
    setCode: set.code,
    asOf,
    rows: rowCount,
    acceptedRows: candidates.length - new Set(d.diff.conflicts.map((c) => c.row)).size,
    values: candidates.reduce((n, r) => n + Object.keys(r.values).length, 0),
    written: d.writes.reduce((n, w) => n + Object.keys(w.values).length, 0),
    ...totals(d.diff),
    communes: d.diff.communes.map((c) => ({ ...c, name: names.get(c.unitCode) ?? c.unitCode })),
    issues: located(d.all),
    dryRun,
  });
  if (input.dryRun) {
    const d = await decide(ctx.database.db);
    progress('done', 1, 1);
    return result(d, true);
  }
  const d0 = await decide(ctx.database.db);
  if (d0.writes.length === 0) {
    // An unchanged sheet writes nothing at all: no version, no audit row.
    progress('done', 1, 1);
    return result(d0, false);
  }
  const done = await inTransaction(
    ctx,
    async (trx) => {
      // Decided again inside the transaction: a value saved since the first look is seen, not overwritten.
      const d = await decide(trx);
      const events: AuditInput[] = [];
      for (let i = 0; i < d.writes.length; i++) {
        const w = d.writes[i] as (typeof d.writes)[number];
        const write = { unitCode: w.row.unitCode, setCode: set.code, asOf, values: w.values, expectedVersions: w.expectedVersions };
        events.push(
          ...(await writeValues(ctx, trx, { ...write, note: input.note ?? 'Nhập từ tệp .xlsx', importing: true }, set, w.values)),
        );
        if (i % 100 === 0) progress('write', i, d.writes.length);
      }
      if (events.length > 0)
        events.push({
          action: 'indicator_value.import',
          entityType: 'indicator_value',
          entityId: `${set.code}/${asOf}`,
          unitCode: d.writes.length === 1 ? (d.writes[0] as (typeof d.writes)[number]).row.unitCode : null,
          after: { rows: d.writes.length, values: events.length, ...totals(d.diff), skippedRows: rowCount - d.writes.length },
        });
      await audit(ctx, trx, events);
      await notifyValuesWritten(ctx, trx, events);
      progress('write', d.writes.length, d.writes.length);
      return d;
    },
    // Boards re-evaluate the written communes only; a sheet of most of the country recomputes them whole.
    candidates.length > 1000 ? 'all' : { valuesOf: candidates.map((r) => r.unitCode) },
  );
  progress('done', 1, 1);
  return result(done, false);
}

function totals(diff: ImportDiff) {
  const t = { changed: 0, unchanged: 0, new: 0, conflicts: 0 };
  for (const c of diff.communes) {
    t.changed += c.changed;
    t.unchanged += c.unchanged;
    t.new += c.new;
    t.conflicts += c.conflicts;
  }
  return t;
}
