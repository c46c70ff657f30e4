/**
 * The commune → district flow in a real browser: Nam Xuân's officer enters criterion 9 (live status,
 * save, evidence), the district office sees it self-assessed on the board, the department verifies it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { count, gone, hasText, hasValue, seen } from './support/expect.js';
import { pdfFile } from './support/pdf.js';
import { type E2eServer, startServer } from './support/server.js';

const DAY = '2022-09-30';
const ENTRY = `/xa/24692/nhap-lieu?ngay=${DAY}`;
const BOARD = `/bang-tong-hop/664?ngay=${DAY}`;
const CELL = 'Nam Xuân — Tiêu chí 9 Nhà ở dân cư';
const EVIDENCE = 'bien-ban-nha-o-nam-xuan.pdf';

describe.skipIf(!hasChromium).sequential('commune officer → district board → department verification', () => {
  let server: E2eServer;
  let officer: Person;
  let office: Person;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await officer?.close();
    await office?.close();
    await server?.close();
  });

  it('a commune officer enters criterion 9, sees it turn met before saving, saves and uploads evidence', async () => {
    officer = await openBrowser();
    const { page } = officer;
    await signIn(page, server.base, 'xa.namxuan', ENTRY, 'flow-01-sign-in');
    await seen(page.getByRole('heading', { level: 1, name: 'Nhập liệu — xã Nam Xuân' }));

    // the criteria list names each criterion with its live status (its accessible name)
    const nav = page.getByRole('navigation', { name: 'Các tiêu chí' });
    const c9 = (state: string) => nav.getByRole('button', { name: `9. Nhà ở dân cư — ${state}`, exact: true });
    await c9('Chưa đạt').click();
    await seen(page.getByRole('heading', { level: 2, name: '9. Nhà ở dân cư' }));
    await seen(page.getByText('Tính thử: đạt 17/19 tiêu chí'));

    const houses = page.getByRole('textbox', { name: /^Chỉ tiêu 9\.1 —/ });
    const solid = page.getByRole('textbox', { name: /^Chỉ tiêu 9\.2 —/ });
    await hasValue(houses, '2');
    await houses.fill('0');
    await solid.fill('82,5');
    // the engine runs in the browser: the criterion is met before anything is saved
    await seen(c9('Đạt (2 thay đổi)'));
    await seen(page.getByText('Tính thử: đạt 18/19 tiêu chí'));
    await seen(page.getByText('2 thay đổi chưa lưu'));
    await screenshot(page, 'flow-02-entry-live-met');

    await page.getByRole('textbox', { name: 'Ghi chú cho lần lưu này' }).fill('Rà soát nhà ở tháng 9/2022');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await seen(page.getByRole('status').filter({ hasText: 'Đã lưu 2 giá trị.' }));
    await seen(c9('Đạt'));
    await hasValue(solid, '82,5');
    await seen(page.getByText('Không có thay đổi'));

    const pdf = await pdfFile(EVIDENCE, 'Bien ban ra soat nha o - xa Nam Xuan - 30/09/2022');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Tệp minh chứng cho chỉ tiêu 9.2' }).click();
    await (await chooser).setFiles(pdf);
    await page.getByRole('button', { name: 'Tải lên', disabled: false }).click();
    await seen(page.getByRole('status').filter({ hasText: `Đã tải lên ${EVIDENCE}.` }));
    await seen(page.getByRole('link', { name: EVIDENCE }));
    await screenshot(page, 'flow-03-entry-saved-evidence');
    expect(officer.errors).toEqual([]);
  });

  it('the officer may not open the district board, but sees criterion 9 met and self-assessed on the commune page', async () => {
    const { page } = officer;
    await page.goto(`${server.base}${BOARD}`);
    // a refusal says so and offers a way back, not a retry that would be refused again
    const refusal = page.getByRole('alert');
    await hasText(refusal, 'Không có quyền truy cập');
    await count(refusal.getByRole('button', { name: 'Thử lại' }), 0);
    await seen(refusal.getByRole('link', { name: 'Về trang đầu' }));
    await count(page.getByRole('table'), 0);
    await screenshot(page, 'flow-04-officer-board-forbidden');

    await page.goto(`${server.base}/xa/24692?ngay=${DAY}#tc-9`);
    // Only criterion 9 has 2022 values; the other 18 rest on the 2021 baseline: "chưa cập nhật", not met.
    await seen(page.getByText('Đạt 1/19 tiêu chí'));
    await seen(page.getByText('18 tiêu chí chưa cập nhật'));
    await seen(page.getByRole('button', { name: /^9\. Nhà ở dân cư\s*2\/2 chỉ tiêu đạt\s*Đạt$/ }));
    const solid = page.getByRole('article', { name: /^Chỉ tiêu 9\.2 —/ });
    await hasText(solid, '82,5 %');
    await hasText(solid, 'Tự đánh giá, chưa xác minh');
    await hasText(solid, 'Cán bộ xã Nam Xuân (demo) nhập lúc');
    await seen(solid.getByRole('link', { name: EVIDENCE }));
    await hasText(page.getByRole('article', { name: /^Chỉ tiêu 9\.1 —/ }), 'Tự đánh giá, chưa xác minh');
    await screenshot(page, 'flow-05-commune-self-assessed');
  });

  it('the district office sees Nam Xuân’s criterion 9 as met on self-assessment only', async () => {
    office = await openBrowser();
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', BOARD);
    await seen(page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp — Krông Nô' }));
    await seen(page.getByRole('button', { name: `${CELL}: Đạt theo xã tự đánh giá, chưa xác minh` }));
    // the rest of the row is the 2021 baseline: said as not updated for 2022, with its date
    await seen(
      page.getByRole('button', { name: 'Nam Xuân — Tiêu chí 1 Quy hoạch: Chưa cập nhật (số liệu ngày 31/12/2021, trước năm 2022)' }),
    );
    await screenshot(page, 'flow-06-board-self-assessed');

    // the criterion view: every commune's indicators of criterion 9 in one request
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) requests.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.base}/bang-tong-hop/664/tieu-chi/9?ngay=${DAY}`);
    const table = page.getByRole('table', { name: 'Các xã theo chỉ tiêu của tiêu chí 9' });
    const namXuan = table.getByRole('row').filter({ hasText: 'Nam Xuân' });
    await hasText(namXuan, '82,5');
    await count(table.getByRole('row'), 12);
    expect(requests.filter((u) => u.includes('/evaluation'))).toEqual([]);
    expect(requests.filter((u) => u === '/api/v1/board/criteria/9')).toHaveLength(1);
    await screenshot(page, 'flow-06b-criterion-view');
    await page.goto(`${server.base}${BOARD}`);
  });

  it('the department reads 9.2 in the review dialog, verifies both values in one action; the board then shows the cell verified and met', async () => {
    const dept = await openBrowser();
    try {
      const { page } = dept;
      await signIn(page, server.base, 'phong.ktht', `/xac-minh?ngay=${DAY}`);
      await seen(page.getByText('Tiêu chí do đơn vị bạn xác minh: 1, 2, 4, 7, 9'));
      const queue = page.getByRole('table', { name: 'Xác minh số liệu' });
      await count(queue.getByRole('row').filter({ hasText: 'Nam Xuân' }), 2);
      await screenshot(page, 'flow-07-review-queue');

      // The dialog shows what the reviewer decides on: threshold for the commune, previous value, note, evidence, who and when.
      const row92 = queue.getByRole('row').filter({ hasText: 'Nam Xuân' }).filter({ hasText: '9.2 Tỷ lệ hộ có nhà ở kiên cố' });
      await row92.getByRole('button', { name: 'Xác minh' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xác minh giá trị' });
      await hasText(dialog, 'Nam Xuân — Chỉ tiêu 9.2');
      await hasText(dialog, 'Ngưỡng áp dụng cho xã');
      await hasText(dialog, 'Giá trị trước đó');
      await hasText(dialog, '(số liệu ngày 31/12/2021, Đã xác minh)');
      await hasText(dialog, 'Ghi chú của xã: Rà soát nhà ở tháng 9/2022');
      await hasText(dialog, 'Nhập bởi Cán bộ xã Nam Xuân (demo)');
      await seen(dialog.getByRole('link', { name: EVIDENCE }));
      await screenshot(page, 'flow-08-verify-dialog', false);
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await gone(dialog);

      // Both of Nam Xuân's values in one action, after a confirmation naming the count.
      await page.getByRole('button', { name: 'Xác minh tất cả của xã Nam Xuân (2)' }).click();
      const confirm = page.getByRole('dialog', { name: 'Xác minh hàng loạt' });
      await hasText(confirm, 'Xác minh 2 giá trị của xã Nam Xuân? Mỗi giá trị được ghi nhật ký riêng.');
      await screenshot(page, 'flow-08b-bulk-confirm', false);
      await confirm.getByRole('button', { name: 'Xác minh' }).click();
      await gone(confirm);
      await seen(page.getByRole('status').filter({ hasText: 'Đã xác minh 2 giá trị.' }));
      await seen(page.getByText('Không có giá trị nào cần xác minh.'));
      expect(dept.errors).toEqual([]);
    } finally {
      await dept.close();
    }

    const { page } = office;
    await page.reload();
    await seen(page.getByRole('button', { name: `${CELL}: Đạt (đã xác minh)` }));
    await gone(page.getByRole('button', { name: `${CELL}: Đạt theo xã tự đánh giá, chưa xác minh` }));
    await screenshot(page, 'flow-09-board-verified');

    await page.goto(`${server.base}/xa/24692?ngay=${DAY}#tc-9`);
    const solid = page.getByRole('article', { name: /^Chỉ tiêu 9\.2 —/ });
    await hasText(solid, 'Đã xác minh: Phòng Kinh tế và Hạ tầng (demo)');
    await screenshot(page, 'flow-10-commune-verified');
    expect(office.errors).toEqual([]);
  });
});
