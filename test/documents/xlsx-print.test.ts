/**
 * Every generated sheet prints like an office expects: A4, landscape when wide, one page wide, header rows
 * repeated, headers tall enough for their wrapped text, empty cells blank and dates real dd/mm/yyyy dates.
 * Read back with exceljs, and printed by LibreOffice to PDF (page size and page 2 read with poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import { BOARD_SHEET, boardWorkbook, boardXlsx } from '../../src/documents/board-xlsx.js';
import { planWorkbook } from '../../src/documents/plan-xlsx.js';
import { INFO_SHEET, RESULTS_SHEET, VALUES_SHEET, valuesWorkbook } from '../../src/documents/values-xlsx.js';
import { readHead } from '../../src/documents/values-xlsx-reader.js';

const set = builtinSets().find((s) => s.code === 'qd318-ntm-2021-2025');
if (!set) throw new Error('set missing');
const indicators = set.criteria.flatMap((c) => c.indicators);
const communes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ unitCode: `9${String(i).padStart(4, '0')}`, name: `Xã Thử ${i + 1}` }));

const boardInput = (n: number) => ({
  title: 'Kết quả thực hiện tiêu chí — huyện Thử',
  asOf: '2022-06-30',
  criteria: set.criteria,
  rows: communes(n).map((c, i) => ({
    ...c,
    criteria: set.criteria.map((_, k) => (k % 3 === i % 3 ? 'not_met' : k === 18 ? 'incomplete' : 'met')),
    metCount: 12,
    tier: i % 4 === 0 ? ('ntm' as const) : null,
  })),
  averageMet: 12,
  demo: false,
});
const board = (n: number) => boardWorkbook(boardInput(n));

const values = (n: number) =>
  valuesWorkbook({
    setCode: set.code,
    setName: set.name,
    asOf: '2022-06-30',
    scope: { code: '664', name: 'huyện Thử' },
    indicators,
    // The last commune has no value at all: its cells, and its row of the hidden "Gốc" sheet, stay blank.
    communes: communes(n).map((c, i) => ({ ...c, values: new Map(i < n - 1 ? [[indicators[1]?.code as string, 42.5]] : []) })),
    exportedAt: '2022-07-01T01:02:03.456Z',
    withResults: true,
  });

const plan = () => {
  const p = krongNoPlan2022();
  p.tasks = p.tasks.map((t, i) => (i % 2 ? t : { ...t, deadline: '2022-09-30' }));
  return planWorkbook({ plan: p, progress: null, metAtStart: new Map(), metNow: new Map(), asOf: '2022-06-30' });
};

async function reread(wb: ExcelJS.Workbook) {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

const visible = (wb: ExcelJS.Workbook) => wb.worksheets.filter((ws) => ws.state === 'visible');

describe('page setup of every generated sheet', () => {
  it('A4, one page wide, header rows repeated, landscape where the table is wide', async () => {
    const expected: Record<string, { titles?: string; landscape: boolean }> = {
      [BOARD_SHEET]: { titles: '1:3', landscape: true },
      [VALUES_SHEET]: { titles: '1:3', landscape: true },
      [INFO_SHEET]: { landscape: false },
      [RESULTS_SHEET]: { titles: '1:1', landscape: true },
      'Mục tiêu': { titles: '1:1', landscape: true },
      'Nhiệm vụ': { titles: '1:1', landscape: true },
    };
    const seen: string[] = [];
    for (const wb of [board(5), values(5), plan()]) {
      for (const ws of visible(await reread(wb))) {
        const want = expected[ws.name];
        expect(want, ws.name).toBeDefined();
        seen.push(ws.name);
        const p = ws.pageSetup;
        expect(p.paperSize, ws.name).toBe(9);
        expect(p.orientation, ws.name).toBe(want?.landscape ? 'landscape' : 'portrait');
        expect([p.fitToPage, p.fitToWidth, p.fitToHeight], ws.name).toEqual([true, 1, 0]);
        expect(p.printTitlesRow, ws.name).toBe(want?.titles);
        for (const m of ['left', 'right', 'top', 'bottom'] as const) {
          expect(p.margins?.[m], `${ws.name} ${m}`).toBeGreaterThanOrEqual(0.4);
          expect(p.margins?.[m], `${ws.name} ${m}`).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(seen.sort()).toEqual(Object.keys(expected).sort());
  });

  it('header rows wrap and are tall enough for their text (no clipped Vietnamese headers)', async () => {
    for (const wb of [board(5), values(5), plan()]) {
      for (const ws of visible(await reread(wb))) {
        if (ws.name === INFO_SHEET) continue;
        const [first, last] = ws.name === BOARD_SHEET ? [2, 3] : ws.name === VALUES_SHEET ? [1, 3] : [1, 1];
        for (let r = first; r <= last; r++) {
          const row = ws.getRow(r);
          row.eachCell((c, col) => {
            if (c.isMerged && c.master !== c) return;
            const text = String(c.value ?? '');
            const width = ws.getColumn(col).width ?? 9;
            expect(c.alignment?.wrapText, `${ws.name}!${c.address}`).toBe(true);
            // Room: lines the height holds (≈15 pt each) × characters a line holds (bold ≈ 1,2 per width unit).
            const lines = Math.floor((row.height ?? 15) / 15);
            const longestWord = Math.max(...text.split(/\s+/u).map((w) => [...w].length));
            expect(lines * ((width - 1) / 1.2), `${ws.name}!${c.address} "${text}"`).toBeGreaterThanOrEqual([...text].length);
            expect(width, `${ws.name}!${c.address} word of "${text}"`).toBeGreaterThanOrEqual(longestWord);
          });
        }
      }
    }
  });

  it('long task texts get rows tall enough for their wrapped lines (a spreadsheet does not grow them)', async () => {
    const tasks = (await reread(plan())).getWorksheet('Nhiệm vụ') as ExcelJS.Worksheet;
    let long = 0;
    tasks.eachRow((row, r) => {
      const text = row.getCell(2).value;
      if (r === 1 || typeof text !== 'string') return;
      expect(row.getCell(2).alignment?.wrapText, `B${r}`).toBe(true);
      const width = tasks.getColumn(2).width ?? 9;
      if ([...text].length <= width) return;
      long++;
      expect(Math.floor((row.height ?? 15) / 15) * ((width - 1) / 0.9), `B${r}`).toBeGreaterThanOrEqual([...text].length);
    });
    expect(long).toBeGreaterThan(10);
  });

  it('leaves empty cells blank (no empty strings) and writes dates as dd/mm/yyyy dates, never ISO text', async () => {
    let dates = 0;
    for (const wb of [board(5), values(5), plan()]) {
      for (const ws of (await reread(wb)).worksheets) {
        ws.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (c) => {
            expect(c.value, `${ws.name}!${c.address}`).not.toBe('');
            if (typeof c.value === 'string') expect(c.value, `${ws.name}!${c.address}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
            // "0.##" shows 12 as "12." in Excel: numbers use General or a fixed number of decimals.
            if (typeof c.value === 'number') expect(c.numFmt ?? '', `${ws.name}!${c.address}`).not.toMatch(/\.#+$/);
            if (c.value instanceof Date) {
              dates++;
              expect(c.numFmt, `${ws.name}!${c.address}`).toMatch(/^dd\/mm\/yyyy( hh:mm)?$/);
            }
          }),
        );
      }
    }
    const wb = await reread(plan());
    const tasks = wb.getWorksheet('Nhiệm vụ') as ExcelJS.Worksheet;
    const deadlines = tasks.getColumn(7).values.filter((v) => v instanceof Date);
    expect(deadlines.length).toBeGreaterThan(0);
    expect(dates).toBeGreaterThan(deadlines.length);
    const info = (await reread(values(1))).getWorksheet(INFO_SHEET) as ExcelJS.Worksheet;
    expect(info.getCell('B2').value).toEqual(new Date('2022-06-30T00:00:00Z'));
    // "Xuất lúc" shows Vietnam time (08:02 for 01:02 UTC) and reads back as the exact instant.
    expect(info.getCell('B4').value).toEqual(new Date('2022-07-01T08:02:03.456Z'));
    expect(readHead(await reread(values(1)))).toMatchObject({ asOf: '2022-06-30', exportedAt: '2022-07-01T01:02:03.456Z', issues: [] });
  });
});

describe('printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-xlsx-print-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a board longer than a page prints A4 landscape with the header rows again on page 2', async () => {
    const xlsx = join(dir, 'bang.xlsx');
    writeFileSync(xlsx, await boardXlsx(boardInput(120)));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { timeout: 60_000, stdio: 'pipe' },
    );
    const pdf = join(dir, 'bang.pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '2', pdf], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    for (const page of [1, 2]) {
      const size = new RegExp(`^Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(info);
      // A4 landscape: 842 × 595 pt.
      expect(Math.round(Number(size?.[1])), `page ${page}`).toBe(842);
      expect(Math.round(Number(size?.[2])), `page ${page}`).toBe(595);
    }
    const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page2).toContain('Mã xã');
    expect(page2).toContain('Số tiêu chí');
    expect(page2).toContain('TC 19');
    // Page 2 holds later communes only (not the first, code 90000) under the repeated header, numbered.
    expect(page2).toMatch(/\b900[4-9]\d\b/);
    expect(page2).not.toMatch(/\b90000\b/);
    // The page number stands alone on the first line, as in the documents (Nghị định 30).
    expect(page2.trim().split('\n')[0]?.trim()).toBe('2');
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  }, 60_000);
});
