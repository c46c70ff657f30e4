/**
 * The plan in a real browser: the district office sees the 2022 plan's real inconsistency, copies it into
 * a 2023 draft, changes a commune's commitment on the board and watches the findings change; it sets a
 * past deadline on a task, the Front is notified, reports the task done, and the dashboard shows it; the
 * office submits the 2023 draft and the leader, on a phone, finds it in the bell and opens it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { gone, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('annual plan: copy, targets on the board, findings, tasks and notifications', () => {
  let server: E2eServer;
  let office: Person;
  let front: Person;
  let leader: Person;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await office?.close();
    await front?.close();
    await leader?.close();
    await server?.close();
  });

  it('the 2022 plan states 17,9 where its targets imply 18,09', async () => {
    office = await openBrowser();
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', '/ke-hoach');
    await page.getByRole('link', { name: /trên địa bàn huyện Krông Nô năm 2022$/ }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2022');
    const findings = page.getByTestId('findings');
    await seen(findings.getByText(/18,09 tiêu chí\/xã trên cả 11 xã \(199\/11\)/));
    await screenshot(page, 'plan-01-targets-2022');
  });

  it('copies 2022 into a 2023 draft; adding the missing commitment on the board clears the finding', async () => {
    const { page } = office;
    await page.getByRole('button', { name: 'Lập kế hoạch năm sau từ kế hoạch này' }).click();
    await page.getByRole('textbox', { name: 'Mã kế hoạch mới' }).fill('krong-no-2023');
    await page.getByRole('button', { name: 'Tạo bản sao' }).click();
    await page.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2023');
    const findings = page.getByTestId('findings');
    // At the end of 2022 Nâm Nung lacks 17 and 18 (the demo's year-end values); only the commitment 18 carries over.
    const gap = findings.getByText(/Xã Nâm Nung được đặt mục tiêu về đích nhưng cam kết chưa gồm 1 tiêu chí còn thiếu: 17/);
    await seen(gap);
    const cell = page.getByRole('button', { name: 'Tiêu chí 17 của xã Nâm Nung: chưa đạt, chưa cam kết' });
    await cell.click();
    await seen(page.getByRole('button', { name: 'Tiêu chí 17 của xã Nâm Nung: cam kết đạt trong năm' }));
    await gone(gap);
    await screenshot(page, 'plan-02-targets-2023-changed');
  });

  it('an overdue task notifies the Front, which reports it done; the dashboard shows it', async () => {
    const { page } = office;
    await page.goto(`${server.base}/ke-hoach/krong-no-2022?tab=tasks`);
    // The lead and cooperating agencies are the data's (the .docx no longer prints them under the text).
    await seen(
      page
        .locator('[data-task="III.3"]')
        .getByText(
          /Chủ trì: Phòng Tài chính - Kế hoạch · Phối hợp: Phòng Nông nghiệp và Phát triển nông thôn, Văn phòng nông thôn mới huyện/,
        ),
    );
    const task = page.locator('[data-task="III.4"]');
    await task.getByRole('button', { name: 'Đặt hạn, chủ trì' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Hạn' }).fill('30/06/2022');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await gone(dialog);
    await seen(task.getByText('Quá hạn'));
    await screenshot(page, 'plan-03-tasks-overdue');

    front = await openBrowser();
    const fp = front.page;
    await signIn(fp, server.base, 'mttq.krongno', '/ke-hoach');
    await seen(fp.getByRole('button', { name: '1 thông báo chưa đọc' }));
    await fp.getByRole('button', { name: '1 thông báo chưa đọc' }).click();
    const notice = fp.getByRole('menuitem', {
      name: /^Nhiệm vụ III\.4 “.+” \(Kế hoạch năm 2022 của Ủy ban nhân dân huyện Krông Nô\) đã quá hạn ngày 30\/06\/2022/,
    });
    await screenshot(fp, 'plan-04-notification', false);
    await notice.click();
    await fp.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2022');
    const mine = fp.locator('[data-task="III.4"]');
    await mine.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const report = fp.getByRole('dialog');
    await report.getByRole('textbox', { name: 'Ngày báo cáo' }).fill('15/07/2022');
    await report.getByRole('textbox', { name: 'Trạng thái' }).click();
    await fp.getByRole('option', { name: 'Hoàn thành' }).click();
    await report.getByRole('textbox', { name: 'Nội dung' }).fill('Đã tổ chức giám sát tại 11 xã');
    await report.getByRole('button', { name: 'Gửi' }).click();
    await gone(report);
    await seen(mine.getByText(/Đã tổ chức giám sát tại 11 xã/));
    await seen(fp.getByRole('button', { name: '0 thông báo chưa đọc' }));

    await page.goto(`${server.base}/ke-hoach/krong-no-2022?tab=dashboard`);
    await seen(page.getByTestId('task-summary').getByText('Nhiệm vụ: 1/25 đã hoàn thành'));
    await seen(page.getByText('Không có nhiệm vụ quá hạn.'));
    await screenshot(page, 'plan-05-dashboard');
  });

  it('the office submits the 2023 draft; the leader, on a 375 px phone, finds it in the bell and opens it', async () => {
    const { page } = office;
    await page.goto(`${server.base}/ke-hoach/krong-no-2023`);
    await page.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await gone(page.getByRole('dialog'));

    leader = await openBrowser();
    const lp = leader.page;
    await lp.setViewportSize({ width: 375, height: 740 });
    await signIn(lp, server.base, 'lanhdao.krongno', '/ke-hoach');
    await lp.getByRole('button', { name: '1 thông báo chưa đọc' }).click();
    const notice = lp.getByRole('menuitem', {
      name: /^Kế hoạch năm 2023 của Ủy ban nhân dân huyện Krông Nô đã được trình, chờ phê duyệt\./,
    });
    await seen(notice);
    const menu = await lp.getByRole('menu').boundingBox();
    expect(menu && menu.x >= 0 && menu.x + menu.width <= 375).toBe(true);
    await screenshot(lp, 'plan-06-notice-phone', false);
    await notice.click();
    await lp.waitForURL((u) => u.pathname === '/ke-hoach/krong-no-2023');
    await seen(lp.getByRole('button', { name: '0 thông báo chưa đọc' }));
    expect(leader.errors).toEqual([]);
  });
});
