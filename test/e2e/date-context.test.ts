/**
 * The date context in a real browser: Krông Nô's board opened without a date stands on the end of its
 * last plan year and says why; a date picked from the quick choices travels to the commune page and the
 * entry; the administrator lands on today's national board (QĐ 51 since 15/02/2026); an officer of an ended commune is
 * told whose the successor's data is instead of being sent to a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, vietnamDay } from '../../src/domain/text/vietnamese.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { gone, hasValue, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('one reporting date shared by the screens', () => {
  let server: E2eServer;
  const people: Person[] = [];
  const person = async () => {
    const p = await openBrowser();
    people.push(p);
    return p.page;
  };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const p of people) await p.close();
    await server?.close();
  });

  it('opens the board without a date on 31/12/2022 and says why; a quick choice is carried to the commune and its entry', async () => {
    const page = await person();
    await signIn(page, server.base, 'vpntm.krongno', '/bang-tong-hop/664');
    const date = page.getByRole('textbox', { name: 'Ngày số liệu' });
    await hasValue(date, '31/12/2022');
    await seen(
      page.getByText(
        'Krông Nô chỉ tồn tại đến hết ngày 30/06/2025; số liệu đang hiển thị theo ngày cuối năm kế hoạch 2022 (31/12/2022), năm kế hoạch gần nhất của đơn vị.',
      ),
    );
    await screenshot(page, 'datectx-01-board-default');

    await date.fill('31/12/2021');
    await date.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('ngay') === '2021-12-31');
    await page.getByRole('button', { name: 'Chọn nhanh ngày số liệu' }).click();
    await page.getByRole('menuitem', { name: 'Cuối năm kế hoạch 2022 (31/12/2022)' }).click();
    await page.waitForURL((u) => u.searchParams.get('ngay') === '2022-12-31');
    await hasValue(date, '31/12/2022');
    await seen(page.getByText('Ngày số liệu: 31/12/2022'));

    await page.getByRole('link', { name: 'Nâm Nung', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/xa/24703' && u.searchParams.get('ngay') === '2022-12-31');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');

    await page.getByRole('link', { name: 'Nhập liệu', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/xa/24703/nhap-lieu' && u.searchParams.get('ngay') === '2022-12-31');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');
    // the navigation keeps the date too
    const board = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng tổng hợp' });
    expect(await board.getAttribute('href')).toBe('/bang-tong-hop/664?ngay=2022-12-31');
    await screenshot(page, 'datectx-02-entry-carried');
  });

  it('lands the administrator on a national board that renders on today, under QĐ 51 since 15/02/2026', async () => {
    const page = await person();
    await signIn(page, server.base, 'admin.demo', '/');
    await page.waitForURL((u) => u.pathname === '/bang-tong-hop');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), formatDateVi(vietnamDay(new Date().toISOString())));
    await seen(page.getByText('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030', { exact: false }).first());
    await seen(page.getByRole('table'));
    await gone(page.getByText('Chưa có bộ tiêu chí nông thôn mới nào áp dụng'));
  });

  it("tells an ended commune's officer whose the merged commune's data is, instead of a link that is refused", async () => {
    const page = await person();
    await signIn(page, server.base, 'xa.namnung', '/xa/24703');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');
    await seen(page.getByText(/Tài khoản của bạn không phụ trách Nâm Nung; số liệu của đơn vị này do người dùng của đơn vị đó theo dõi/));
    const banner = page.getByRole('alert').filter({ hasText: 'Đơn vị đã chấm dứt' });
    await gone(banner.getByRole('link'));
  });
});
