/**
 * The recognition documents printed the way an office prints them: LibreOffice headless turns each into
 * PDF (one run), the PDF is read back (heading, title, date line, the vote, the page numbers from page 2),
 * and every page is rendered to PNG with pdftoppm for a person to look at (RECDOCS_PNG_DIR keeps them).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appraisalReportDocx,
  eligibleListDocx,
  meetingMinutesDocx,
  requestDocx,
  selfAssessmentDocx,
} from '../../../src/documents/recognition/index.js';
import { seedDemo } from '../../../src/services/demo.service.js';
import { buildSelfAssessmentInput } from '../../../src/services/recognition-docs/self-assessment.service.js';
import { openTestDatabase } from '../../support/databases.js';
import { allLines, hasCommand, pageCount, pageLines, toPdf } from '../pdf-tools.js';
import { appraisal, eligible, minutes, request, requestToProvince, returned } from './fixtures.js';

const run = promisify(execFile);
const tools = (await hasCommand('soffice')) && (await hasCommand('pdfinfo')) && (await hasCommand('pdftoppm'));
if (!tools && process.env.CI) throw new Error('CI: soffice and poppler-utils must be installed; the PDF check may not be skipped');

/** Each document, and a line its first page must print (pdftotext without layout keeps a line whole). */
const FIRST_PAGE: Record<string, string[]> = {
  'bao-cao-ket-qua.docx': ['BÁO CÁO', 'Nâm Nung, ngày 12 tháng 6 năm 2023', 'Số: …/BC-UBND'],
  'to-trinh.docx': ['TỜ TRÌNH', 'Kính gửi: Ủy ban nhân dân huyện Krông Nô.', 'Số: …/TTr-UBND'],
  'to-trinh-tinh.docx': ['Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng.', 'Nâm Nung, ngày 05 tháng 02 năm 2026', 'Số: 15/TTr-UBND'],
  'bien-ban.docx': ['BIÊN BẢN', 'Nâm Nung, ngày 09 tháng 6 năm 2023'],
  'bao-cao-tham-tra.docx': ['BÁO CÁO', 'Krông Nô, ngày 05 tháng 7 năm 2023', 'Số: 210/BC-UBND'],
  'bao-cao-tham-tra-tra-lai.docx': ['BÁO CÁO'],
  'danh-sach.docx': ['DANH SÁCH', 'Krông Nô, ngày 10 tháng 7 năm 2023'],
};
const NAMES = Object.keys(FIRST_PAGE);

describe.skipIf(!tools)('recognition documents printed through LibreOffice', () => {
  const pdf = new Map<string, string>();
  let pngDir = '';
  beforeAll(async () => {
    const t = await openTestDatabase('sqlite');
    await seedDemo(t.ctx);
    const selfInput = await buildSelfAssessmentInput(t.ctx, '24703', '2022-12-31', 'ntm', { issuedOn: '2023-06-12' });
    await t.close();
    const bytes: Record<string, Buffer> = {
      'bao-cao-ket-qua.docx': await selfAssessmentDocx(selfInput),
      'to-trinh.docx': await requestDocx(request),
      'to-trinh-tinh.docx': await requestDocx(requestToProvince),
      'bien-ban.docx': await meetingMinutesDocx(minutes),
      'bao-cao-tham-tra.docx': await appraisalReportDocx(appraisal),
      'bao-cao-tham-tra-tra-lai.docx': await appraisalReportDocx(returned),
      'danh-sach.docx': await eligibleListDocx(eligible),
    };
    const dir = await mkdtemp(join(tmpdir(), 'ntm-recdocs-'));
    for (const [n, b] of Object.entries(bytes)) await writeFile(join(dir, n), b);
    const pdfs = await toPdf(NAMES.map((n) => join(dir, n)));
    for (const n of NAMES) pdf.set(n, pdfs.get(join(dir, n)) as string);
    pngDir = process.env.RECDOCS_PNG_DIR ?? join(dir, 'png');
    await mkdir(pngDir, { recursive: true });
  }, 180_000);

  it.each(NAMES)('%s: opens, prints its heading, title and date on page 1', async (name) => {
    const lines = await pageLines(pdf.get(name) as string, 1, false);
    expect(lines).toEqual(
      expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', ...(FIRST_PAGE[name] ?? [])]),
    );
    // No number on page 1.
    expect(lines[0]).not.toBe('1');
  });

  it('the self-assessment runs over several pages, numbered from page 2, with all 19 criteria', async () => {
    const file = pdf.get('bao-cao-ket-qua.docx') as string;
    const n = await pageCount(file);
    expect(n).toBeGreaterThanOrEqual(3);
    expect((await pageLines(file, 2))[0]).toBe('2');
    expect((await pageLines(file, n))[0]).toBe(String(n));
    const text = (await allLines(file)).join('\n');
    for (let c = 1; c <= 19; c++) expect(text).toContain(`Tiêu chí số ${c}:`);
    expect(text).toContain('đạt 17/19 tiêu chí nông thôn mới');
    expect(text.match(/\d{4}-\d{2}-\d{2}/u)).toBeNull();
  });

  it('the minutes print the vote with its percentage', async () => {
    const file = pdf.get('bien-ban.docx') as string;
    const pages = await pageCount(file);
    const lines: string[] = [];
    for (let p = 1; p <= pages; p++) lines.push(...(await pageLines(file, p, false)));
    const text = lines.join(' ');
    expect(text.replace(/\s+/gu, ' ')).toContain('là 25/tổng số 28 thành viên, đạt 89,3%.');
  });

  it('renders every page of every document to PNG', async () => {
    for (const name of NAMES) {
      const file = pdf.get(name) as string;
      const base = join(pngDir, name.replace(/\.docx$/u, ''));
      await run('pdftoppm', ['-png', '-r', '60', file, base]);
      const pages = (await readdir(pngDir)).filter((f) => f.startsWith(`${name.replace(/\.docx$/u, '')}-`) && f.endsWith('.png'));
      expect(pages.length, name).toBe(await pageCount(file));
      // A blank A4 page at 60 dpi compresses to well under 2 kB; a printed one does not.
      for (const p of pages) expect((await stat(join(pngDir, p))).size, `${name} ${p}`).toBeGreaterThan(4000);
    }
  }, 60_000);
});
