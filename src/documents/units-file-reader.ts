/**
 * Reads an official list of administrative units from .xlsx (the first sheet) or CSV (UTF-8, with or
 * without BOM; separator , ; or tab) into typed rows, finding the columns by their headers, and reports
 * every problem at its sheet, row and column. The bytes of an .xlsx are checked (zip-guard) before opening.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors.js';
import { fieldOfHeader, type ImportField, type ImportRow, type RawCell, type RowIssue, readRow } from '../domain/units/unit-import-rows.js';
import { columnLetter, unescapeText } from './xlsx-cells.js';
import { guardXlsx } from './zip-guard.js';

export interface UnitsFile {
  /** Sheet name (xlsx) or "CSV". */
  sheet: string;
  rows: ImportRow[];
  /** Data rows read (valid or not). */
  rowCount: number;
  /** Headers that name no known column (kept out of the import), e.g. "Tên tiếng Anh". */
  ignoredColumns: string[];
  issues: RowIssue[];
}

const REQUIRED: ImportField[] = ['code', 'name', 'kind'];
/** The header row is searched among the first rows: official lists often open with a title. */
const HEADER_SEARCH_ROWS = 10;

const unreadable = (vi: string, en: string, why: string) =>
  new AppError('unit_import.unreadable', 'invalid', { vi, en }, [{ path: 'file', message: why }]);

function plain(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return unescapeText(v);
  if (typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) {
      const r = (v as { result?: unknown }).result;
      return typeof r === 'string' || typeof r === 'number' || r instanceof Date ? r : null;
    }
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}

async function readCsv(file: Buffer): Promise<ExcelJS.Worksheet> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw unreadable(
      'Tệp CSV không phải mã UTF-8; hãy lưu lại bằng "CSV UTF-8" (Excel: Lưu thành → CSV UTF-8)',
      'The CSV file is not UTF-8; save it again as "CSV UTF-8"',
      'not UTF-8',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const delimiter = [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
  const wb = new ExcelJS.Workbook();
  try {
    return await wb.csv.read(Readable.from([text]), { sheetName: 'CSV', map: (v: string) => v, parserOptions: { delimiter } } as never);
  } catch (e) {
    throw unreadable('Không đọc được tệp CSV', 'The CSV file cannot be read', e instanceof Error ? e.message.slice(0, 200) : 'unreadable');
  }
}

async function readXlsx(file: Buffer): Promise<ExcelJS.Worksheet> {
  guardXlsx(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (e) {
    throw unreadable(
      'Không đọc được bảng tính (tệp hỏng hoặc không đúng định dạng .xlsx)',
      'The workbook cannot be read (damaged or not .xlsx)',
      e instanceof Error ? e.message.slice(0, 200) : 'unreadable',
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw unreadable('Bảng tính không có trang nào', 'The workbook has no sheet', 'no sheet');
  return ws;
}

/** .xlsx when the bytes are a zip ("PK"), CSV otherwise. */
export async function readUnitsFile(file: Buffer): Promise<UnitsFile> {
  const isZip = file.length >= 2 && file[0] === 0x50 && file[1] === 0x4b;
  const ws = isZip ? await readXlsx(file) : await readCsv(file);
  const sheet = ws.name;
  const issues: RowIssue[] = [];

  let headerRow = 0;
  let columns: Partial<Record<ImportField, string>> = {};
  const byIndex = new Map<number, ImportField>();
  const ignoredColumns: string[] = [];
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount) && headerRow === 0; r++) {
    const found = new Map<number, ImportField>();
    ws.getRow(r).eachCell((cell, col) => {
      const f = fieldOfHeader(String(plain(cell.value) ?? ''));
      if (f && ![...found.values()].includes(f)) found.set(col, f);
    });
    if ([...found.values()].includes('code') && [...found.values()].includes('name')) {
      headerRow = r;
      for (const [col, f] of found) byIndex.set(col, f);
      columns = Object.fromEntries([...found].map(([col, f]) => [f, columnLetter(col)]));
      ws.getRow(r).eachCell((cell, col) => {
        if (!found.has(col)) ignoredColumns.push(String(plain(cell.value) ?? '').trim());
      });
    }
  }
  if (headerRow === 0) {
    issues.push({
      sheet,
      row: 0,
      column: '',
      code: 'unit_import.no_header',
      vi: `Không thấy dòng tiêu đề (cần ít nhất các cột "Mã", "Tên", "Cấp") trong ${HEADER_SEARCH_ROWS} dòng đầu`,
      en: `No header row (at least "Mã", "Tên", "Cấp" columns) in the first ${HEADER_SEARCH_ROWS} rows`,
    });
    return { sheet, rows: [], rowCount: 0, ignoredColumns, issues };
  }
  for (const f of REQUIRED.filter((f) => !columns[f])) {
    issues.push({
      sheet,
      row: headerRow,
      column: '',
      code: 'unit_import.missing_column',
      vi: `Thiếu cột bắt buộc "${f === 'kind' ? 'Cấp' : f === 'code' ? 'Mã' : 'Tên'}"`,
      en: `Required column "${f}" is missing`,
    });
  }

  const rows: ImportRow[] = [];
  let rowCount = 0;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const cells: Partial<Record<ImportField, RawCell>> = {};
    for (const [col, f] of byIndex) cells[f] = plain(ws.getRow(r).getCell(col).value);
    if (Object.values(cells).every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    rowCount++;
    const row = readRow(sheet, r, cells, columns, issues);
    if (row) rows.push(row);
  }
  if (rowCount === 0 && issues.length === 0) {
    issues.push({
      sheet,
      row: headerRow,
      column: '',
      code: 'unit_import.empty',
      vi: 'Tệp không có dòng đơn vị nào dưới tiêu đề',
      en: 'The file has no unit rows below the header',
    });
  }
  return { sheet, rows, rowCount, ignoredColumns, issues };
}
