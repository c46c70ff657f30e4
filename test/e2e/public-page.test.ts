/**
 * The public pages, signed out: a commune's results by criterion on a date (only verified ones as met;
 * a self-assessed one "chờ xác minh"), the demo notice, the last day of a unit that no longer exists,
 * the district page with every commune, and no personal names anywhere on the pages or in their data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/catalog/demo/demo-users.json' with { type: 'json' };
import { seedDemo } from '../../src/services/demo.service.js';
import { signIn as apiSignIn } from '../support/app.js';
import { hasChromium, openBrowser, type Person, screenshot } from './support/browser.js';
import { count, gone, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const DAY = '2022-09-30';

describe.skipIf(!hasChromium)('public commune page', () => {
  let server: E2eServer;
  let visitor: Person;

  beforeAll(async () => {
    server = await startServer(async (t) => {
      await seedDemo(t.ctx);
    });
    // a named officer records values first, so there is a person the page could leak
    const s = await apiSignIn(server.app, 'xa.namxuan');
    const r = await s.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: {
        set: 'demo-krong-no-ntm-2022',
        asOf: DAY,
        values: { '9.1': 0, '9.2': 82.5 },
        expectedVersions: { '9.1': 0, '9.2': 0 },
        note: 'Ghi chú của cán bộ xã',
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    visitor = await openBrowser();
  });
  afterAll(async () => {
    await visitor?.close();
    await server?.close();
  });

  it('works signed out and shows no personal names', async () => {
    const { page } = visitor;
    const api = page.waitForResponse((r) => r.url().includes('/api/v1/public/units/24692'));
    await page.goto(`${server.base}/cong-khai/24692?ngay=${DAY}`);
    const data = await (await api).text();
    await seen(page.getByRole('heading', { level: 1, name: 'Kết quả xây dựng nông thôn mới — xã Nam Xuân' }));
    // criterion 9 rests on the officer's own values: pending on the public page, not met
    // the other 18 criteria rest on 2021 values only: "chưa cập nhật" for 2022, neither met nor not met
    await seen(page.getByText('Đạt 0/19 tiêu chí (đã xác minh)'));
    await seen(page.getByText('1 tiêu chí xã tự đánh giá đạt, chờ phòng chuyên môn xác minh'));
    await seen(page.getByText('Số liệu ngày 30/09/2022'));
    await seen(page.getByText('Dữ liệu minh họa (demo)'));
    const criteria = page.getByRole('region', { name: 'Các tiêu chí' }).getByRole('listitem');
    await count(criteria, 19);
    await seen(criteria.filter({ hasText: '9. Nhà ở dân cư' }).getByText('Chờ xác minh', { exact: true }));
    await seen(criteria.filter({ hasText: '1. Quy hoạch' }).getByText('Chưa cập nhật', { exact: true }));
    await seen(criteria.filter({ hasText: '18. Hệ thống chính trị' }).getByText('Chưa cập nhật', { exact: true }));
    await seen(page.getByText('Trang công khai chỉ hiển thị kết quả tổng hợp, không có thông tin cá nhân.'));
    // signed out: the public frame, no sign-out button
    await gone(page.getByRole('button', { name: 'Đăng xuất' }));
    await screenshot(page, 'public-01-nam-xuan');

    const text = await page.locator('body').innerText();
    const people = [...demoUsers.users.map((u) => u.displayName), 'nhập lúc', 'Đã xác minh', 'Ghi chú của cán bộ xã'];
    for (const name of people) {
      expect(text, `page shows "${name}"`).not.toContain(name);
      expect(data, `public API returns "${name}"`).not.toContain(name);
    }
    for (const u of demoUsers.users) expect(text).not.toContain(u.username);
    expect(visitor.errors).toEqual([]);
  });

  it('has a district page listing every commune with its verified count, linked both ways', async () => {
    const { page } = visitor;
    await page.goto(`${server.base}/cong-khai/24692?ngay=${DAY}`);
    const api = page.waitForResponse((r) => r.url().includes('/api/v1/public/areas/664'));
    await page.getByRole('link', { name: 'Xem kết quả các xã của huyện Krông Nô' }).click();
    const data = await (await api).text();
    await seen(page.getByRole('heading', { level: 1, name: 'Kết quả xây dựng nông thôn mới — huyện Krông Nô' }));
    await seen(page.getByText('Số liệu ngày 30/09/2022'));
    const rows = page.getByRole('table').getByRole('row');
    await count(rows, 12);
    const namXuan = rows.filter({ hasText: 'Nam Xuân' });
    await seen(namXuan.getByRole('cell', { name: '0/19' }));
    await screenshot(page, 'public-03-district');
    const text = await page.locator('body').innerText();
    for (const u of demoUsers.users) {
      expect(text).not.toContain(u.displayName);
      expect(data).not.toContain(u.displayName);
    }
    await namXuan.getByRole('link', { name: 'Nam Xuân' }).click();
    await seen(page.getByRole('heading', { level: 1, name: 'Kết quả xây dựng nông thôn mới — xã Nam Xuân' }));
    expect(visitor.errors).toEqual([]);
  });

  it('without a date shows the last day of a commune that no longer exists', async () => {
    const { page } = visitor;
    await page.goto(`${server.base}/cong-khai/24692`);
    await seen(page.getByText('Xã này chỉ tồn tại đến hết ngày 30/06/2025; kết quả hiển thị theo ngày đó.'));
    await seen(page.getByText('Số liệu ngày 30/06/2025'));
    await screenshot(page, 'public-02-ended');
  });

  it('a signed-out visitor sent to a signed-in page lands on the sign-in form', async () => {
    const { page } = visitor;
    await page.goto(`${server.base}/xa/24692?ngay=${DAY}`);
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/xa/24692?ngay=${DAY}`);
    await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
  });
});
