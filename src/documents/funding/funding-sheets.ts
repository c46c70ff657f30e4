/**
 * What the three funding workbooks share: the "Thông tin" sheet (unit, year, as-of, status) that the
 * readers key on, sheet names, and money columns in integer đồng (#,##0) so a re-import reads back exactly.
 * The layouts are ours: the official Biểu 07/08 forms were not available (reference §3).
 */
import type ExcelJS from 'exceljs';
import { formatDateVi } from '../../domain/text/vietnamese.js';
import { safeText, styleHeader } from '../xlsx-cells.js';

export const FUNDING_INFO_SHEET = 'Thông tin';
export const FUNDING_INFO_LABELS = {
  unit: 'Đơn vị',
  unitCode: 'Mã đơn vị',
  year: 'Năm kế hoạch',
  asOf: 'Số liệu đến ngày',
  status: 'Trạng thái',
  layout: 'Mẫu biểu',
} as const;
export const MONEY_FORMAT = '#,##0';
export const LAYOUT_NOTE = 'Mẫu của phần mềm (chưa có Biểu 07/08 chính thức)';

export const STATUS_VI: Record<string, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  returned: 'Trả lại',
};

export interface FundingHead {
  unitCode: string;
  unitName: string;
  year: number | null;
  asOf: string;
  status?: string | null;
  demo?: boolean;
}

/** The information sheet: label in column A, shown value in B, the machine value in C (hidden). */
export function writeInfoSheet(wb: ExcelJS.Workbook, h: FundingHead) {
  const ws = wb.addWorksheet(FUNDING_INFO_SHEET);
  ws.columns = [{ width: 22 }, { width: 48 }, { width: 14, hidden: true }];
  styleHeader(ws.addRow(['Mục', 'Nội dung', 'Mã']));
  ws.addRow([FUNDING_INFO_LABELS.unit, safeText(h.unitName), null]);
  ws.addRow([FUNDING_INFO_LABELS.unitCode, safeText(h.unitCode), safeText(h.unitCode)]);
  if (h.year !== null) ws.addRow([FUNDING_INFO_LABELS.year, h.year, h.year]);
  ws.addRow([FUNDING_INFO_LABELS.asOf, formatDateVi(h.asOf), h.asOf]);
  if (h.status) ws.addRow([FUNDING_INFO_LABELS.status, STATUS_VI[h.status] ?? h.status, h.status]);
  ws.addRow([FUNDING_INFO_LABELS.layout, LAYOUT_NOTE, null]);
  if (h.demo) ws.addRow(['Ghi chú', 'DỮ LIỆU MINH HỌA', null]);
}

export const titleLine = (what: string, h: FundingHead) =>
  `${what} — ${h.unitName}${h.year !== null ? ` — năm ${h.year}` : ''} — số liệu đến ${formatDateVi(h.asOf)}${h.demo ? ' (DỮ LIỆU MINH HỌA)' : ''}`;

/** Money cells: integer đồng with the format; rates as a fraction shown in %. */
export function formatColumns(ws: ExcelJS.Worksheet, money: readonly number[], rates: readonly number[] = []) {
  for (const c of money) ws.getColumn(c).numFmt = MONEY_FORMAT;
  for (const c of rates) ws.getColumn(c).numFmt = '0.0%';
}
