/** The values workbook in tests: load and save it, find a commune's cell of an indicator, count stored rows. */
import ExcelJS from 'exceljs';
import type { Database } from '../../src/db/database.js';
import { VALUES_SHEET } from '../../src/documents/values-xlsx.js';

export async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

export const save = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The cell of an indicator (row 1 holds the codes) on a commune's row (column A holds the codes). */
export function cellOf(wb: ExcelJS.Workbook, unitCode: string, indicator: string) {
  const ws = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
  let col = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === indicator) col = i;
  });
  let row = 0;
  ws.eachRow((r, i) => {
    if (String(r.getCell(1).value) === unitCode) row = i;
  });
  return ws.getCell(row, col);
}

/** Rows of a table: what a test compares before and after an action that must write nothing. */
export async function countRows(database: Database, table: 'auditEvent' | 'indicatorValue') {
  const r = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
