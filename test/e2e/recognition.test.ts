/**
 * Recognition as a status of its own, in the browser: the board shows "Đạt chuẩn NTM năm 2022" in its own
 * column beside today's evaluation (which says "Chưa đủ tiêu chí", never "Chưa đạt chuẩn"), a recognised
 * commune that fell below the rule is flagged and listed first on the title page, the commune page has its
 * recognition history and the link to its dossiers, the public page shows the title; readable at 375 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const DAY = '2023-12-31';
const PHONE = { width: 375, height: 812 };
const pageWidth = async (page: Page) => (await page.evaluate('document.documentElement.scrollWidth')) as number;

describe.skipIf(!hasChromium).sequential('recognitions and keeping the title', () => {
  let server: E2eServer;
  let office: Person;

  beforeAll(async () => {
    server = await startServer(async (t) => {
      await seedDemo(t.ctx);
      // Nam Đà (recognised before 2022) loses income and 5 more criteria at the end of 2023.
      const values = { '1.1': false, '2.1': 10, '3.2': false, '4.1': false, '7': false, '10': 20 };
      await recordValues(t.ctx, { unitCode: '24697', setCode: 'demo-krong-no-ntm-2022', asOf: DAY, values });
    });
    office = await openBrowser();
    await signIn(office.page, server.base, 'vpntm.krongno', `/bang-tong-hop/664?ngay=${DAY}`);
  });
  afterAll(async () => {
    await office?.close();
    await server?.close();
  });

  it('shows the title beside the evaluation on the board, and flags the one to be revoked', async () => {
    const { page } = office;
    await seen(page.getByRole('columnheader', { name: 'Công nhận' }));
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await seen(row('Nâm Nung').getByText('Đạt chuẩn NTM năm 2022', { exact: true }));
    await seen(row('Nâm Nung').getByText('Đủ tiêu chí NTM', { exact: true }));
    await seen(row('Nam Đà').getByText('Đạt chuẩn NTM trước năm 2022 (minh họa)', { exact: true }));
    await seen(row('Nam Đà').getByText('Thuộc trường hợp thu hồi', { exact: true }));
    await seen(row('Nam Đà').getByText('Chưa đủ tiêu chí', { exact: true }));
    await seen(page.getByText('Xã đang giữ danh hiệu'));
    expect(await page.locator('body').innerText()).not.toContain('Chưa đạt chuẩn');
    await screenshot(page, 'recognition-01-board');
    expect(office.errors).toEqual([]);
  });

  it('lists the district’s recognised communes, the one to be revoked first, with what fails', async () => {
    const { page } = office;
    await page.getByRole('link', { name: 'Xem danh sách giữ danh hiệu' }).click();
    await seen(page.getByRole('heading', { level: 1, name: /Giữ danh hiệu các xã đã được công nhận/ }));
    await seen(page.getByText('4 xã đang giữ danh hiệu: 1 thuộc trường hợp thu hồi, 0 có nguy cơ, 3 giữ danh hiệu.'));
    const first = page.getByRole('row').nth(1);
    await seen(first.getByRole('link', { name: 'Nam Đà' }));
    await seen(first.getByText(/6\/19 tiêu chí không đạt .*trong đó có Thu nhập: thuộc trường hợp thu hồi/));
    await screenshot(page, 'recognition-02-title-risks');
    expect(office.errors).toEqual([]);
  });

  it('has the recognition history and the dossiers link on the commune page', async () => {
    const { page } = office;
    await page.goto(`${server.base}/xa/24703?ngay=${DAY}`);
    const section = page.getByRole('region', { name: 'Công nhận đạt chuẩn' });
    await seen(section.getByText('Danh hiệu đang giữ vào ngày 31/12/2023'));
    await seen(section.getByText('Đạt chuẩn NTM năm 2022 (QĐ ngày 11/09/2023, chưa rõ số)', { exact: true }));
    await seen(section.getByRole('cell', { name: '11/09/2023, Phó Chủ tịch UBND tỉnh Lê Trọng Yên, UBND tỉnh Đắk Nông' }));
    await seen(section.getByRole('cell', { name: 'Đang có hiệu lực' }));
    expect(await section.getByRole('link', { name: 'Hồ sơ xét, công nhận và thu hồi của xã' }).getAttribute('href')).toBe(
      '/xa/24703/ho-so',
    );
    await seen(page.getByText('Đủ tiêu chí xã nông thôn mới', { exact: true }));
    await screenshot(page, 'recognition-03-commune');
    expect(office.errors).toEqual([]);
  });

  it('shows the merged Nâm Nung’s title as inferred to the province office, and fits a phone', async () => {
    const province = await openBrowser();
    const { page } = province;
    await page.setViewportSize(PHONE);
    await signIn(page, server.base, 'vpdp.lamdong', '/xa/24703-2025?ngay=2026-09-30');
    const section = page.getByRole('region', { name: 'Công nhận đạt chuẩn' });
    await seen(section.getByText(/Giữ danh hiệu đạt chuẩn NTM sau sáp nhập \(suy ra, chưa có quyết định xác nhận\)/).first());
    await seen(section.getByText(/Nguy cơ mất danh hiệu: Không còn đạt đủ tiêu chí: 2\/10/));
    await page.waitForLoadState('networkidle');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'recognition-04-phone-commune');
    await page.goto(`${server.base}/bang-tong-hop/68-2025/danh-hieu?ngay=2026-09-30`);
    await seen(page.getByText('1 xã đang giữ danh hiệu: 0 thuộc trường hợp thu hồi, 1 có nguy cơ, 0 giữ danh hiệu.'));
    await page.waitForLoadState('networkidle');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'recognition-05-phone-title-risks');
    expect(province.errors).toEqual([]);
    await province.close();
  });

  it('shows the title on the public page, signed out', async () => {
    const visitor = await openBrowser();
    try {
      await visitor.page.goto(`${server.base}/cong-khai/24703?ngay=${DAY}`);
      await seen(visitor.page.getByText('Đạt chuẩn NTM năm 2022 (QĐ ngày 11/09/2023, chưa rõ số)', { exact: true }));
      await visitor.page.goto(`${server.base}/cong-khai/664?ngay=${DAY}`);
      await seen(visitor.page.getByRole('columnheader', { name: 'Công nhận' }));
      await seen(visitor.page.getByRole('row', { name: /Nâm Nung/ }).getByText('Đạt chuẩn NTM năm 2022', { exact: true }));
      expect(await visitor.page.locator('body').innerText()).not.toContain('Chưa đạt chuẩn');
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
