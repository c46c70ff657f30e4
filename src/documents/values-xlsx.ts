/**
 * The indicator-values workbook, the one layout used both ways: a district exports it, communes fill it
 * in, the district imports it back. Sheet "Giá trị": one row per commune, one column per indicator
 * (row 1 the indicator codes the reader keys on, row 2 the names and units, row 3 what to type);
 * sheet "Thông tin": criteria set and as-of date; sheet "Kết quả": per commune and indicator the value,
 * the threshold that applies and the result, when asked for.
 */
import ExcelJS from 'exceljs';
import type { Indicator } from '../domain/catalog/criteria-set.schema.js';
import type { IndicatorStatus, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { expectedKind } from '../domain/evaluation/value.validator.js';
import { isOldValue } from '../domain/freshness/value-age.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { writeOriginal } from './values-xlsx-original.js';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  dateCell,
  fitRowHeight,
  printSetup,
  safeText,
  styleHeader,
  vietnamTimeCell,
  widthFor,
  writeTable,
  type XCell,
} from './xlsx-cells.js';
import { numberPages } from './xlsx-page-numbers.js';

export const VALUES_SHEET = 'Giá trị';
export const INFO_SHEET = 'Thông tin';
export const RESULTS_SHEET = 'Kết quả';
/** Rows above the first commune: codes, names, what to type. */
export const HEADER_ROWS = 3;
/** Columns before the first indicator: commune code, commune name. */
export const LEAD_COLUMNS = 2;
export const INFO_LABELS = { set: 'Bộ tiêu chí', asOf: 'Ngày số liệu', unit: 'Đơn vị', exportedAt: 'Xuất lúc' } as const;

export const WORD_MET = 'Đạt';
export const WORD_NOT_MET = 'Không đạt';
export const WORD_NOT_APPLICABLE = 'Không áp dụng';

export interface ValuesSheetCommune {
  unitCode: string;
  name: string;
  /** Indicator code → value on the as-of date (absent or null = none recorded). */
  values: ReadonlyMap<string, IndicatorValue | null>;
  /** Per indicator, when results are wanted: the threshold used and the status. */
  results?: ReadonlyMap<string, { threshold: number | null; status: IndicatorStatus }>;
  /** Indicator code → the date its value stands for (ISO); a value of an earlier year is marked old. */
  dates?: ReadonlyMap<string, string>;
}

/** The words beside a value of an earlier year than the sheet's date. */
export const oldValueVi = (valueDate: string, asOf: string) =>
  `Số liệu cũ: ngày ${formatDateVi(valueDate)}, chưa cập nhật cho năm ${asOf.slice(0, 4)}`;

const OLD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } } as const;

export interface ValuesSheetInput {
  setCode: string;
  setName: string;
  asOf: string;
  scope: { code: string; name: string } | null;
  indicators: readonly Indicator[];
  communes: readonly ValuesSheetCommune[];
  exportedAt: string;
  /** Adds the "Kết quả" sheet (one row per commune and indicator). */
  withResults: boolean;
}

export const STATUS_VI: Record<IndicatorStatus, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  not_applicable: 'Không áp dụng',
  missing: 'Chưa có số liệu',
  threshold_unknown: 'Chưa có ngưỡng',
};

/** A value as the sheet shows it: a number, Đạt / Không đạt, Không áp dụng, or empty. */
export function valueCell(v: IndicatorValue | null | undefined): XCell {
  if (v === undefined || v === null) return null;
  if (v === 'not_applicable') return WORD_NOT_APPLICABLE;
  if (typeof v === 'boolean') return v ? WORD_MET : WORD_NOT_MET;
  return v;
}

const label = (i: Indicator) => `${i.name}${i.unit ? ` (${i.unit})` : i.percent ? ' (%)' : ''}`;

function hint(i: Indicator): string {
  const base = i.kind === 'boolean' ? `${WORD_MET} / ${WORD_NOT_MET}` : expectedKind(i).vi;
  return i.appliesIfPresent ? `${base}; hoặc ${WORD_NOT_APPLICABLE}` : base;
}

export function valuesWorkbook(input: ValuesSheetInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const ws = wb.addWorksheet(VALUES_SHEET, { views: [{ state: 'frozen', xSplit: LEAD_COLUMNS, ySplit: HEADER_ROWS }] });
  ws.columns = [{ width: 10 }, { width: 22 }, ...input.indicators.map((i) => ({ width: widthFor(label(i), 14) }))];
  const codes = ws.addRow(['Mã xã', 'Xã', ...input.indicators.map((i) => i.code)]);
  const names = ws.addRow([null, null, ...input.indicators.map((i) => safeText(label(i)))]);
  const hints = ws.addRow([null, null, ...input.indicators.map((i) => safeText(hint(i)))]);
  styleHeader(codes);
  styleHeader(names);
  hints.eachCell((c) => {
    c.font = { italic: true, color: { argb: 'FF555555' } };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  fitRowHeight(ws, names, 2);
  fitRowHeight(ws, hints, 2);
  let oldCells = 0;
  for (const c of input.communes) {
    const row = [safeText(c.unitCode), safeText(c.name)] as XCell[];
    for (const i of input.indicators) row.push(valueCell(c.values.get(i.code)));
    const added = ws.addRow(row);
    // An old value keeps its cell (the sheet is read back) and says its date in a note, on grey.
    input.indicators.forEach((i, k) => {
      const d = c.dates?.get(i.code);
      if (!d || !isOldValue(d, input.asOf) || c.values.get(i.code) == null) return;
      const cell = added.getCell(LEAD_COLUMNS + 1 + k);
      cell.note = oldValueVi(d, input.asOf);
      cell.fill = OLD_FILL;
      oldCells++;
    });
  }
  // Unit codes are text ("024703" must keep its zeros), never numbers.
  ws.getColumn(1).numFmt = '@';
  printSetup(ws, HEADER_ROWS);

  const info = wb.addWorksheet(INFO_SHEET);
  info.columns = [{ width: 18 }, { width: 60 }];
  info.addRows([
    [INFO_LABELS.set, input.setCode],
    [INFO_LABELS.asOf, dateCell(input.asOf)],
    [INFO_LABELS.unit, input.scope ? `${input.scope.code} — ${safeText(input.scope.name)}` : 'Cả nước'],
    [INFO_LABELS.exportedAt, vietnamTimeCell(input.exportedAt)],
    [],
    ['Hướng dẫn', safeText(`Nhập giá trị vào trang "${VALUES_SHEET}", mỗi xã một dòng, mỗi chỉ tiêu một cột (${input.setName}).`)],
    [null, 'Số thập phân dùng dấu phẩy hoặc dấu chấm (17,9 hoặc 17.9). Ô để trống: không thay đổi giá trị.'],
    [null, `Chỉ tiêu có/không: ghi "${WORD_MET}" hoặc "${WORD_NOT_MET}"; chỉ tiêu "nếu có": có thể ghi "${WORD_NOT_APPLICABLE}".`],
    [null, 'Không sửa dòng 1 (mã chỉ tiêu) và cột A (mã xã).'],
    ...(oldCells > 0
      ? [
          [
            null,
            `Ô nền xám (${oldCells} ô): số liệu của năm trước năm ${input.asOf.slice(0, 4)}, ngày số liệu ghi trong chú thích của ô; nhập số liệu mới để cập nhật.`,
          ],
        ]
      : []),
  ]);
  info.getColumn(1).font = { bold: true };
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  info.getCell('B2').numFmt = DATE_FORMAT;
  info.getCell('B4').numFmt = DATE_TIME_FORMAT;
  printSetup(info, 0);
  writeOriginal(wb, input.communes);

  if (input.withResults) {
    const res = wb.addWorksheet(RESULTS_SHEET);
    const rows: XCell[][] = [];
    for (const c of input.communes) {
      for (const i of input.indicators) {
        const r = c.results?.get(i.code);
        rows.push([
          c.unitCode,
          c.name,
          i.code,
          label(i),
          valueCell(c.values.get(i.code)),
          r?.threshold ?? null,
          r ? STATUS_VI[r.status] : null,
          ...dateColumns(c, i.code, input.asOf),
        ]);
      }
    }
    writeTable(
      res,
      [
        { header: 'Mã xã', width: 10 },
        { header: 'Xã', width: 20 },
        { header: 'Mã chỉ tiêu', width: 11 },
        { header: 'Chỉ tiêu', width: 50, wrap: true },
        { header: 'Giá trị', width: 12 },
        { header: 'Ngưỡng', width: 10 },
        { header: 'Kết quả', width: 16 },
        { header: 'Ngày số liệu', width: 12 },
        { header: 'Ghi chú', width: 40, wrap: true },
      ],
      rows,
      2,
    );
  }
  return wb;
}

/** The date a value stands for (dd/mm/yyyy) and, for a value of an earlier year, the words saying so. */
function dateColumns(c: ValuesSheetCommune, code: string, asOf: string): XCell[] {
  const d = c.values.get(code) == null ? undefined : c.dates?.get(code);
  if (!d) return [null, null];
  return [formatDateVi(d), isOldValue(d, asOf) ? oldValueVi(d, asOf) : null];
}

export async function valuesXlsx(input: ValuesSheetInput): Promise<Buffer> {
  return Buffer.from(await numberPages(valuesWorkbook(input)).xlsx.writeBuffer());
}
