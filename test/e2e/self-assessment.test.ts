/**
 * The commune's self-assessment report in a real browser: Nâm Nung's commune officer opens the commune
 * page on 31/12/2022, downloads "Báo cáo kết quả xây dựng nông thôn mới của xã" from the document menu,
 * and the file says what the page says (17/19, the date, the demo line).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../documents/docx-text.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('the self-assessment report from the commune page', () => {
  let server: E2eServer;
  let officer: Person;
  beforeAll(async () => {
    server = await startServer();
    officer = await openBrowser();
  });
  afterAll(async () => {
    await officer?.close();
    await server?.close();
  });

  it('downloads the report for the date on screen', async () => {
    const { page } = officer;
    await signIn(page, server.base, 'xa.namnung', '/xa/24703?ngay=2022-12-31');
    await seen(page.getByRole('heading', { level: 1 }));
    await page.getByTestId('document-menu').click();
    const item = page.getByRole('menuitem', { name: 'Báo cáo kết quả xây dựng nông thôn mới của xã (.docx)' });
    await seen(item);
    await screenshot(page, 'recdocs-01-menu', false);
    const [d] = await Promise.all([page.waitForEvent('download'), item.click()]);
    expect(d.suggestedFilename()).toBe('bao-cao-ket-qua-24703-ntm-2022-12-31.docx');
    const p = await docxParagraphs(await readFile(await d.path()));
    expect(p).toContain('Nâm Nung, ngày 31 tháng 12 năm 2022');
    expect(p).toContain('Đến ngày 31/12/2022, xã Nâm Nung đạt 17/19 tiêu chí nông thôn mới; 2 tiêu chí chưa đạt.');
    expect(p.some((l) => l.startsWith('SỐ LIỆU MINH HỌA (DEMO)'))).toBe(true);
  });
});
