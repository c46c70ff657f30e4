/**
 * Reads the indicator-values workbook back (the layout of values-xlsx.ts) and reports every problem at
 * its cell — sheet, row, column — in Vietnamese and English, without stopping at the first. Pure: the
 * caller checks the units (exist, are communes, may be written by the user) and decides what to write.
 */
import type ExcelJS from 'exceljs';
import type { CriteriaSet, Indicator } from '../domain/catalog/criteria-set.schema.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { checkValue, indicatorIndex } from '../domain/evaluation/value.validator.js';
import { parseDate, VN_OFFSET_MS } from '../domain/text/vietnamese.js';
import {
  HEADER_ROWS,
  INFO_LABELS,
  INFO_SHEET,
  LEAD_COLUMNS,
  VALUES_SHEET,
  WORD_MET,
  WORD_NOT_APPLICABLE,
  WORD_NOT_MET,
} from './values-xlsx.js';
import { columnLetter, instantOfVietnamTime, unescapeText } from './xlsx-cells.js';

/** One problem, located: "Giá trị!D7". */
export interface CellIssue {
  sheet: string;
  /** 1-based row; 0 when the problem is the sheet as a whole. */
  row: number;
  /** Column letter; "" when the problem is a whole row or sheet. */
  column: string;
  code: string;
  vi: string;
  en: string;
}

export const cellRef = (i: Pick<CellIssue, 'sheet' | 'row' | 'column'>) => `${i.sheet}!${i.column}${i.row > 0 ? i.row : ''}`;

export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number;
  unitCode: string;
  /** Only the cells that had something: indicator code → value. */
  values: Record<string, IndicatorValue>;
}

export interface ValuesSheetHead {
  setCode: string | null;
  asOf: string | null;
  /** When the system exported the sheet (ISO time); null for a sheet made by hand. */
  exportedAt: string | null;
  issues: CellIssue[];
}

type Raw = ExcelJS.CellValue;

/** A cell's plain content: formulas give their result, rich text its text; errors and dates are flagged. */
function plain(v: Raw): { value: string | number | boolean | null } | { problem: 'formula' | 'error' | 'date' } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { problem: 'date' };
  if (typeof v === 'object') {
    if ('error' in v) return { problem: 'error' };
    if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') return { value: r };
      return { problem: 'formula' };
    }
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
  }
  return { problem: 'error' };
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
const YES = new Set([fold(WORD_MET), 'có', 'true', 'x', 'yes']);
const NO = new Set([fold(WORD_NOT_MET), 'chưa đạt', 'không', 'false', 'no']);
const NA = new Set([fold(WORD_NOT_APPLICABLE), 'kad', 'n/a', 'not_applicable']);

/** "17,9" / "17.9" / "1.250,5" → number; null when it is not a number. */
export function parseNumberVi(s: string): number | null {
  const t = s.trim().replace(/\s+/gu, '').replace(/%$/u, '');
  if (!/^-?[0-9.,]+$/u.test(t)) return null;
  let n: string;
  if (t.includes(',') && t.includes('.')) n = t.replace(/\./gu, '').replace(',', '.');
  else if (t.includes(',')) n = t.replace(',', '.');
  else n = t;
  const x = Number(n);
  return Number.isFinite(x) ? x : null;
}

/** A reference into another workbook: "[1]Sheet1!A1" as stored, or "'C:\\…\\[Tệp.xlsx]Trang'!A1". */
const EXTERNAL_REF = /\[[^\]]+\]/u;

/**
 * A value cell holds a value typed in: a formula (its cached result was computed elsewhere, maybe from
 * another file) or a link is reported at its cell rather than read silently.
 */
function notTyped(ind: Indicator, v: Raw): { code: string; vi: string; en: string } | null {
  if (v === null || typeof v !== 'object' || v instanceof Date) return null;
  const formula = 'formula' in v ? v.formula : 'sharedFormula' in v ? v.sharedFormula : undefined;
  if (typeof formula === 'string') {
    const shown = `=${formula.slice(0, 60)}`;
    if (EXTERNAL_REF.test(formula)) {
      return {
        code: 'import.external_link',
        vi: `Chỉ tiêu ${ind.code}: ô liên kết tới tệp khác (${shown}); hãy nhập số liệu trực tiếp vào ô`,
        en: `Indicator ${ind.code}: the cell links to another file (${shown}); type the value into the cell`,
      };
    }
    return {
      code: 'import.formula',
      vi: `Chỉ tiêu ${ind.code}: ô chứa công thức (${shown}); hãy dán giá trị (Dán đặc biệt → Chỉ giá trị) thay cho công thức`,
      en: `Indicator ${ind.code}: the cell holds a formula (${shown}); paste the value (Paste Special → Values) instead`,
    };
  }
  if ('hyperlink' in v) {
    return {
      code: 'import.external_link',
      vi: `Chỉ tiêu ${ind.code}: ô là liên kết (${String(v.hyperlink).slice(0, 60)}); hãy nhập số liệu trực tiếp vào ô`,
      en: `Indicator ${ind.code}: the cell is a link (${String(v.hyperlink).slice(0, 60)}); type the value into the cell`,
    };
  }
  return null;
}

/** The value of one cell for an indicator, or a message pair (and its code) saying what was expected. */
export function readValue(ind: Indicator, raw: Raw): { value: IndicatorValue | null } | { code?: string; vi: string; en: string } {
  const typed = notTyped(ind, raw);
  if (typed) return typed;
  const p = plain(raw);
  if ('problem' in p) {
    const why = {
      formula: { vi: 'công thức chưa có kết quả', en: 'a formula without a computed result' },
      error: { vi: 'ô có lỗi (#N/A, #DIV/0! …)', en: 'an error cell (#N/A, #DIV/0! …)' },
      date: { vi: 'ô là ngày tháng', en: 'a date' },
    }[p.problem];
    return { vi: `Chỉ tiêu ${ind.code}: ${why.vi}`, en: `Indicator ${ind.code}: ${why.en}` };
  }
  let v: unknown = p.value;
  if (typeof v === 'string') {
    const s = fold(unescapeText(v));
    if (s === '') return { value: null };
    if (NA.has(s)) v = 'not_applicable';
    else if (ind.kind === 'boolean' && YES.has(s)) v = true;
    else if (ind.kind === 'boolean' && NO.has(s)) v = false;
    else if (ind.kind !== 'boolean') v = parseNumberVi(s) ?? v;
  } else if (typeof v === 'number' && ind.kind === 'boolean' && (v === 0 || v === 1)) {
    v = v === 1;
  }
  if (v === null) return { value: null };
  const err = checkValue(ind, v);
  if (err) {
    const shown = typeof p.value === 'string' ? `"${p.value.slice(0, 40)}"` : String(p.value);
    return { vi: `${err.vi}, ô có ${shown}`, en: `${err.en}, the cell has ${shown}` };
  }
  return { value: v as IndicatorValue };
}

/** The set code and as-of date from the "Thông tin" sheet. */
export function readHead(wb: ExcelJS.Workbook): ValuesSheetHead {
  const issues: CellIssue[] = [];
  const info = wb.getWorksheet(INFO_SHEET);
  if (!info) {
    issues.push({
      sheet: INFO_SHEET,
      row: 0,
      column: '',
      code: 'import.no_info_sheet',
      vi: `Thiếu trang "${INFO_SHEET}" (bộ tiêu chí, ngày số liệu); hãy dùng tệp mẫu xuất từ hệ thống`,
      en: `The "${INFO_SHEET}" sheet (criteria set, as-of date) is missing; use the template exported by the system`,
    });
    return { setCode: null, asOf: null, exportedAt: null, issues };
  }
  let setCode: string | null = null;
  let asOf: string | null = null;
  let exportedAt: string | null = null;
  for (let r = 1; r <= Math.min(info.rowCount, 20); r++) {
    const key = plain(info.getCell(r, 1).value);
    const val = plain(info.getCell(r, 2).value);
    if (!('value' in key) || typeof key.value !== 'string') continue;
    const cell = info.getCell(r, 2).value;
    // Dates are written as date cells (shown dd/mm/yyyy); a sheet typed by hand may hold text instead.
    const text =
      cell instanceof Date
        ? key.value.trim() === INFO_LABELS.exportedAt
          ? instantOfVietnamTime(cell)
          : cell.toISOString().slice(0, 10)
        : 'value' in val && val.value !== null
          ? String(val.value).trim()
          : '';
    if (key.value.trim() === INFO_LABELS.set) setCode = text || null;
    if (key.value.trim() === INFO_LABELS.exportedAt) exportedAt = exportInstant(text, plain(info.getCell(r, 3).value));
    if (key.value.trim() === INFO_LABELS.asOf) {
      asOf = parseDate(text);
      if (!asOf)
        issues.push({
          sheet: INFO_SHEET,
          row: r,
          column: 'B',
          code: 'import.bad_date',
          vi: `Ngày số liệu "${text}" không hợp lệ (dùng dd/mm/yyyy)`,
          en: `As-of date "${text}" is not valid (use dd/mm/yyyy)`,
        });
    }
  }
  if (!setCode)
    issues.push({
      sheet: INFO_SHEET,
      row: 1,
      column: 'B',
      code: 'import.no_set',
      vi: 'Không ghi mã bộ tiêu chí',
      en: 'No criteria set code',
    });
  return { setCode, asOf, exportedAt, issues };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/**
 * When the sheet was exported: the exact instant kept in column C, an ISO instant in B (older files), or
 * the "dd/mm/yyyy HH:mm" shown in B read as Vietnam time (to the minute: a value entered earlier in that
 * minute is then taken as entered after the export, a conflict to review rather than one missed).
 */
function exportInstant(shown: string, exact: ReturnType<typeof plain>): string | null {
  const c = 'value' in exact && typeof exact.value === 'string' ? exact.value.trim() : '';
  if (ISO_INSTANT.test(c)) return c;
  if (ISO_INSTANT.test(shown)) return shown;
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(shown);
  if (!m) return null;
  const utc = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), Number(m[4]), Number(m[5])) - VN_OFFSET_MS;
  return Number.isNaN(utc) ? null : new Date(utc).toISOString();
}

/** Every commune row of the "Giá trị" sheet, checked against the set's indicators. */
export function readValuesSheet(wb: ExcelJS.Workbook, set: CriteriaSet, onRow?: (done: number, total: number) => void) {
  const issues: CellIssue[] = [];
  const rows: SheetRow[] = [];
  const ws = wb.getWorksheet(VALUES_SHEET);
  const at = (row: number, col: number, code: string, vi: string, en: string) =>
    issues.push({ sheet: VALUES_SHEET, row, column: col > 0 ? columnLetter(col) : '', code, vi, en });
  if (!ws) {
    at(0, 0, 'import.no_values_sheet', `Thiếu trang "${VALUES_SHEET}"`, `The "${VALUES_SHEET}" sheet is missing`);
    return { rows, issues, columns: new Map<string, number>() };
  }
  const index = indicatorIndex(set);
  const columns: { col: number; ind: Indicator }[] = [];
  const seen = new Set<string>();
  const head = ws.getRow(1);
  for (let col = LEAD_COLUMNS + 1; col <= ws.columnCount; col++) {
    const p = plain(head.getCell(col).value);
    const code = 'value' in p && p.value !== null ? String(p.value).trim() : '';
    if (code === '') continue;
    const ind = index.get(code);
    if (!ind) {
      at(1, col, 'import.unknown_indicator', `Bộ ${set.code} không có chỉ tiêu "${code}"`, `Set ${set.code} has no indicator "${code}"`);
    } else if (seen.has(code)) {
      at(1, col, 'import.duplicate_indicator', `Chỉ tiêu ${code} có hai cột`, `Indicator ${code} has two columns`);
    } else {
      seen.add(code);
      columns.push({ col, ind });
    }
  }
  if (columns.length === 0 && issues.length === 0) {
    at(1, 0, 'import.no_indicators', 'Dòng 1 không có mã chỉ tiêu nào', 'Row 1 names no indicator');
  }
  const units = new Map<string, number>();
  const total = ws.rowCount;
  for (let r = HEADER_ROWS + 1; r <= total; r++) {
    const row = ws.getRow(r);
    if (r % 500 === 0) onRow?.(r, total);
    const a = plain(row.getCell(1).value);
    const unitCode = 'value' in a && a.value !== null ? unescapeText(String(a.value)).trim() : '';
    const values: Record<string, IndicatorValue> = {};
    let any = false;
    for (const { col, ind } of columns) {
      const raw = row.getCell(col).value;
      if (raw === null || raw === undefined || raw === '') continue;
      any = true;
      const v = readValue(ind, raw);
      if ('vi' in v) {
        at(r, col, v.code ?? 'import.bad_value', v.vi, v.en);
      } else if (v.value !== null) values[ind.code] = v.value;
    }
    if (unitCode === '') {
      if (any) at(r, 1, 'import.no_unit', 'Dòng có số liệu nhưng không có mã xã', 'The row has values but no commune code');
      continue;
    }
    const first = units.get(unitCode);
    if (first !== undefined) {
      at(r, 1, 'import.duplicate_unit', `Xã ${unitCode} đã có ở dòng ${first}`, `Commune ${unitCode} is already on row ${first}`);
      continue;
    }
    units.set(unitCode, r);
    rows.push({ row: r, unitCode, values });
  }
  onRow?.(total, total);
  return { rows, issues, columns: new Map(columns.map((c) => [c.ind.code, c.col])) };
}
