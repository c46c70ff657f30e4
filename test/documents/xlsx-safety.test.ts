/** Spreadsheet output never carries a formula from the data, keeps numbers as numbers, and reads back the same text. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { boardWorkbook } from '../../src/documents/board-xlsx.js';
import { VALUES_SHEET, valuesWorkbook } from '../../src/documents/values-xlsx.js';
import { parseNumberVi, readValue, readValuesSheet } from '../../src/documents/values-xlsx-reader.js';
import { safeText, unescapeText } from '../../src/documents/xlsx-cells.js';

const set = builtinSets().find((s) => s.code === 'qd318-ntm-2021-2025');
if (!set) throw new Error('set missing');
const indicators = set.criteria.flatMap((c) => c.indicators);
const HOSTILE = ['=HYPERLINK("http://x.example","bấm")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

async function roundTrip(wb: ExcelJS.Workbook) {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

describe('formula injection', () => {
  it('prefixes text that starts like a formula with an apostrophe, and only that text', () => {
    for (const s of HOSTILE) expect(safeText(s)).toBe(`'${s}`);
    for (const s of ['Nâm Nung', '17,9', "Nâm N'Đir", '']) expect(safeText(s)).toBe(s);
    for (const s of HOSTILE) expect(unescapeText(safeText(s))).toBe(s);
    expect(unescapeText("'bình thường")).toBe("'bình thường");
  });

  it('writes hostile commune names as plain text: no formula cell anywhere, numbers stay numbers', async () => {
    const wb = await roundTrip(
      valuesWorkbook({
        setCode: set.code,
        setName: set.name,
        asOf: '2022-06-30',
        scope: { code: '664', name: '=cmd|" /C calc"!A0' },
        indicators,
        communes: HOSTILE.map((name, i) => ({ unitCode: `X${i}`, name, values: new Map([[indicators[1]?.code as string, 42.5]]) })),
        exportedAt: '2022-06-30T00:00:00Z',
        withResults: true,
      }),
    );
    let formulas = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula || c.formula !== undefined) formulas++;
          if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
    expect(formulas).toBe(0);
    const ws = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell('B4').value).toBe(`'${HOSTILE[0]}`);
    expect(ws.getCell('D4').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('D4').value).toBe(42.5);
  });

  it('escapes the board sheet too', async () => {
    const wb = await roundTrip(
      boardWorkbook({
        title: 'Bảng',
        asOf: '2022-06-30',
        criteria: [{ number: 1, name: '=1+1' }],
        rows: [{ unitCode: '1', name: '@x', criteria: ['met'], metCount: 1, tier: null }],
        averageMet: 1,
        demo: false,
      }),
    );
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('C3').value).toBe("'=1+1");
    expect(ws.getCell('B4').value).toBe("'@x");
    expect(ws.getCell('D4').value).toBe(1);
  });
});

describe('reading cells back', () => {
  const pct = indicators.find((i) => i.percent) as (typeof indicators)[number];
  const yesNo = indicators.find((i) => i.kind === 'boolean') as (typeof indicators)[number];

  it('parses Vietnamese and English decimals', () => {
    expect(parseNumberVi('17,9')).toBe(17.9);
    expect(parseNumberVi('1.250,5')).toBe(1250.5);
    expect(parseNumberVi('82.5')).toBe(82.5);
    expect(parseNumberVi('90%')).toBe(90);
    expect(parseNumberVi('khoảng 80')).toBeNull();
  });

  it('reads words for yes/no and says what was expected otherwise, in both languages', () => {
    expect(readValue(yesNo, 'Đạt')).toEqual({ value: true });
    expect(readValue(yesNo, ' không đạt ')).toEqual({ value: false });
    expect(readValue(pct, '95,5')).toEqual({ value: 95.5 });
    const bad = readValue(pct, 150);
    expect(bad).toMatchObject({
      vi: expect.stringContaining(`Chỉ tiêu ${pct.code}`),
      en: expect.stringContaining(`Indicator ${pct.code}`),
    });
    expect(readValue(pct, { formula: 'A1' } as never)).toMatchObject({ vi: expect.stringContaining('công thức') });
    expect(readValue(pct, new Date())).toMatchObject({ en: expect.stringContaining('a date') });
  });

  it('reports an unknown indicator column and a duplicated commune at their cells', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(VALUES_SHEET);
    ws.addRow(['Mã xã', 'Xã', pct.code, '99.9']);
    ws.addRow([]);
    ws.addRow([]);
    ws.addRow(['24703', 'Nâm Nung', 80]);
    ws.addRow(['24703', 'Nâm Nung', 81]);
    const r = readValuesSheet(wb, set);
    expect(r.issues.map((i) => `${i.sheet}!${i.column}${i.row}:${i.code}`)).toEqual([
      `${VALUES_SHEET}!D1:import.unknown_indicator`,
      `${VALUES_SHEET}!A5:import.duplicate_unit`,
    ]);
    expect(r.rows).toEqual([{ row: 4, unitCode: '24703', values: { [pct.code]: 80 } }]);
  });
});
