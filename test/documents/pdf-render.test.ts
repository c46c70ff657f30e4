/**
 * Every document the app generates, printed the way an office prints it: LibreOffice headless turns
 * the plan, a report of each period kind and each spreadsheet into PDF in one run, and the PDF is read
 * back: the page count, no number on page 1, "2" atop page 2, and the motto's rule as long as the motto.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/documents.command.js';
import { MOTTO, MOTTO_PT } from '../../src/documents/docx-format.js';
import { textWidthMm } from '../../src/documents/font-metrics.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';
import { allLines, hasCommand, pageCount, pageLines, pageWords, ptToMm, ruleLengthMm, toPdf } from './pdf-tools.js';

const tools = (await hasCommand('soffice')) && (await hasCommand('pdfinfo')) && (await hasCommand('pdftoppm'));
if (!tools && process.env.CI)
  throw new Error('CI: soffice and poppler-utils must be installed (.ci/run install_libreoffice); the PDF check may not be skipped');
if (!tools) console.warn('pdf-render: soffice or poppler-utils not found, the PDF check is skipped here (it runs in CI)');

/** What each generated file is made with: `ntm export …` arguments and flags. */
const FILES: Record<string, [string[], Record<string, string>]> = {
  'ke-hoach.docx': [['docx', 'plan'], { year: '2022' }],
  'bao-cao-thang.docx': [['docx', 'report'], { period: 'month', year: '2022', index: '3' }],
  'bao-cao-quy.docx': [['docx', 'report'], { period: 'quarter', year: '2022', index: '2' }],
  'bao-cao-6-thang.docx': [['docx', 'report'], { period: 'half', year: '2022', index: '1' }],
  'bao-cao-nam.docx': [['docx', 'report'], { period: 'year', year: '2022', 'issued-on': '15/01/2023' }],
  'bang-tieu-chi.xlsx': [['xlsx', 'board'], { 'as-of': '31/12/2021' }],
  'gia-tri-chi-tieu.xlsx': [['xlsx', 'values'], { 'as-of': '31/12/2021' }],
  'ke-hoach-tien-do.xlsx': [['xlsx', 'plan'], { year: '2022', 'as-of': '30/06/2022' }],
};
const DOCX = Object.keys(FILES).filter((f) => f.endsWith('.docx'));
/** The place and date each document bears: the plan's own, a report's issue date (default: the period's last day). */
const ISSUED: Record<string, string> = {
  'bao-cao-thang.docx': 'Krông Nô, ngày 31 tháng 3 năm 2022',
  'bao-cao-quy.docx': 'Krông Nô, ngày 30 tháng 6 năm 2022',
  'bao-cao-6-thang.docx': 'Krông Nô, ngày 30 tháng 6 năm 2022',
  'bao-cao-nam.docx': 'Krông Nô, ngày 15 tháng 01 năm 2023',
};
const ALL = Object.keys(FILES);

describe.skipIf(!tools)('generated documents printed through LibreOffice', () => {
  let t: TestDatabase;
  const pdf = new Map<string, string>();
  const pages = new Map<string, number>();
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await seedDemo(t.ctx);
    const dir = await mkdtemp(join(tmpdir(), 'ntm-docs-'));
    for (const [name, [args, flags]] of Object.entries(FILES)) await exportCommand(t.ctx, args, { ...flags, out: join(dir, name) });
    const pdfs = await toPdf(ALL.map((n) => join(dir, n)));
    for (const n of ALL) {
      const p = pdfs.get(join(dir, n)) as string;
      pdf.set(n, p);
      pages.set(n, await pageCount(p));
    }
  }, 120_000);
  afterAll(() => t?.close());

  it.each(ALL)('%s: converts, has several pages, no number on page 1 and its number atop every later page', async (name) => {
    const n = pages.get(name) as number;
    // A document runs over several pages; a spreadsheet printed one page wide may fit on one (the district board).
    expect(n, `${name}: ${n} page(s)`).toBeGreaterThanOrEqual(name.endsWith('.docx') ? 2 : 1);
    expect((await pageLines(pdf.get(name) as string, 1))[0]).not.toBe('1');
    for (const p of n >= 2 ? [2, n] : []) expect((await pageLines(pdf.get(name) as string, p))[0], `${name}, page ${p}`).toBe(String(p));
  });

  it.each(ALL)('%s: prints every date as dd/mm/yyyy, none as yyyy-mm-dd', async (name) => {
    const text = await allLines(pdf.get(name) as string);
    expect(text.filter((l) => /\d{4}-\d{2}-\d{2}/u.test(l))).toEqual([]);
    expect(
      text.some((l) => /\b\d{2}\/\d{2}\/\d{4}\b|ngày \d{2} tháng \d{1,2} năm \d{4}/u.test(l)),
      name,
    ).toBe(true);
  });

  it.each(Object.keys(ISSUED))('%s: bears its issue date', async (name) => {
    expect(await pageLines(pdf.get(name) as string, 1, false)).toContain(ISSUED[name]);
  });

  it.each(DOCX)('%s: the rule under the motto is as long as the motto line', async (name) => {
    const file = pdf.get(name) as string;
    const words = await pageWords(file, 1);
    const first = words.find((w) => w.text === 'Độc');
    const last = words.find((w) => w.text === 'phúc' && first && Math.abs(w.yMin - first.yMin) < 1);
    if (!first || !last) throw new Error(`${name}: the motto is not on page 1`);
    const textMm = ptToMm(last.xMax - first.xMin);
    // The width the document was laid out for, from the font metrics, is what LibreOffice printed.
    expect(Math.abs(textMm - textWidthMm(MOTTO, MOTTO_PT, 'bold'))).toBeLessThan(0.3);
    const rule = await ruleLengthMm(file, 1, { left: first.xMin - 30, top: last.yMax, width: last.xMax - first.xMin + 60, height: 20 });
    expect(Math.abs(rule.lengthMm - textMm), `rule ${rule.lengthMm.toFixed(1)} mm, motto ${textMm.toFixed(1)} mm`).toBeLessThan(0.5);
    expect(Math.abs(rule.startMm - ptToMm(first.xMin))).toBeLessThan(0.5);
  });
});
