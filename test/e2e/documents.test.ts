/**
 * Documents in a real browser: the district office downloads the board (.xlsx) and the 2022 plan (.docx)
 * from the board's menu, then takes the values sheet back through the import screen — first with a bad
 * cell (listed by its address, nothing written), then with two edited cells (the preview and the result
 * count them; only they are written, every other verification is kept; the same sheet again writes nothing).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const BOARD = '/bang-tong-hop/664?ngay=2022-06-30';

async function download(page: Page, item: string): Promise<{ name: string; content: Buffer }> {
  await page.getByTestId('document-menu').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), content: await readFile(path) };
}

describe.skipIf(!hasChromium).sequential('documents and the spreadsheet import', () => {
  let server: E2eServer;
  let office: Person;
  let template: Buffer;

  beforeAll(async () => {
    server = await startServer();
    office = await openBrowser();
  });
  afterAll(async () => {
    await office?.close();
    await server?.close();
  });

  it('downloads the board as .xlsx and the plan as .docx from the board', async () => {
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', BOARD);
    await seen(page.getByRole('heading', { level: 1 }));
    await page.getByTestId('document-menu').click();
    await seen(page.getByRole('menuitem', { name: 'Kế hoạch năm 2022 (.docx)' }));
    await screenshot(page, 'documents-01-menu', false);
    await page.keyboard.press('Escape');
    const board = await download(page, 'Bảng xã × tiêu chí (.xlsx)');
    expect(board.name).toBe('bang-tieu-chi-664-2022-06-30.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(board.content as unknown as ArrayBuffer);
    // heading rows, 11 communes, the total, and the legend for criteria whose values are all from 2021 (main's 'chưa cập nhật')
    expect(wb.worksheets[0]?.rowCount).toBe(3 + 11 + 1 + 1);
    const plan = await download(page, 'Kế hoạch năm 2022 (.docx)');
    expect(plan.name).toBe('ke-hoach-krong-no-2022.docx');
    expect(await docxParagraphs(plan.content)).toContain('Nguyễn Xuân Danh');
  });

  it('dates the periodic report by the issue date typed (default: the end of the period), dd/mm/yyyy', async () => {
    const { page } = office;
    const report = async () => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo báo cáo' }).click()]);
      return docxParagraphs(await readFile(await d.path()));
    };
    const open = async () => {
      await page.getByTestId('document-menu').click();
      await page.getByRole('menuitem', { name: 'Báo cáo định kỳ (.docx)…' }).click();
      await page.getByRole('dialog').locator('label[for$="-year"]').click();
    };
    await open();
    const field = page.getByTestId('report-issued-on');
    await seen(page.getByText('Để trống: ngày cuối kỳ báo cáo (31/12/2022)'));
    expect(await field.getAttribute('placeholder')).toBe('31/12/2022');
    expect(await report()).toContain('Krông Nô, ngày 31 tháng 12 năm 2022');
    await open();
    await field.fill('30/02/2023');
    await seen(page.getByText('Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy'));
    expect(await page.getByRole('button', { name: 'Tạo báo cáo' }).isDisabled()).toBe(true);
    await field.fill('15/01/2023');
    await screenshot(page, 'documents-04-report-issue-date');
    const after = await report();
    expect(after).toContain('Krông Nô, ngày 15 tháng 01 năm 2023');
    expect(after.find((p) => p.startsWith('Trong 11 mục tiêu'))).toMatch(/ 8 không đạt\.$/);
  });

  it('refuses a sheet with a bad cell, naming the cell, and writes nothing', async () => {
    const { page } = office;
    await page.getByTestId('document-menu').click();
    await page.getByRole('menuitem', { name: 'Nhập số liệu từ tệp Excel' }).click();
    await seen(page.getByRole('heading', { level: 1, name: /Nhập số liệu từ tệp Excel/ }));
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp mẫu (.xlsx)' }).click()]);
    template = await readFile(await d.path());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '30/09/2022';
    (wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet).getCell('D6').value = 'chưa rõ';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await page.locator('input[type=file]').setInputFiles({ name: 'gia-tri.xlsx', mimeType: 'application/octet-stream', buffer: bad });
    await page.getByTestId('import-submit').click();
    await seen(page.getByTestId('import-issues').getByText(`${VALUES_SHEET}!D6`));
    await seen(page.getByText(/chưa ghi giá trị nào/));
    await screenshot(page, 'documents-02-import-errors');
  });

  it('imports the sheet with two edited cells: the preview and the result count them, every verification is kept', async () => {
    const { page } = office;
    const board = async () =>
      (await (await page.request.get(`${server.base}/api/v1/board?unit=664&asOf=2022-09-30`)).json()) as {
        rows: { unitCode: string; metCount: number; selfAssessed: boolean[] }[];
      };
    const before = await board();
    expect(before.rows.flatMap((r) => r.selfAssessed).filter(Boolean)).toHaveLength(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '30/09/2022';
    const values = wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet;
    const edited = [values.getCell('E5'), values.getCell('E6')];
    for (const c of edited) c.value = Number(c.value) >= 100 ? 99 : 100;
    const edit = Buffer.from(await wb.xlsx.writeBuffer());
    await page.locator('input[type=file]').setInputFiles({ name: 'gia-tri.xlsx', mimeType: 'application/octet-stream', buffer: edit });
    await page.getByRole('button', { name: 'Chỉ kiểm tra' }).click();
    await seen(page.getByTestId('import-summary').getByText('2 thay đổi, 603 không đổi, 0 mới, 0 xung đột'));
    await seen(page.getByTestId('import-communes'));
    await page.getByTestId('import-submit').click();
    await seen(page.getByTestId('import-result').getByText('Đã ghi 2 giá trị, ngày số liệu 30/09/2022.'));
    const after = await board();
    const changed = new Set([String(values.getCell('A5').value), String(values.getCell('A6').value)]);
    // Only the two edited communes may show a criterion resting on a self-assessed value; the others are as they were.
    for (const r of after.rows) {
      const was = before.rows.find((b) => b.unitCode === r.unitCode);
      if (changed.has(r.unitCode)) expect(r.selfAssessed.filter(Boolean).length).toBeLessThanOrEqual(1);
      else expect(r).toEqual(was);
    }
    // The same sheet again: nothing changes, nothing is written.
    await page.locator('input[type=file]').setInputFiles({ name: 'gia-tri.xlsx', mimeType: 'application/octet-stream', buffer: edit });
    await page.getByTestId('import-submit').click();
    await seen(page.getByTestId('import-result').getByText('Không có giá trị nào thay đổi: không ghi gì, các xác minh giữ nguyên.'));
    expect(await board()).toEqual(after);
    await screenshot(page, 'documents-03-import-done');
    // The screen's strings come in English too.
    await page.getByText('EN', { exact: true }).click();
    await seen(page.getByRole('heading', { level: 1, name: /Import values from Excel/ }));
    await seen(page.getByRole('button', { name: 'Check only' }));
    expect(office.errors.filter((e) => !e.includes('422'))).toEqual([]);
  });
});
