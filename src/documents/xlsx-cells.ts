/**
 * Shared rules for every .xlsx we write: text that a spreadsheet could take for a formula (starting
 * with = + - @, a tab or a carriage return) is prefixed with an apostrophe, numbers stay numbers,
 * header rows are bold, wrapped and frozen, and columns get widths that fit Vietnamese headers.
 */
import type { Row, Worksheet } from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/u;

/** "=SUM(A1)" → "'=SUM(A1)": shown as typed, never evaluated. Other text is returned as it is. */
export const safeText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/** The reverse for text read back: "'=1+1" → "=1+1" (only where safeText added it). */
export const unescapeText = (s: string) => (s.length > 1 && s[0] === "'" && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

export type XCell = string | number | boolean | null;

/** A cell value ready for exceljs: strings escaped, null left empty. */
export const xcell = (v: XCell) => (typeof v === 'string' ? safeText(v) : v);

export interface XColumn {
  header: string;
  width: number;
  /** Number format for numeric cells, e.g. "0.0". */
  numFmt?: string;
}

/** Writes a header row (bold, wrapped, grey), sets widths and freezes the header rows and `freezeColumns`. */
export function writeTable(ws: Worksheet, columns: readonly XColumn[], rows: Iterable<readonly XCell[]>, freezeColumns = 0) {
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const head = ws.addRow(columns.map((c) => safeText(c.header)));
  styleHeader(head);
  for (const r of rows) ws.addRow(r.map(xcell));
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1 }];
}

export function styleHeader(row: Row) {
  row.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
}

/** "A", "B" … "Z", "AA" …: a column letter from a 1-based index, for cell-located messages. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
