/**
 * Importing indicator values from the values workbook. Everything is checked before anything is
 * written — the bytes (a real .xlsx, not too large, no zip bomb), every cell, every commune (exists on
 * the date, is a commune, the user may enter its values) — and every problem is reported at its cell.
 * Then either nothing is written (mode "all" with any problem) or the valid rows are, in one
 * transaction, through the value service's writer: each value versioned and audited as if typed.
 */
import ExcelJS from 'exceljs';
import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { type CellIssue, cellRef, readHead, readValuesSheet, type SheetRow } from '../documents/values-xlsx-reader.js';
import { columnLetter } from '../documents/xlsx-cells.js';
import { guardXlsx } from '../documents/zip-guard.js';
import type { CriteriaSet } from '../domain/catalog/criteria-set.schema.js';
import { AppError } from '../domain/errors.js';
import { indicatorIndex } from '../domain/evaluation/value.validator.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { decodeValue } from './value.codec.js';

/** 29/11/2026 08:15 (UTC+7, as the users read it). */
const formatDateTimeVi = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${formatDateVi(d.slice(0, 10))} ${d.slice(11, 16)}`;
};

import { can } from '../policies/policy.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { COMMUNE_KINDS } from './commune-scope.js';
import { type AuditInput, audit, inTransaction, type ServiceContext } from './context.js';
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
  /** Rows written (or that would be, on a dry run). */
  acceptedRows: number;
  values: number;
  written: number;
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

/**
 * A value someone saved after the sheet was exported, which the sheet would now overwrite with something
 * else, is a conflict at its cell (like a stale save in the app): no update is lost without being seen.
 */
async function changedSinceExport(
  ctx: ServiceContext,
  set: CriteriaSet,
  asOf: string,
  exportedAt: string,
  sheet: { rows: SheetRow[]; columns: Map<string, number> },
): Promise<CellIssue[]> {
  const rowOf = new Map(sheet.rows.map((r) => [r.unitCode, r]));
  const kinds = indicatorIndex(set);
  const changed = await indicatorValueRepository.changedSince(ctx.database.db, set.code, asOf, [...rowOf.keys()], exportedAt);
  const issues: CellIssue[] = [];
  for (const c of changed) {
    const row = rowOf.get(c.unitCode);
    const incoming = row?.values[c.indicatorCode];
    if (!row || incoming === undefined) continue;
    const current = decodeValue(kinds.get(c.indicatorCode)?.kind, c);
    if (current === incoming) continue;
    const shown = current === null ? 'trống / empty' : String(current);
    issues.push({
      sheet: 'Giá trị',
      row: row.row,
      column: columnLetter(sheet.columns.get(c.indicatorCode) ?? 0),
      code: 'import.changed_since_export',
      vi: `Chỉ tiêu ${c.indicatorCode} của xã ${c.unitCode} đã được sửa lúc ${formatDateTimeVi(c.enteredAt)}, sau khi xuất tệp; giá trị hiện tại là ${shown}. Xuất tệp mới hoặc sửa trực tiếp`,
      en: `Indicator ${c.indicatorCode} of ${c.unitCode} was changed at ${c.enteredAt}, after the sheet was exported; it is now ${shown}. Export a new sheet or edit it directly`,
    });
  }
  return issues;
}

/** May the actor import values into this area at all? Checked before the upload is read. */
export async function authorizeImport(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'values.write', unit.code);
}

export async function importValues(ctx: ServiceContext, input: ImportInput): Promise<ImportResult> {
  if (input.unitCode) await authorizeImport(ctx, input.unitCode);
  else await authorize(ctx, 'values.write', ctx.actor.unitCode);
  const progress: ImportProgress = input.onProgress ?? (() => {});
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
  if (head.exportedAt) issues.push(...(await changedSinceExport(ctx, set, asOf, head.exportedAt, sheet)));
  const badRows = new Set(issues.filter((i) => i.sheet === 'Giá trị').map((i) => i.row));
  // A problem in a header row or the info sheet spoils every row.
  const fileWide = issues.some((i) => i.sheet !== 'Giá trị' || i.row <= 3);
  const accepted = fileWide ? [] : sheet.rows.filter((r) => !badRows.has(r.row) && Object.keys(r.values).length > 0);
  if (issues.length > 0 && (input.mode === 'all' || fileWide)) throw importFailed(issues, accepted.length);
  const values = accepted.reduce((n, r) => n + Object.keys(r.values).length, 0);
  const base = { setCode: set.code, asOf, rows: sheet.rows.length, acceptedRows: accepted.length, values, issues: located(issues) };
  if (input.dryRun || accepted.length === 0) {
    progress('done', 1, 1);
    return { ...base, written: 0, dryRun: input.dryRun === true };
  }
  const written = await inTransaction(
    ctx,
    async (trx) => {
      const events: AuditInput[] = [];
      for (let i = 0; i < accepted.length; i++) {
        const r = accepted[i] as SheetRow;
        const input2 = { unitCode: r.unitCode, setCode: set.code, asOf, values: r.values, note: input.note ?? 'Nhập từ tệp .xlsx' };
        events.push(...(await writeValues(ctx, trx, input2, set, r.values)));
        if (i % 100 === 0) progress('write', i, accepted.length);
      }
      events.push({
        action: 'indicator_value.import',
        entityType: 'indicator_value',
        entityId: `${set.code}/${asOf}`,
        unitCode: accepted.length === 1 ? (accepted[0] as SheetRow).unitCode : null,
        after: { rows: accepted.length, values: events.length, skippedRows: sheet.rows.length - accepted.length, issues: issues.length },
      });
      await audit(ctx, trx, events);
      await notifyValuesWritten(ctx, trx, events);
      progress('write', accepted.length, accepted.length);
      return events.length - 1;
      // Boards re-evaluate the imported communes only; a sheet of most of the country recomputes them whole.
    },
    accepted.length > 1000 ? 'all' : { valuesOf: accepted.map((r) => r.unitCode) },
  );
  progress('done', 1, 1);
  return { ...base, written, dryRun: false };
}
