/**
 * `ntm export docx|xlsx …` and `ntm import xlsx …` on each database: files written, read back, imported;
 * options left out take a default that has data and say which; `--help` lists every option.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/cli/commands/documents.command.js';
import { BOARD_SHEET } from '../../src/documents/board-xlsx.js';
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

  it('without --year takes the latest plan, without --as-of a day the district existed on, and says which', async () => {
    // 02/12/2026: Krông Nô district ended on 30/06/2025 (the 2025 reorganisation); its latest plan is 2022.
    const ctx = { ...t.ctx, now: () => '2026-12-02T03:00:00.000Z' };
    const notes: string[] = [];
    const note = (line: string) => notes.push(line);
    const plan = join(dir, 'ke-hoach-moi-nhat.xlsx');
    expect(await exportCommand(ctx, ['xlsx', 'plan'], { out: plan }, note)).toContain('Đã ghi');
    expect(notes).toEqual([
      expect.stringMatching(/^Không có --year: dùng kế hoạch mới nhất của huyện Krông Nô, năm 2022 \(đã phê duyệt\)/),
      expect.stringMatching(/^Không có --as-of: tiến độ tính đến cuối năm kế hoạch, 31\/12\/2022/),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const targets = wb.getWorksheet('Mục tiêu') as ExcelJS.Worksheet;
    expect(targets.getCell('F1').value).toBe('Đạt đến 31/12/2022');
    expect(targets.getCell('F2').value).toEqual(expect.any(Number));

    notes.length = 0;
    const board = join(dir, 'bang-ngay-cuoi.xlsx');
    await exportCommand(ctx, ['xlsx', 'board'], { out: board }, note);
    expect(notes).toEqual([expect.stringMatching(/^Không có --as-of: huyện Krông Nô chỉ tồn tại đến 30\/06\/2025, dùng ngày đó/)]);
    await wb.xlsx.readFile(board);
    const sheet = wb.getWorksheet(BOARD_SHEET) as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A1').value)).toContain('số liệu đến 30/06/2025');
    // On 30/06/2025 the demo's latest values are of 31/12/2023: every criterion is "chưa cập nhật", said in a legend row.
    expect(sheet.rowCount).toBe(3 + 11 + 1 + 1);
    expect(String(sheet.getCell('C4').value)).toBe('Chưa cập nhật (số liệu ngày 31/12/2023)');
    expect(String(sheet.getCell(`B${3 + 11 + 2}`).value)).toMatch(/^Chưa cập nhật: 209 tiêu chí chỉ có số liệu trước năm 2025/);

    // While the district exists, today is the day; given options are taken as they are, silently.
    notes.length = 0;
    await exportCommand({ ...t.ctx, now: () => '2022-05-10T03:00:00.000Z' }, ['xlsx', 'board'], { out: board }, note);
    expect(notes).toEqual([expect.stringMatching(/^Không có --as-of: dùng ngày hôm nay 10\/05\/2022/)]);
    notes.length = 0;
    await exportCommand(ctx, ['xlsx', 'plan'], { year: '2022', 'as-of': '30/06/2022', out: plan }, note);
    expect(notes).toEqual([]);
  });

  it('refuses a wrong command with the usage', async () => {
    await expect(exportCommand(t.ctx, ['pdf', 'plan'], {})).rejects.toMatchObject({ code: 'cli.usage' });
    await expect(exportCommand(t.ctx, ['docx', 'plan'], { year: 'hai nghìn' })).rejects.toMatchObject({ code: 'cli.usage' });
  });
});

describe('ntm export --help and ntm --help', () => {
  const run = promisify(execFile);
  const ntm = (...args: string[]) =>
    run(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], { env: { ...process.env, DATA_DIR: tmpdir() } });
  const OPTIONS = [
    '--unit',
    '--year',
    '--plan',
    '--as-of',
    '--set',
    '--period',
    '--index',
    '--out',
    '-o',
    '--valid-only',
    '--dry-run',
    '--help',
  ];

  it('list every option of export and import, in Vietnamese, and exit 0', async () => {
    const runs = [['export', '--help'], ['--help']];
    // execFile rejects on a non-zero exit code, so both resolving means both exited 0.
    const outputs = await Promise.all(runs.map((args) => ntm(...args)));
    for (const [i, args] of runs.entries()) {
      const stdout = outputs[i]?.stdout ?? '';
      for (const o of OPTIONS) expect(stdout, `${args.join(' ')}: ${o}`).toMatch(new RegExp(`(^\\s+|, )${o}\\b`, 'm'));
      for (const what of ['docx plan', 'docx report', 'xlsx board', 'xlsx values', 'xlsx plan'])
        expect(stdout).toContain(`ntm export ${what}`);
      expect(stdout).toContain('không ghi: hôm nay nếu đơn vị còn tồn tại');
      expect(stdout).toContain('không ghi: kế hoạch mới nhất của đơn vị');
    }
  }, 120_000);
});
