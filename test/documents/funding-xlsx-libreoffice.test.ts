/**
 * The funding workbooks and documents as an office sees them: each .xlsx (plan, progress, debt) read back
 * by exceljs (money exact in đồng, hidden id/version columns, the plan reader finds every line) and
 * converted by LibreOffice headless; the plan and report .docx with their funding sections open too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import { allocationWorkbook, PLAN_SHEET, planColumn } from '../../src/documents/funding/allocation-xlsx.js';
import { readPlanHead, readPlanSheet } from '../../src/documents/funding/allocation-xlsx-reader.js';
import { debtWorkbook } from '../../src/documents/funding/debt-xlsx.js';
import type { FundingSourceFigure } from '../../src/documents/funding/funding-docx.js';
import { progressWorkbook } from '../../src/documents/funding/progress-xlsx.js';
import { planDocx } from '../../src/documents/plan-docx.js';
import { docxParagraphs } from './docx-text.js';
import { toPdf } from './pdf-tools.js';

const M = 1_000_000;
const head = { unitCode: '664', unitName: 'Krông Nô', year: 2022, asOf: '2022-12-31', status: 'draft' };
const lines = [
  {
    id: 'l1',
    version: 3,
    sourceCode: 'nstw.dtpt',
    sourcePath: 'Ngân sách trung ương / Vốn đầu tư phát triển',
    programmeName: null,
    communeCode: '24703',
    communeName: 'Nâm Nung',
    workCode: 'CT-664-2022-001',
    workName: 'Trường tiểu học Nâm Nung',
    setCode: 'qd318-ntm-2021-2025',
    criterionNumber: 5,
    amount: 2_000 * M + 1,
    note: null,
  },
  {
    id: 'l2',
    version: 1,
    sourceCode: 'long-ghep.khac',
    sourcePath: 'Vốn lồng ghép / Chương trình, dự án khác',
    programmeName: 'Dự án 8 CT 1719',
    communeCode: null,
    communeName: null,
    workCode: null,
    workName: null,
    setCode: null,
    criterionNumber: null,
    amount: 125_500_000,
    note: '=SUM(A1)',
  },
];
const sources: FundingSourceFigure[] = [
  { code: 'nstw', name: 'Ngân sách trung ương', depth: 0, planned: 2_000 * M, paid: 1_200 * M, rate: 0.6 },
  { code: 'nstw.dtpt', name: 'Vốn đầu tư phát triển', depth: 1, planned: 2_000 * M, paid: 1_200 * M, rate: 0.6 },
];
const rules = new Map([
  ['nstw.dtpt', { needsProgrammeName: false }],
  ['long-ghep.khac', { needsProgrammeName: true }],
]);

async function reread(wb: ExcelJS.Workbook) {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

describe('funding workbooks', () => {
  it('the plan reads back exactly: amounts in đồng, hidden id and version, the total row skipped', async () => {
    const back = await reread(allocationWorkbook(head, lines));
    const ws = back.getWorksheet(PLAN_SHEET);
    expect(ws?.getColumn(planColumn('id')).hidden).toBe(true);
    expect(ws?.getCell(2, planColumn('amount')).value).toBe(2_000 * M + 1);
    expect(readPlanHead(back)).toMatchObject({ unitCode: '664', year: 2022, issues: [] });
    const read = readPlanSheet(back, rules);
    expect(read.issues).toEqual([]);
    expect(read.lines.map((l) => [l.id, l.version, l.sourceCode, l.amount, l.note])).toEqual([
      ['l1', 3, 'nstw.dtpt', 2_000 * M + 1, null],
      // a formula-looking note is stored as text and read back as typed
      ['l2', 1, 'long-ghep.khac', 125_500_000, '=SUM(A1)'],
    ]);
  });

  it('a bad cell is named by sheet, row and column', async () => {
    const back = await reread(allocationWorkbook(head, lines));
    const ws = back.getWorksheet(PLAN_SHEET) as ExcelJS.Worksheet;
    ws.getCell(3, planColumn('amount')).value = '12,5 tỷ';
    ws.getCell(3, planColumn('programme')).value = null;
    const read = readPlanSheet(back, rules);
    expect(read.issues.map((i) => `${i.sheet}!${i.column}${i.row}`)).toEqual(['Kế hoạch vốn!D3', 'Kế hoạch vốn!K3']);
    expect(read.issues[1]?.vi).toContain('số nguyên');
    expect(read.issues[1]?.en).toContain('whole number');
  });

  it('LibreOffice converts the three workbooks, and the plan .docx says its money in words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-funding-'));
    try {
      const files = {
        plan: allocationWorkbook(head, lines),
        progress: progressWorkbook(head, {
          sources,
          communes: [{ code: '24703', name: 'Nâm Nung', planned: 2_000 * M, paid: 1_200 * M, rate: 0.6 }],
          total: { planned: 2_000 * M, paid: 1_200 * M, rate: 0.6 },
          entries: [
            {
              id: 'd1',
              lineId: 'l1',
              sourceCode: 'nstw.dtpt',
              communeCode: '24703',
              workCode: 'CT-664-2022-001',
              paidOn: '2022-03-15',
              amount: 800 * M,
              document: 'UNC 12',
              reversalOf: null,
              note: null,
            },
          ],
        }),
        debt: debtWorkbook(head, {
          works: [
            {
              code: 'CT-664-2022-001',
              name: 'Trường tiểu học Nâm Nung',
              communes: 'Nâm Nung',
              accepted: 1_500 * M,
              paid: 1_200 * M,
              debt: 300 * M,
            },
          ],
          communes: [{ code: '24703', name: 'Nâm Nung', debt: 300 * M, works: 1 }],
        }),
      };
      const paths: string[] = [];
      for (const [name, wb] of Object.entries(files)) {
        const p = join(dir, `${name}.xlsx`);
        writeFileSync(p, Buffer.from(await wb.xlsx.writeBuffer()));
        paths.push(p);
      }
      const plan = krongNoPlan2022();
      const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
      const docx = await planDocx({
        plan,
        criteria: set?.criteria ?? [],
        funding: { allocation: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2022-02-10', sources, total: 1_234_500_000 } },
      });
      const paras = (await docxParagraphs(docx)).join('\n');
      expect(paras).toContain('KINH PHÍ THỰC HIỆN');
      expect(paras).toContain('1.234,5 triệu đồng');
      expect(paras).toContain('Một tỷ hai trăm ba mươi tư triệu năm trăm nghìn đồng');
      const dp = join(dir, 'ke-hoach-van-ban.docx');
      writeFileSync(dp, docx);
      paths.push(dp);
      const pdfs = await toPdf(paths);
      for (const p of paths) {
        const text = execFileSync('pdftotext', [pdfs.get(p) as string, '-'], { encoding: 'utf8' });
        expect(text.length, p).toBeGreaterThan(100);
      }
      const planText = execFileSync('pdftotext', [pdfs.get(paths[0] as string) as string, '-'], { encoding: 'utf8' });
      expect(planText).toContain('Nâm Nung');
      expect(planText).toMatch(/2[.,]000[.,]000[.,]001/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a plan with no approved allocation says so', async () => {
    const plan = krongNoPlan2022();
    const docx = await planDocx({ plan, criteria: [], funding: { allocation: null } });
    expect((await docxParagraphs(docx)).join('\n')).toContain('Chưa có kế hoạch vốn được phê duyệt');
  });
});
