/**
 * Old values in a real browser: Krông Nô's board on 30/06/2025 (its last day; the demo's latest values
 * are of 31/12/2023) shows every criterion "chưa cập nhật" with the values' date, says it in a notice,
 * a total and the legend; the commune page puts the date beside each old value and dates the values
 * the system loaded by what they stand for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { count, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('old values said as old', () => {
  let server: E2eServer;
  let person: Person | undefined;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await person?.close();
    await server?.close();
  });

  it('the board on 30/06/2025 shows "chưa cập nhật" with the date, a notice, a total and a legend', async () => {
    person = await openBrowser();
    const page = person.page;
    await signIn(page, server.base, 'vpntm.krongno', '/bang-tong-hop/664?ngay=2025-06-30');
    await seen(
      page.getByText(
        '209 tiêu chí ở 11 xã chưa cập nhật: số liệu mới nhất có trước năm 2025, nên không tính là đạt hay chưa đạt. Ô ghi ngày của số liệu.',
      ),
    );
    await seen(page.getByText('Chưa cập nhật: chỉ có số liệu trước năm 2025 — không tính đạt, không tính chưa đạt'));
    await seen(page.getByText('Tiêu chí chưa cập nhật'));
    const cell = page
      .getByRole('button', {
        name: /^Nâm Nung — .*: Chưa cập nhật \(số liệu ngày 31\/12\/2023, trước năm 2025\); theo số liệu đó: (Đạt|Chưa đạt|Chưa đủ căn cứ) \(không tính vào tổng\)$/,
      })
      .first();
    await seen(cell);
    await count(page.locator('td.hm-outdated'), 209);
    expect(await page.locator('td.hm-not_met').count()).toBe(0);
    await screenshot(page, 'outdated-01-board');
  });

  it('the commune page puts the date beside each old value; loaded values are dated by what they stand for', async () => {
    const page = (person as Person).page;
    await page.goto(`${server.base}/xa/24703?ngay=2025-06-30`);
    await seen(page.getByTestId('outdated-count').getByText('19 tiêu chí chưa cập nhật'));
    const first = page.getByText('Chưa cập nhật · số liệu ngày 31/12/2023').first();
    await seen(first);
    await first.click();
    await seen(page.getByTestId('value-date').getByText('Số liệu ngày 31/12/2023').first());
    await seen(page.getByText('Số liệu cũ (năm 2023)').first());
    await seen(page.getByText('Nạp sẵn cùng hệ thống (dữ liệu minh họa), là số liệu ngày 31/12/2023').first());
    await screenshot(page, 'outdated-02-commune');
  });

  it('at the 2023 year end nothing is marked old', async () => {
    const page = (person as Person).page;
    await page.goto(`${server.base}/bang-tong-hop/664?ngay=2023-12-31`);
    await seen(page.getByText('Ngày số liệu: 31/12/2023'));
    await count(page.locator('td.hm-met, td.hm-self'), 189);
    expect(await page.locator('td.hm-outdated').count()).toBe(0);
    expect(await page.getByTestId('outdated-notice').count()).toBe(0);
  });
});
