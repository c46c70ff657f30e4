/**
 * The communes × criteria table as .xlsx: one row per commune with each criterion met / not met /
 * incomplete, the number met and the tier reached, then a total row per criterion — the table every
 * district keeps in Excel, now written from the evaluation rather than retyped.
 */
import ExcelJS from 'exceljs';
import type { Tier } from '../domain/catalog/criteria-set.schema.js';
import type { DatedCriterionStatus } from '../domain/freshness/value-age.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { type DocTitle, titleCellVi } from './title-cell.js';
import { fitRowHeight, printSetup, safeText, styleHeader, widthFor, type XCell, xcell } from './xlsx-cells.js';
import { numberPages } from './xlsx-page-numbers.js';

export const BOARD_SHEET = 'Xã × tiêu chí';

export const CRITERION_VI: Record<DatedCriterionStatus, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  incomplete: 'Chưa đủ số liệu',
  outdated: 'Chưa cập nhật',
};

/** A cell's words: an outdated criterion says the date of the values it still has. */
export const criterionCellVi = (s: DatedCriterionStatus, valueDate: string | null | undefined) =>
  s === 'outdated' && valueDate ? `${CRITERION_VI.outdated} (số liệu ngày ${formatDateVi(valueDate)})` : CRITERION_VI[s];
/**
 * Short labels of the evaluation's tier in the documents' tables: "đủ tiêu chí", never "đạt chuẩn" — that is
 * the recognition (title-cell.ts). A tier a set adds later falls back to "Đủ tiêu chí bộ khác".
 */
const TIER_LABELS: Record<string, string> = {
  ntm: 'Đủ tiêu chí NTM',
  advanced: 'Đủ tiêu chí NTM nâng cao',
  model: 'Đủ tiêu chí NTM kiểu mẫu',
  modern: 'Đủ tiêu chí NTM hiện đại',
  other: 'Đủ tiêu chí bộ khác',
};
export const tierVi = (tier: Tier | null) => (tier === null ? 'Chưa đủ tiêu chí' : (TIER_LABELS[tier] ?? 'Đủ tiêu chí bộ khác'));

export interface BoardSheetInput {
  title: string;
  asOf: string;
  criteria: readonly { number: number; name: string }[];
  rows: readonly {
    unitCode: string;
    name: string;
    criteria: readonly DatedCriterionStatus[];
    valueDates?: readonly (string | null)[];
    metCount: number;
    tier: Tier | null;
    /** The titles held on the date (công nhận), shown in their own column. */
    titles?: readonly DocTitle[];
  }[];
  averageMet: number | null;
  demo: boolean;
}

export function boardWorkbook(input: BoardSheetInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const ws = wb.addWorksheet(BOARD_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }] });
  ws.columns = [
    { width: 10 },
    { width: 22 },
    ...input.criteria.map((c) => ({ width: widthFor(c.name, 11) })),
    { width: 10 },
    { width: 18 },
    { width: 34 },
  ];
  const t = ws.addRow([safeText(`${input.title} — số liệu đến ${formatDateVi(input.asOf)}${input.demo ? ' (DỮ LIỆU MINH HỌA)' : ''}`)]);
  t.font = { bold: true, size: 13 };
  const nums = ws.addRow([
    'Mã xã',
    'Xã',
    ...input.criteria.map((c) => `TC ${c.number}`),
    'Số tiêu chí đạt',
    'Kết quả đánh giá',
    'Công nhận',
  ]);
  const names = ws.addRow([null, null, ...input.criteria.map((c) => safeText(c.name)), null, null, null]);
  // The code, name, count, tier and title headers span both header rows; their empty lower halves stay blank.
  const last = 5 + input.criteria.length;
  for (const col of [1, 2, last - 2, last - 1, last]) ws.mergeCells(2, col, 3, col);
  styleHeader(nums);
  styleHeader(names);
  fitRowHeight(ws, nums);
  fitRowHeight(ws, names, 2);
  for (const r of input.rows) {
    const row: XCell[] = [
      r.unitCode,
      r.name,
      ...r.criteria.map((s, i) => criterionCellVi(s, r.valueDates?.[i])),
      r.metCount,
      tierVi(r.tier),
      safeText(titleCellVi(r.titles)),
    ];
    const added = ws.addRow(row.map(xcell));
    added.getCell(last).alignment = { wrapText: true, vertical: 'top' };
    r.criteria.forEach((s, i) => {
      if (s !== 'met') added.getCell(3 + i).font = { color: { argb: s === 'not_met' ? 'FFC0392B' : 'FF7F8C8D' } };
    });
  }
  const total = ws.addRow([
    null,
    'Số xã đạt',
    ...input.criteria.map((_, i) => input.rows.filter((r) => r.criteria[i] === 'met').length),
    input.averageMet,
    `Bình quân ${input.averageMet === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(input.averageMet)} tiêu chí/xã`,
  ]);
  total.font = { bold: true };
  ws.getColumn(1).numFmt = '@';
  // Counts show as integers; the average with two decimals ("0.##" would show "12." in Excel).
  total.getCell(3 + input.criteria.length).numFmt = '0.00';
  const outdated = input.rows.reduce((n, r) => n + r.criteria.filter((s) => s === 'outdated').length, 0);
  if (outdated > 0) {
    const legend = ws.addRow([
      null,
      safeText(
        `Chưa cập nhật: ${outdated} tiêu chí chỉ có số liệu trước năm ${input.asOf.slice(0, 4)} — không tính là đạt, cũng không tính là chưa đạt`,
      ),
    ]);
    legend.font = { italic: true };
  }
  printSetup(ws, 3);
  return wb;
}

export const boardXlsx = async (input: BoardSheetInput) => Buffer.from(await numberPages(boardWorkbook(input)).xlsx.writeBuffer());
