/**
 * Construction debt (nợ đọng) as .xlsx on a date: per work (accepted, paid, debt, communes served) and
 * per commune (a work serving several communes counts in each, as debt.service defines). Layout ours.
 */
import ExcelJS from 'exceljs';
import { writeTable } from '../xlsx-cells.js';
import { numberPages } from '../xlsx-page-numbers.js';
import { type FundingHead, formatColumns, writeInfoSheet } from './funding-sheets.js';

export const DEBT_WORKS_SHEET = 'Nợ đọng theo công trình';
export const DEBT_COMMUNES_SHEET = 'Nợ đọng theo xã';

export interface DebtInput {
  works: readonly { code: string; name: string; communes: string; accepted: number; paid: number; debt: number }[];
  communes: readonly { code: string; name: string; debt: number; works: number }[];
}

export function debtWorkbook(head: FundingHead, input: DebtInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const works = wb.addWorksheet(DEBT_WORKS_SHEET);
  writeTable(
    works,
    [
      { header: 'Mã công trình', width: 18 },
      { header: 'Công trình', width: 36, wrap: true },
      { header: 'Xã hưởng lợi', width: 24, wrap: true },
      { header: 'Giá trị nghiệm thu (đồng)', width: 18 },
      { header: 'Đã thanh toán (đồng)', width: 18 },
      { header: 'Nợ đọng (đồng)', width: 18 },
    ],
    [
      ...input.works.map((w) => [w.code, w.name, w.communes, w.accepted, w.paid, w.debt]),
      [
        null,
        'TỔNG SỐ',
        null,
        input.works.reduce((a, w) => a + w.accepted, 0),
        input.works.reduce((a, w) => a + w.paid, 0),
        input.works.reduce((a, w) => a + w.debt, 0),
      ],
    ],
    2,
  );
  formatColumns(works, [4, 5, 6]);
  const communes = wb.addWorksheet(DEBT_COMMUNES_SHEET);
  writeTable(
    communes,
    [
      { header: 'Mã xã', width: 10 },
      { header: 'Xã', width: 24 },
      { header: 'Nợ đọng (đồng)', width: 18 },
      { header: 'Số công trình còn nợ', width: 12 },
    ],
    input.communes.map((c) => [c.code, c.name, c.debt, c.works]),
    2,
  );
  formatColumns(communes, [3]);
  writeInfoSheet(wb, { ...head, year: null });
  numberPages(wb);
  return wb;
}
