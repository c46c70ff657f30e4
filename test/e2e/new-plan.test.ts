/**
 * A plan from nothing in a real browser: the district office goes from the plans list to "Lập kế hoạch
 * mới", finds the standing bases ticked and the 2022 ones unavailable for 2023, is told beside the field
 * what is missing, saves, sets a commune's commitment on the board, and finds the plan in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { hasValue, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('new plan: from the plans list to a saved plan', () => {
  let server: E2eServer;
  let office: Person;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await office?.close();
    await server?.close();
  });

  it('fills the form: year, issuing unit, standing bases ticked, an objective; a missing number is said beside it', async () => {
    office = await openBrowser();
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', '/ke-hoach');
    await page.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/moi');
    await page.getByRole('textbox', { name: 'Năm kế hoạch' }).fill('2023');
    await hasValue(page.getByRole('textbox', { name: 'Đơn vị ban hành' }), 'Huyện Krông Nô');
    await hasValue(page.getByRole('textbox', { name: 'Mã kế hoạch' }), 'krong-no-2023');

    const standing = page.getByRole('checkbox', { name: /^Quyết định số 318\/QĐ-TTg ngày 08\/03\/2022 của Thủ tướng Chính phủ/ });
    await seen(standing);
    await expect.poll(() => standing.isChecked()).toBe(true);
    const yearly = page.getByRole('checkbox', { name: /^Nghị quyết số 205\/NQ-HĐND/ });
    expect(await yearly.isChecked()).toBe(false);
    expect(await yearly.isDisabled()).toBe(true);
    await seen(page.getByText('không áp dụng cho năm 2023').first());

    await page.getByRole('button', { name: 'Thêm: Bình quân tiêu chí/xã' }).click();
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await seen(page.getByText('Chưa lưu được: sửa các mục được đánh dấu.'));
    await seen(page.getByRole('alert').filter({ hasText: /^Bình quân tiêu chí\/xã phải là số$/ }));
    await page.getByRole('textbox', { name: 'Bình quân tiêu chí/xã trở lên' }).fill('17,5');
    await screenshot(page, 'new-plan-01-form');
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2023');
  });

  it('the saved draft takes commitments on the board and reads as a document', async () => {
    const { page } = office;
    await seen(page.getByRole('heading', { name: /trên địa bàn huyện Krông Nô năm 2023$/ }));
    const cell = page.getByRole('button', { name: 'Tiêu chí 5 của xã Nâm Nung: chưa đạt, chưa cam kết' });
    await cell.click();
    await seen(page.getByRole('button', { name: 'Tiêu chí 5 của xã Nâm Nung: cam kết đạt trong năm' }));
    await screenshot(page, 'new-plan-02-board');

    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await seen(page.getByText('Số tiêu chí bình quân toàn huyện đạt 17,5 tiêu chí/xã trở lên'));
    await seen(page.getByText(/^Nghị quyết số 25\/2021\/QH15 ngày 28\/07\/2021 của Quốc hội/));
    await seen(page.getByText(/^Nghị quyết số 12-NQ\/TU ngày 16\/12\/2021 của Tỉnh ủy Đắk Nông/));
    expect(await page.getByText(/205\/NQ-HĐND/).count()).toBe(0);

    await page.goto(`${server.base}/ke-hoach`);
    const row = page.getByRole('row', { name: /trên địa bàn huyện Krông Nô năm 2023/ });
    await seen(row.getByText('Dự thảo'));
    expect(office.errors).toEqual([]);
  });
});
