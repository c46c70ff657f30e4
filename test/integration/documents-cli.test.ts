/** `ntm export docx|xlsx …` and `ntm import xlsx …` on each database: files written, read back, imported. */
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/cli/commands/documents.command.js';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('ntm export / import on %s', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    dir = await mkdtemp(join(tmpdir(), 'ntm-cli-docs-'));
  });
  afterAll(() => t.close());

  it('writes the plan and a six-month report as .docx', async () => {
    const plan = join(dir, 'ke-hoach.docx');
    expect(await exportCommand(t.ctx, ['docx', 'plan'], { year: '2022', out: plan })).toContain('Đã ghi');
    expect(await docxParagraphs(await readFile(plan))).toContain('Nơi nhận:');
    const report = join(dir, 'bao-cao.docx');
    await exportCommand(t.ctx, ['docx', 'report'], { period: 'half', year: '2022', index: '1', out: report });
    expect((await docxParagraphs(await readFile(report))).join('\n')).toContain('6 tháng đầu năm 2022');
  });

  it('exports the values sheet, and imports it back after a dry run', async () => {
    const file = join(dir, 'gia-tri.xlsx');
    await exportCommand(t.ctx, ['xlsx', 'values'], { 'as-of': '31/12/2021', out: file });
    expect((await stat(file)).size).toBeGreaterThan(5000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '31/01/2022';
    const cell = (wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet).getCell('E5');
    cell.value = Number(cell.value) - 1;
    await wb.xlsx.writeFile(file);
    expect(await importCommand(t.ctx, ['xlsx', file], { 'dry-run': true })).toMatch(
      /^Kiểm tra xong \(chưa ghi\): 11\/11 dòng, 1 giá trị sẽ ghi \(1 thay đổi, 604 không đổi, 0 mới, 0 xung đột\)/,
    );
    expect(await importCommand(t.ctx, ['xlsx', file], {})).toMatch(/^Đã nhập: 11\/11 dòng, 1 giá trị đã ghi/);
  });

  it('refuses a wrong command with the usage', async () => {
    await expect(exportCommand(t.ctx, ['pdf', 'plan'], {})).rejects.toMatchObject({ code: 'cli.usage' });
    await expect(exportCommand(t.ctx, ['docx', 'plan'], { year: 'hai nghìn' })).rejects.toMatchObject({ code: 'cli.usage' });
  });
});
