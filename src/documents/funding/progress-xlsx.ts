/**
 * Disbursement progress (tiến độ giải ngân) as .xlsx: by source (the catalogue tree with totals) and by
 * commune — plan, paid, rate — and the entries sheet (one row per disbursement, reversals included; the
 * hidden id column lets a re-import recognise existing entries). Layout ours (no official Biểu 08 available).
 */
import ExcelJS from 'exceljs';
import { DATE_FORMAT, dateCell, writeTable, type XCell } from '../xlsx-cells.js';
import { numberPages } from '../xlsx-page-numbers.js';
import { type FundingHead, formatColumns, writeInfoSheet } from './funding-sheets.js';

export const BY_SOURCE_SHEET = 'Theo nguồn vốn';
export const BY_COMMUNE_SHEET = 'Theo xã';
export const ENTRIES_SHEET = 'Chứng từ giải ngân';

export interface ProgressFigure {
  planned: number;
  paid: number;
  rate: number | null;
}

export interface ProgressInput {
  sources: readonly (ProgressFigure & { code: string; name: string; depth: number })[];
  communes: readonly (ProgressFigure & { code: string; name: string })[];
  total: ProgressFigure;
  entries: readonly {
    id: string;
    lineId: string;
    sourceCode: string;
    communeCode: string | null;
    workCode: string | null;
    paidOn: string;
    amount: number;
    document: string | null;
    reversalOf: string | null;
    note: string | null;
  }[];
}

export const ENTRY_COLUMNS = [
  { key: 'line', header: 'Mã dòng kế hoạch', width: 14 },
  { key: 'source', header: 'Mã nguồn vốn', width: 18 },
  { key: 'commune', header: 'Mã xã', width: 10 },
  { key: 'work', header: 'Mã công trình', width: 18 },
  { key: 'paidOn', header: 'Ngày giải ngân', width: 13 },
  { key: 'amount', header: 'Số tiền (đồng)', width: 18 },
  { key: 'document', header: 'Chứng từ', width: 18 },
  { key: 'reversalOf', header: 'Điều chỉnh giảm của', width: 14 },
  { key: 'note', header: 'Ghi chú', width: 24 },
  { key: 'id', header: 'id', width: 10 },
] as const;
export const entryColumn = (key: (typeof ENTRY_COLUMNS)[number]['key']) => ENTRY_COLUMNS.findIndex((c) => c.key === key) + 1;

const figureRow = (f: ProgressFigure): XCell[] => [f.planned, f.paid, f.rate];

export function progressWorkbook(head: FundingHead, input: ProgressInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const cols = (first: string, width: number) => [
    { header: first, width, wrap: true },
    { header: 'Kế hoạch (đồng)', width: 18 },
    { header: 'Đã giải ngân (đồng)', width: 18 },
    { header: 'Tỷ lệ giải ngân', width: 11 },
  ];
  const bySource = wb.addWorksheet(BY_SOURCE_SHEET);
  writeTable(
    bySource,
    cols('Nguồn vốn', 44),
    [['TỔNG SỐ', ...figureRow(input.total)], ...input.sources.map((s) => [`${'   '.repeat(s.depth)}${s.name}`, ...figureRow(s)])],
    1,
  );
  formatColumns(bySource, [2, 3], [4]);
  bySource.getRow(2).font = { bold: true };
  const byCommune = wb.addWorksheet(BY_COMMUNE_SHEET);
  writeTable(
    byCommune,
    [{ header: 'Mã xã', width: 10 }, ...cols('Xã', 24)],
    input.communes.map((c) => [c.code, c.name, ...figureRow(c)]),
    2,
  );
  formatColumns(byCommune, [3, 4], [5]);
  const entries = wb.addWorksheet(ENTRIES_SHEET);
  writeTable(
    entries,
    ENTRY_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
    input.entries.map((e) => [
      e.lineId,
      e.sourceCode,
      e.communeCode,
      e.workCode,
      dateCell(e.paidOn),
      e.amount,
      e.document,
      e.reversalOf,
      e.note,
      e.id,
    ]),
    1,
  );
  formatColumns(entries, [entryColumn('amount')]);
  entries.getColumn(entryColumn('paidOn')).numFmt = DATE_FORMAT;
  entries.getColumn(entryColumn('id')).hidden = true;
  writeInfoSheet(wb, head);
  numberPages(wb);
  return wb;
}
