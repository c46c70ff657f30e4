/**
 * Export → import of the values workbook on each database: identical values come back, imported values
 * are versioned and audited like typed ones, and hostile or malformed files are refused with
 * cell-located messages while nothing is written.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import type { AppError } from '../../src/domain/errors.js';
import { type Actor, createContext } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valuesXlsxFile } from '../../src/services/document.service.js';
import { evaluateUnit } from '../../src/services/evaluation.service.js';
import { importValues } from '../../src/services/import.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { cellOf, countRows, load, save } from '../support/values-sheet.js';

const DISTRICT = '664';
const NAM_XUAN = '24692';
const NAM_NUNG = '24703';
const BASE = '2021-12-31';

/** The value cells of the values sheet, row by row (commune code and values; names and headers left out). */
function valueGrid(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
  const out: unknown[][] = [];
  ws.eachRow((row, r) => {
    if (r === 1 || r > 3) out.push((row.values as unknown[]).slice(1).filter((_, i) => i !== 1));
  });
  return out;
}

function setDate(wb: ExcelJS.Workbook, date: string) {
  (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = date;
}

describe.each(DIALECTS)('values workbook import on %s', (dialect) => {
  let t: TestDatabase;
  let exported: Buffer;
  const auditCount = () => countRows(t.database, 'auditEvent');
  const valueCount = () => countRows(t.database, 'indicatorValue');

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    exported = (await valuesXlsxFile(t.ctx, { unitCode: DISTRICT, asOf: BASE })).buffer;
  });
  afterAll(() => t.close());

  it('exports one row per commune, one column per indicator, numbers as numbers', async () => {
    const wb = await load(exported);
    const ws = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(3 + 11);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(ws.getCell('A1').value).toBe('Mã xã');
    const numeric = cellOf(wb, NAM_XUAN, '9.2').value;
    expect(typeof numeric).toBe('number');
    expect(wb.getWorksheet('Kết quả')?.rowCount).toBeGreaterThan(11 * 40);
  });

  it('export → import (on a new date) writes nothing: the values in force on that date are the same', async () => {
    const wb = await load(exported);
    setDate(wb, '30/06/2022');
    const [before, values] = [await auditCount(), await valueCount()];
    const r = await importValues(t.ctx, { file: await save(wb), mode: 'all' });
    expect(r.issues).toEqual([]);
    expect(r.acceptedRows).toBe(11);
    expect(r).toMatchObject({ written: 0, unchanged: r.values });
    expect([await auditCount(), await valueCount()]).toEqual([before, values]);
    const again = await load((await valuesXlsxFile(t.ctx, { unitCode: DISTRICT, asOf: '2022-06-30' })).buffer);
    expect(valueGrid(again)).toEqual(valueGrid(await load(exported)));
  });

  it("writes a changed value on the sheet's date, versioned and audited like a typed one", async () => {
    const wb = await load(exported);
    setDate(wb, '31/07/2022');
    const cell = cellOf(wb, NAM_NUNG, '9.2');
    cell.value = Number(cell.value) + 1;
    const before = await auditCount();
    const r = await importValues(t.ctx, { file: await save(wb), mode: 'all' });
    expect(r).toMatchObject({ written: 1, changed: 1, new: 0 });
    expect(await auditCount()).toBe(before + 2);
    const events = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', 'like', `${NAM_NUNG}/%/9.2/2022-07-31`)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['indicator_value.record']);
  });

  it('takes Vietnamese decimals and words, and the commune meets the criterion from that date', async () => {
    const wb = await load(exported);
    setDate(wb, '30/09/2022');
    cellOf(wb, NAM_XUAN, '9.1').value = 0;
    cellOf(wb, NAM_XUAN, '9.2').value = '82,5';
    const r = await importValues(t.ctx, { file: await save(wb), mode: 'all' });
    expect(r.issues).toEqual([]);
    const e = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-09-30' });
    expect(e.evaluation.indicators.find((i) => i.code === '9.2')?.value).toBe(82.5);
    expect(e.evaluation.criteria.find((c) => c.number === 9)?.status).toBe('met');
  });

  it('refuses to overwrite a value saved after the export, at its cell, and writes nothing', async () => {
    const sheet = (await valuesXlsxFile(t.ctx, { unitCode: DISTRICT, asOf: '2022-06-30' })).buffer;
    await new Promise((r) => setTimeout(r, 5));
    const set = (await load(sheet)).getWorksheet(INFO_SHEET)?.getCell('B1').value as string;
    await recordValues(t.ctx, { unitCode: NAM_XUAN, setCode: set, asOf: '2022-06-30', values: { '9.2': 91 } });
    const wb = await load(sheet);
    const cell = cellOf(wb, NAM_XUAN, '9.2');
    // Left as exported, the cell is older than the stored value and is not applied (no conflict).
    expect(await importValues(t.ctx, { file: await save(wb), mode: 'all', dryRun: true })).toMatchObject({ written: 0, conflicts: 0 });
    cell.value = 85;
    const before = await auditCount();
    const err = await importValues(t.ctx, { file: await save(wb), mode: 'all' }).catch((e: AppError) => e);
    const issues = (err as AppError).details?.issues as { code: string; cell: string; vi: string }[];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'import.changed_since_export', cell: `Giá trị!${cell.address}` });
    expect(issues[0]?.vi).toContain('giá trị hiện tại là 91');
    expect(await auditCount()).toBe(before);
    // Typing the newer value into the sheet is no conflict.
    cell.value = 91;
    const ok = await importValues(t.ctx, { file: await save(wb), mode: 'all', dryRun: true });
    expect(ok.issues).toEqual([]);
  });

  it('refuses bad cells, every one located by sheet, row and column, and writes nothing', async () => {
    const wb = await load(exported);
    setDate(wb, '31/10/2022');
    const ws = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
    const bad = cellOf(wb, NAM_XUAN, '9.2');
    bad.value = 'khoảng 80';
    const pct = cellOf(wb, NAM_NUNG, '9.2');
    pct.value = 150;
    const formula = cellOf(wb, NAM_NUNG, '9.1');
    formula.value = { formula: 'A1/0' } as ExcelJS.CellFormulaValue;
    ws.getCell(1, 3).value = '99.9';
    ws.addRow(['99999', 'Xã không có', 1]);
    const [before, values] = [await auditCount(), await valueCount()];
    const err = (await importValues(t.ctx, { file: await save(wb), mode: 'all' }).catch((e) => e)) as AppError;
    expect(err.code).toBe('import.invalid');
    const cells = (err.details?.issues as { cell: string; vi: string; en: string }[]).map((i) => i.cell);
    expect(cells).toEqual(
      expect.arrayContaining([
        `${VALUES_SHEET}!${bad.address}`,
        `${VALUES_SHEET}!${pct.address}`,
        `${VALUES_SHEET}!${formula.address}`,
        `${VALUES_SHEET}!C1`,
        `${VALUES_SHEET}!A15`,
      ]),
    );
    const msg = (err.details?.issues as { cell: string; vi: string; en: string }[]).find((i) => i.cell.endsWith(bad.address));
    expect(msg?.vi).toContain('Chỉ tiêu 9.2');
    expect(msg?.en).toContain('Indicator 9.2');
    expect(err.messages.vi).toMatch(/chưa ghi giá trị nào/);
    expect([await auditCount(), await valueCount()]).toEqual([before, values]);
  });

  it('writes only the valid rows when asked, and reports the rest', async () => {
    const wb = await load(exported);
    setDate(wb, '30/11/2022');
    cellOf(wb, NAM_XUAN, '9.2').value = 'không rõ';
    const edited = cellOf(wb, NAM_NUNG, '5');
    edited.value = Number(edited.value) - 2;
    const r = await importValues(t.ctx, { file: await save(wb), mode: 'valid' });
    expect(r.acceptedRows).toBe(10);
    expect(r.issues.map((i) => i.cell)).toEqual([`${VALUES_SHEET}!${cellOf(wb, NAM_XUAN, '9.2').address}`]);
    const e = await evaluateUnit(t.ctx, { unitCode: NAM_NUNG, asOf: '2022-11-30' });
    expect(e.recorded.some((v) => v.asOf === '2022-11-30')).toBe(true);
    const x = await evaluateUnit(t.ctx, { unitCode: NAM_XUAN, asOf: '2022-11-30' });
    expect(x.recorded.some((v) => v.asOf === '2022-11-30')).toBe(false);
  });

  it("refuses rows of communes outside the officer's scope", async () => {
    const officer: Actor = {
      id: 'u-officer',
      username: 'xa.namnung',
      displayName: 'x',
      role: 'commune_officer',
      unitCode: NAM_NUNG,
      criteria: [],
    };
    const ctx = createContext(t.database, officer);
    const wb = await load(exported);
    setDate(wb, '15/12/2022');
    const before = await valueCount();
    const err = (await importValues(ctx, { file: await save(wb), mode: 'all' }).catch((e) => e)) as AppError;
    expect(err.code).toBe('import.invalid');
    const issues = err.details?.issues as { code: string }[];
    expect(issues.filter((i) => i.code === 'import.forbidden')).toHaveLength(10);
    expect(await valueCount()).toBe(before);
  });

  it('refuses files that are not spreadsheets, by their content', async () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('%PDF-1.7\n1 0 obj\n'), 'import.not_spreadsheet'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0)]), 'import.not_spreadsheet'],
      [
        await new JSZip().file('[Content_Types].xml', '<x/>').file('word/document.xml', '<w/>').generateAsync({ type: 'nodebuffer' }),
        'import.not_spreadsheet',
      ],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]), 'import.not_spreadsheet'],
      [Buffer.alloc(26 * 1024 * 1024, 0x50), 'import.too_large'],
    ];
    const before = await valueCount();
    for (const [file, code] of cases) {
      await expect(importValues(t.ctx, { file, mode: 'all' })).rejects.toMatchObject({ code, kind: 'invalid' });
    }
    expect(await valueCount()).toBe(before);
  });

  it('refuses a zip bomb from its declared sizes, without inflating it', async () => {
    const zip = new JSZip()
      .file('[Content_Types].xml', '<Types/>')
      .file('xl/workbook.xml', '<workbook/>')
      .file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importValues(t.ctx, { file: bomb, mode: 'all' })).rejects.toMatchObject({ code: 'import.zip_bomb' });
  });

  it('refuses a zip bomb that understates its sizes, stopping at the declared size', async () => {
    const zip = new JSZip()
      .file('[Content_Types].xml', '<Types/>')
      .file('xl/workbook.xml', '<workbook/>')
      .file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    // Rewrite the big entry's uncompressed size to 1,000 bytes in its local header and in the central directory.
    const big = 60 * 1024 * 1024;
    let patched = 0;
    for (let i = 0; i + 30 < bomb.length; i++) {
      const sig = bomb.readUInt32LE(i);
      if (sig === 0x04034b50 && bomb.readUInt32LE(i + 22) === big) {
        bomb.writeUInt32LE(1000, i + 22);
        patched++;
      }
      if (sig === 0x02014b50 && bomb.readUInt32LE(i + 24) === big) {
        bomb.writeUInt32LE(1000, i + 24);
        patched++;
      }
    }
    expect(patched).toBe(2);
    await expect(importValues(t.ctx, { file: bomb, mode: 'all' })).rejects.toMatchObject({ code: 'import.zip_bomb' });
  });

  it('refuses a damaged workbook with a clear message', async () => {
    const good = Buffer.from(exported);
    // Corrupt the middle of the archive (the compressed sheet data), keeping the directory intact.
    for (let i = 2000; i < 2400; i++) good[i] = 0;
    await expect(importValues(t.ctx, { file: good, mode: 'all' })).rejects.toMatchObject({ kind: 'invalid' });
  });
});
