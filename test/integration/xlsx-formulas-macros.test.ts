/**
 * The values import takes values typed in, on each database: a macro-enabled workbook (.xlsm, or a VBA
 * project inside an .xlsx) is refused as a whole, and a formula or an external link in a value cell is an
 * error at its cell (sheet, row, column), in Vietnamese and English — never its cached result read silently.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import type { AppError } from '../../src/domain/errors.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valuesXlsxFile } from '../../src/services/document.service.js';
import { importValues } from '../../src/services/import.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { cellOf, countRows, load, save } from '../support/values-sheet.js';

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const PLAIN_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** The exported workbook turned into what Excel writes for "Save as .xlsm": a VBA part and/or the macro content type. */
async function withMacros(xlsx: Buffer, opts: { vba: boolean; contentType: boolean }) {
  const zip = await JSZip.loadAsync(xlsx);
  if (opts.vba) zip.file('xl/vbaProject.bin', Buffer.from('\xd0\xcf\x11\xe0 Attribute VB_Name = "Module1"', 'latin1'));
  if (opts.contentType) {
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    expect(types).toContain(PLAIN_MAIN);
    zip.file('[Content_Types].xml', types.replace(PLAIN_MAIN, MACRO_MAIN));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe.each(DIALECTS)('formulas, links and macros in the values import on %s', (dialect) => {
  let t: TestDatabase;
  let exported: Buffer;
  const valueCount = () => countRows(t.database, 'indicatorValue');
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    exported = (await valuesXlsxFile(t.ctx, { unitCode: '664', asOf: '2021-12-31' })).buffer;
  });
  afterAll(() => t.close());

  it('refuses a macro-enabled workbook, whether the VBA part or the content type gives it away', async () => {
    const before = await valueCount();
    for (const opts of [
      { vba: true, contentType: true },
      { vba: true, contentType: false },
      { vba: false, contentType: true },
    ]) {
      const err = (await importValues(t.ctx, { file: await withMacros(exported, opts), mode: 'all' }).catch((e) => e)) as AppError;
      expect([opts, err.code]).toEqual([opts, 'import.macro_enabled']);
      expect(err.messages.vi).toContain('macro');
      expect(err.messages.en).toContain('macro-enabled');
    }
    expect(await valueCount()).toBe(before);
    // The same workbook without macros goes through.
    const ok = await importValues(t.ctx, { file: exported, mode: 'all', dryRun: true });
    expect(ok.issues).toEqual([]);
  });

  it('reports a formula and an external link in value cells at their cells, even with a cached result', async () => {
    const wb = await load(exported);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '31/10/2022';
    const formula = cellOf(wb, '24703', '9.2');
    formula.value = { formula: 'SUM(D4:D5)/2', result: 80 } as ExcelJS.CellFormulaValue;
    const external = cellOf(wb, '24692', '9.2');
    external.value = { formula: "'[Số liệu xã.xlsx]Trang1'!C7", result: 95 } as ExcelJS.CellFormulaValue;
    const link = cellOf(wb, '24692', '9.1');
    link.value = { text: '1', hyperlink: 'http://x.example/so-lieu.xlsx' };
    const before = await valueCount();
    const err = (await importValues(t.ctx, { file: await save(wb), mode: 'all' }).catch((e) => e)) as AppError;
    expect(err.code).toBe('import.invalid');
    const issues = err.details?.issues as {
      sheet: string;
      row: number;
      column: string;
      cell: string;
      code: string;
      vi: string;
      en: string;
    }[];
    const at = (address: string) => issues.find((i) => i.cell === `${VALUES_SHEET}!${address}`);
    expect(at(formula.address)).toMatchObject({
      sheet: VALUES_SHEET,
      row: Number(formula.row),
      column: formula.address.replace(/\d+$/, ''),
      code: 'import.formula',
      vi: expect.stringContaining('công thức (=SUM(D4:D5)/2)'),
      en: expect.stringContaining('formula'),
    });
    expect(at(external.address)).toMatchObject({ code: 'import.external_link', vi: expect.stringContaining('tệp khác') });
    expect(at(link.address)).toMatchObject({ code: 'import.external_link', en: expect.stringContaining('link') });
    expect(issues).toHaveLength(3);
    expect(await valueCount()).toBe(before);

    // Only-valid mode writes the other communes and still reports the three cells.
    const valid = await importValues(t.ctx, { file: await save(wb), mode: 'valid', dryRun: true });
    expect(valid.issues.map((i) => i.code).sort()).toEqual(['import.external_link', 'import.external_link', 'import.formula']);
    expect(valid.acceptedRows).toBe(9);
  });
});
