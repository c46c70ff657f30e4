/**
 * The allocation plan (kế hoạch vốn năm) as .xlsx, the layout used both ways: one row per line (source
 * path, programme, commune, work, criterion, amount in đồng, note) with hidden id/version columns as in
 * the values workbook, so the import (allocation-xlsx-reader.ts) writes only changed, new or removed lines.
 * Layout ours (no official Biểu 07 available).
 */
import ExcelJS from 'exceljs';
import { writeTable, type XCell } from '../xlsx-cells.js';
import { numberPages } from '../xlsx-page-numbers.js';
import { type FundingHead, formatColumns, writeInfoSheet } from './funding-sheets.js';

export const PLAN_SHEET = 'Kế hoạch vốn';

/** Column letters of the plan sheet, as the reader and its messages name them. */
export const PLAN_COLUMNS = [
  { key: 'no', header: 'STT', width: 6 },
  { key: 'source', header: 'Mã nguồn vốn', width: 18 },
  { key: 'sourceName', header: 'Nguồn vốn', width: 40 },
  { key: 'programme', header: 'Chương trình, dự án lồng ghép', width: 26 },
  { key: 'commune', header: 'Mã xã', width: 10 },
  { key: 'communeName', header: 'Xã', width: 20 },
  { key: 'work', header: 'Mã công trình', width: 18 },
  { key: 'workName', header: 'Công trình', width: 30 },
  { key: 'set', header: 'Bộ tiêu chí', width: 14 },
  { key: 'criterion', header: 'Tiêu chí số', width: 9 },
  { key: 'amount', header: 'Số tiền (đồng)', width: 18 },
  { key: 'note', header: 'Ghi chú', width: 24 },
  { key: 'id', header: 'id', width: 10 },
  { key: 'version', header: 'version', width: 8 },
] as const;
export type PlanColumnKey = (typeof PLAN_COLUMNS)[number]['key'];
export const planColumn = (key: PlanColumnKey) => PLAN_COLUMNS.findIndex((c) => c.key === key) + 1;

export interface PlanSheetLine {
  id: string;
  version: number;
  sourceCode: string;
  /** Root → leaf names, "Ngân sách trung ương / Vốn đầu tư phát triển". */
  sourcePath: string;
  programmeName: string | null;
  communeCode: string | null;
  communeName: string | null;
  workCode: string | null;
  workName: string | null;
  setCode: string | null;
  criterionNumber: number | null;
  amount: number;
  note: string | null;
}

export function allocationWorkbook(head: FundingHead, lines: readonly PlanSheetLine[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const ws = wb.addWorksheet(PLAN_SHEET);
  const rows: XCell[][] = lines.map((l, i) => [
    i + 1,
    l.sourceCode,
    l.sourcePath,
    l.programmeName,
    l.communeCode,
    l.communeName,
    l.workCode,
    l.workName,
    l.setCode,
    l.criterionNumber,
    l.amount,
    l.note,
    l.id,
    l.version,
  ]);
  writeTable(
    ws,
    PLAN_COLUMNS.map((c) => ({ header: c.header, width: c.width, wrap: c.key === 'sourceName' || c.key === 'workName' })),
    rows,
    3,
  );
  formatColumns(ws, [planColumn('amount')]);
  ws.getColumn(planColumn('id')).hidden = true;
  ws.getColumn(planColumn('version')).hidden = true;
  const total = ws.addRow([null, null, 'TỔNG SỐ', null, null, null, null, null, null, null, lines.reduce((a, l) => a + l.amount, 0)]);
  total.font = { bold: true };
  writeInfoSheet(wb, head);
  numberPages(wb);
  return wb;
}
