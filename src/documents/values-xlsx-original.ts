/**
 * The values as they were exported, kept in a hidden sheet of the values workbook. On import they tell
 * a cell the user edited from one they left alone: a value someone saved in the system after the export
 * is then a conflict only where the sheet changed it too, not wherever the sheet is merely older.
 */
import type ExcelJS from 'exceljs';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';

export const ORIGINAL_SHEET = 'Gốc';

/** One commune's exported values as text: "2.1=y;9.2=82.5;17.8=na" (y/n yes/no, na not applicable). */
export function packOriginal(values: ReadonlyMap<string, IndicatorValue | null>): string {
  const parts: string[] = [];
  for (const [code, v] of values) {
    if (v === null) continue;
    parts.push(`${code}=${v === 'not_applicable' ? 'na' : v === true ? 'y' : v === false ? 'n' : String(v)}`);
  }
  return parts.join(';');
}

function unpack(text: string): Map<string, IndicatorValue> {
  const m = new Map<string, IndicatorValue>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const code = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    const v = raw === 'na' ? 'not_applicable' : raw === 'y' ? true : raw === 'n' ? false : Number(raw);
    if (typeof v !== 'number' || Number.isFinite(v)) m.set(code, v);
  }
  return m;
}

/** Adds the hidden sheet: commune code, packed values. */
export function writeOriginal(
  wb: ExcelJS.Workbook,
  communes: readonly { unitCode: string; values: ReadonlyMap<string, IndicatorValue | null> }[],
) {
  const ws = wb.addWorksheet(ORIGINAL_SHEET, { state: 'veryHidden' });
  // A commune exported without values gets a blank cell, not an empty string.
  for (const c of communes) ws.addRow([c.unitCode, packOriginal(c.values) || null]);
  ws.getColumn(1).numFmt = '@';
}

/** Commune code → exported values; null when the workbook has no such sheet (made by hand, or removed). */
export function readOriginal(wb: ExcelJS.Workbook): Map<string, Map<string, IndicatorValue>> | null {
  const ws = wb.getWorksheet(ORIGINAL_SHEET);
  if (!ws) return null;
  const out = new Map<string, Map<string, IndicatorValue>>();
  ws.eachRow((row) => {
    const code = row.getCell(1).value;
    const packed = row.getCell(2).value;
    if (code === null || code === undefined) return;
    out.set(String(code).trim(), unpack(typeof packed === 'string' ? packed : ''));
  });
  return out;
}
