/**
 * The three worlds of the demo in a real browser, today (the server's clock): the Lâm Đồng office lands on
 * its communes' board under QĐ 51 (nothing "not met" for lack of a 2026 value), opens the 2026 plan and
 * downloads it headed by the province; a merged commune's officer sees its 2026 values, follows the link to
 * a predecessor's 2022 history and enters a 2026 value; the Krông Nô office lands on its 2022 world.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../documents/docx-text.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { count, gone, hasText, hasValue, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

/** Today as the server and the pages see it (Vietnam's day), dd/mm/yyyy. */
const todayVi = () =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());

async function downloadPlanDocx(page: Page, year: number) {
  await page.getByTestId('plan-downloads').click();
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: `Kế hoạch năm ${year} (.docx)` }).click(),
  ]);
  return { name: d.suggestedFilename(), content: await readFile(await d.path()) };
}

describe.skipIf(!hasChromium).sequential('Lâm Đồng today, a merged commune, and Krông Nô 2022', () => {
  let server: E2eServer;
  const people: Person[] = [];
  const person = async () => {
    const p = await openBrowser();
    people.push(p);
    return p;
  };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const p of people) await p.close();
    await server?.close();
  });

  it('the Lâm Đồng office lands on its communes under QĐ 51 today, opens the 2026 plan and downloads it', async () => {
    const office = await person();
    const { page } = office;
    await signIn(page, server.base, 'vpdp.lamdong', '/');
    await page.waitForURL((u) => u.pathname === '/bang-tong-hop/68-2025');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), todayVi());
    await seen(page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp — Lâm Đồng' }));
    const table = page.getByRole('table', { name: /^Bảng xã theo \d+ tiêu chí/ });
    await seen(table);
    await seen(
      page.getByText(
        'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 · số liệu ngày 02/12/2026'.replace('02/12/2026', todayVi()),
      ),
    );
    // 5 merged communes, every criterion with a 2026 value: met or not met by that value, none "no data"
    await seen(table.getByRole('button', { name: 'Nam Đà — Tiêu chí 1 Quy hoạch: Đạt theo xã tự đánh giá, chưa xác minh' }));
    await seen(table.getByRole('button', { name: 'Nam Đà — Tiêu chí 7 Khoa học công nghệ và chuyển đổi số: Chưa đạt' }));
    await seen(table.getByRole('button', { name: /^Quảng Phú — Tiêu chí 10 Tiếp cận pháp luật/ }));
    // every cell is met or not met by a 2026 value: none lacks evidence
    await count(table.getByRole('button', { name: / — Tiêu chí \d+ .*: Chưa đủ căn cứ/ }), 0);
    await count(table.getByRole('button', { name: / — Tiêu chí \d+ / }), 50);
    // the set is real, the 2026 values are illustrative: the page says so
    await hasText(page.getByTestId('demo-banner'), 'Số liệu trên trang này có giá trị minh họa (demo)');
    await screenshot(page, 'lamdong-01-board-today');

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('link', { name: /năm 2026 tại các xã thuộc khu vực huyện Krông Nô cũ/ }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/lam-dong-2026');
    await seen(page.getByText('Kế hoạch minh họa (demo)', { exact: true }));
    await seen(page.getByText('Ủy ban nhân dân tỉnh Lâm Đồng', { exact: true }).first());
    await screenshot(page, 'lamdong-02-plan-2026');
    const docx = await downloadPlanDocx(page, 2026);
    const paras = await docxParagraphs(docx.content);
    expect(paras.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']);
    expect(paras).toContain('Lâm Đồng, ngày … tháng … năm 2026');
    expect(paras).toContain('KẾ HOẠCH MINH HỌA (DEMO) — KHÔNG PHẢI VĂN BẢN THẬT');
    expect(office.errors).toEqual([]);
  });

  it("a merged commune's officer sees its 2026 values, reads a predecessor's 2022 history and enters a 2026 value", async () => {
    const officer = await person();
    const { page } = officer;
    await signIn(page, server.base, 'xa.namnung.2025', '/');
    await page.waitForURL((u) => u.pathname === '/xa/24703-2025');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), todayVi());
    await seen(page.getByText('Đạt 8/10 tiêu chí'));
    await hasText(page.getByTestId('demo-banner'), 'Số liệu trên trang này có giá trị minh họa (demo)');
    await screenshot(page, 'lamdong-03-commune-today');

    const formed = page.getByTestId('predecessors');
    await hasText(formed, "Hình thành từ ngày 01/07/2025 do sắp xếp đơn vị hành chính, từ: Nâm Nung, Nâm N'Đir.");
    await formed.getByRole('link', { name: 'Nâm Nung', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/xa/24703');
    // the former commune opens on its last plan year, read only
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');
    await seen(page.getByText('Đạt 17/19 tiêu chí'));
    await seen(page.getByRole('button', { name: /^2\. Giao thông/ }));
    // read only: no entry on the former commune's page (the menu's "Nhập liệu" is the officer's own commune)
    await gone(page.getByRole('main').getByRole('link', { name: 'Nhập liệu', exact: true }));
    await screenshot(page, 'lamdong-04-predecessor-2022');

    await page.goto(`${server.base}/xa/24703-2025/nhap-lieu`);
    await seen(page.getByRole('heading', { level: 1, name: 'Nhập liệu — xã Nâm Nung' }));
    const nav = page.getByRole('navigation', { name: 'Các tiêu chí' });
    await nav.getByRole('button', { name: '4. Đào tạo nguồn nhân lực nông thôn — Chưa đạt', exact: true }).click();
    // a yes/no indicator is a segmented choice: its label is what a person clicks
    await page.getByText('Có', { exact: true }).click();
    await seen(nav.getByRole('button', { name: '4. Đào tạo nguồn nhân lực nông thôn — Đạt (1 thay đổi)', exact: true }));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await seen(page.getByRole('status').filter({ hasText: 'Đã lưu 1 giá trị.' }));
    await seen(page.getByText('Tính thử: đạt 9/10 tiêu chí'));
    await screenshot(page, 'lamdong-05-entry-2026');
    expect(officer.errors).toEqual([]);
  });

  it('the Krông Nô 2022 office lands on its 2022 world, with the banner, and opens the 2022 plan', async () => {
    const office = await person();
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', '/');
    await page.waitForURL((u) => u.pathname === '/bang-tong-hop/664');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');
    await seen(page.getByText(/Krông Nô chỉ tồn tại đến hết ngày 30\/06\/2025; số liệu đang hiển thị theo ngày cuối năm kế hoạch 2022/));
    await seen(page.getByRole('table', { name: /^Bảng xã theo 19 tiêu chí/ }));
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('link', { name: /trên địa bàn huyện Krông Nô năm 2022$/ }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2022');
    await seen(page.getByText('Ủy ban nhân dân huyện Krông Nô', { exact: true }).first());
    await gone(page.getByText('Kế hoạch minh họa (demo)', { exact: true }));
    await hasText(page.getByRole('heading', { level: 1 }), 'năm 2022');
    await screenshot(page, 'lamdong-06-krongno-2022');
    expect(office.errors).toEqual([]);
  });

  it("the administrator's national board renders today and on 31/12/2022", async () => {
    const admin = await person();
    const { page } = admin;
    await signIn(page, server.base, 'admin.demo', '/bang-tong-hop');
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), todayVi());
    await seen(page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp — cả nước' }));
    await seen(page.getByRole('button', { name: /^Nâm Nung — Tiêu chí 10 Tiếp cận pháp luật/ }));
    await page.goto(`${server.base}/bang-tong-hop?ngay=2022-12-31`);
    await hasValue(page.getByRole('textbox', { name: 'Ngày số liệu' }), '31/12/2022');
    await seen(page.getByRole('button', { name: /^Nâm Nung — Tiêu chí 19 Quốc phòng và An ninh/ }));
    await gone(page.getByRole('alert').filter({ hasText: 'Chưa có bộ tiêu chí' }));
    await screenshot(page, 'lamdong-07-national-2022');
    expect(admin.errors).toEqual([]);
  });
});
