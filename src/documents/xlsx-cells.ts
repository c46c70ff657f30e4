/**
 * Shared rules for every .xlsx we write: text that a spreadsheet could take for a formula (starting
 * with = + - @, a tab or a carriage return) is prefixed with an apostrophe, numbers stay numbers,
 * header rows are bold, wrapped, tall enough for their text and frozen, columns get widths that fit
 * Vietnamese headers, empty cells stay blank, dates are real dates shown dd/mm/yyyy, and every sheet
 * prints on A4 (landscape when wide), one page wide, with its header rows repeated on each page.
 */
import type { Row, Worksheet } from 'exceljs';
import { VN_OFFSET_MS } from '../domain/text/vietnamese.js';

const FORMULA_START = /^[=+\-@\t\r]/u;

/** "=SUM(A1)" → "'=SUM(A1)": shown as typed, never evaluated. Other text is returned as it is. */
export const safeText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/** The reverse for text read back: "'=1+1" → "=1+1" (only where safeText added it). */
export const unescapeText = (s: string) => (s.length > 1 && s[0] === "'" && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s);

export type XCell = string | number | boolean | Date | null;

/** A cell value ready for exceljs: strings escaped, null and "" left blank (no value at all). */
export const xcell = (v: XCell) => (v === '' ? null : typeof v === 'string' ? safeText(v) : v);

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** "2022-06-30" → a date cell value (midnight UTC, the day a spreadsheet shows); null stays null. */
export const dateCell = (isoDate: string | null) => (isoDate === null ? null : new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

// A spreadsheet time has no zone, so an instant is written as Vietnam reads it (VN_OFFSET_MS, one place in the domain).

/** An instant (ISO) as the date-time a Vietnamese reader expects in the cell (UTC+7). */
export const vietnamTimeCell = (iso: string) => new Date(Date.parse(iso) + VN_OFFSET_MS);

/** The reverse of vietnamTimeCell: the cell's date-time back to the ISO instant, to the millisecond. */
export const instantOfVietnamTime = (d: Date) => new Date(d.getTime() - VN_OFFSET_MS).toISOString();

export interface XColumn {
  header: string;
  width: number;
  /** Number format for numeric cells, e.g. "0.0". */
  numFmt?: string;
  /** Long text: wrapped, and the row made as tall as the text needs. */
  wrap?: boolean;
}

/**
 * Writes a header row (bold, wrapped, grey, as tall as its longest header), sets widths, freezes the
 * header row and `freezeColumns`, and sets up printing with the header repeated on every page.
 */
export function writeTable(ws: Worksheet, columns: readonly XColumn[], rows: Iterable<readonly XCell[]>, freezeColumns = 0) {
  ws.columns = columns.map((c) => ({
    width: c.width,
    style: { ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: { vertical: 'top', ...(c.wrap ? { wrapText: true } : {}) } },
  }));
  const head = ws.addRow(columns.map((c) => safeText(c.header)));
  styleHeader(head);
  fitRowHeight(ws, head);
  const wrapped = columns.flatMap((c, i) => (c.wrap ? [{ index: i, width: c.width }] : []));
  for (const r of rows) {
    const row = ws.addRow(r.map(xcell));
    let lines = 1;
    for (const w of wrapped) {
      const v = r[w.index];
      if (typeof v === 'string') lines = Math.max(lines, wrappedLines(v, w.width, PLAIN_CHAR));
    }
    if (lines > 1) row.height = lines * LINE_POINTS + 2;
  }
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1 }];
  printSetup(ws, 1);
}

/** Points per line of 11 pt text, and the share of a column's width one bold character takes. */
const LINE_POINTS = 15;
const BOLD_CHAR = 1.15;
const PLAIN_CHAR = 0.9;

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, charWidth = BOLD_CHAR): number {
  const room = Math.max(1, (width - 1) / charWidth);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of para.split(/\s+/u).filter(Boolean)) {
      const n = [...word].length;
      if (used > 0 && used + 1 + n > room) {
        lines += 1;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + n;
      // A word longer than the column wraps by itself over the lines it needs.
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}

/** A column width that holds `min` characters and the longest word of its header, so no word is split. */
export const widthFor = (header: string, min: number) =>
  Math.max(min, ...header.split(/\s+/u).map((w) => Math.ceil([...w].length * BOLD_CHAR) + 2));

/** Sets a header row's height to what its wrapped texts need (a spreadsheet does not grow it by itself). */
export function fitRowHeight(ws: Worksheet, row: Row, minLines = 1) {
  let lines = minLines;
  row.eachCell((c, col) => {
    if (typeof c.value === 'string') lines = Math.max(lines, wrappedLines(c.value, ws.getColumn(col).width ?? 9));
  });
  row.height = lines * LINE_POINTS + 4;
}

/** Width of A4 portrait between 0,5" margins, in column-width characters: wider tables print landscape. */
const PORTRAIT_WIDTH = 100;

/**
 * A4, landscape when the columns are wider than a portrait page, one page wide and as many pages long
 * as needed, margins of about 1,3–1,5 cm, rows 1…`headerRows` printed on every page.
 * The page number (top centre, from page 2) is added to the whole workbook by numberPages.
 */
export function printSetup(ws: Worksheet, headerRows: number) {
  let width = 0;
  for (let i = 1; i <= ws.columnCount; i++) width += ws.getColumn(i).width ?? 9;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
  };
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
