/**
 * A plan from nothing in a real browser: the district office goes from the plans list to "Lập kế hoạch
 * mới", finds the standing bases ticked and the 2022 ones unavailable for 2023, is told beside the field
 * what is missing, saves, sets a commune's commitment on the board, and finds the plan in the list. A copy
 * of 2022 shows what it carried to review; the leader approves it only after acknowledging what is left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { gone, hasValue, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('new plan: from the plans list to a saved plan', () => {
  let server: E2eServer;
  let office: Person;
  let leader: Person;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await office?.close();
    await leader?.close();
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
    // The 2023 plan starts from the demo's 31/12/2022 values, where Nâm Nung still lacks 17 and 18.
    const cell = page.getByRole('button', { name: 'Tiêu chí 17 của xã Nâm Nung: chưa đạt, chưa cam kết' });
    await cell.click();
    await seen(page.getByRole('button', { name: 'Tiêu chí 17 của xã Nâm Nung: cam kết đạt trong năm' }));
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

  it('a copy of 2022 lists what to review; the leader approves only after acknowledging what is left', async () => {
    const { page } = office;
    await page.goto(`${server.base}/ke-hoach/krong-no-2022`);
    await page.getByRole('button', { name: 'Lập kế hoạch năm sau từ kế hoạch này' }).click();
    await page.getByRole('textbox', { name: 'Mã kế hoạch mới' }).fill('krong-no-2023-ban-sao');
    await page.getByRole('button', { name: 'Tạo bản sao' }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2023-ban-sao');
    const panel = page.getByTestId('review-flags');
    await seen(panel.getByText(/^Cần rà soát: \d+ mục chuyển từ kế hoạch năm trước$/));
    const title = (await panel.getByText(/^Cần rà soát: \d+ mục/).textContent()) ?? '';
    const pending = Number(/(\d+) mục/.exec(title)?.[1]);
    expect(pending).toBeGreaterThan(5);
    await seen(page.getByTestId('findings').getByText(/^Cần rà soát: Căn cứ Nghị quyết số 205\/NQ-HĐND/));
    await panel.getByRole('button', { name: /^Đánh dấu đã rà soát: Căn cứ Nghị quyết số 205\/NQ-HĐND/ }).click();
    await seen(panel.getByText(`Cần rà soát: ${pending - 1} mục chuyển từ kế hoạch năm trước`));
    await screenshot(page, 'new-plan-03-copy-review');
    await page.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await gone(page.getByRole('dialog'));

    leader = await openBrowser();
    const lp = leader.page;
    await signIn(lp, server.base, 'lanhdao.krongno', '/ke-hoach/krong-no-2023-ban-sao');
    await lp.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = lp.getByRole('dialog');
    const warning = dialog.getByTestId('approve-warning');
    await seen(warning.getByText(`Còn ${pending - 1} mục chưa rà soát`));
    await seen(warning.getByText(/^Căn cứ Quyết định số 5168\/QĐ-UBND/));
    const confirm = dialog.getByRole('button', { name: 'Xác nhận' });
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot(lp, 'new-plan-04-approve-warning', false);
    await warning.getByRole('checkbox', { name: `Tôi đã đọc ${pending - 1} mục trên và vẫn phê duyệt` }).check();
    await confirm.click();
    await gone(dialog);
    await seen(lp.getByText('Đã phê duyệt').first());
    expect(leader.errors).toEqual([]);
  });
});
