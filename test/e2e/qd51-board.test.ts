/**
 * QĐ 51 in a real browser: the Lâm Đồng board after 15/02/2026 has QĐ 51's 10 criteria (before, 318's 19);
 * a criterion header opens that set's criterion, named from the set; a commune evaluated under QĐ 51 shows
 * each criterion without enough data, none "not met"; a board whose communes use two sets says so and
 * switches to the other set on request.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { unitRepository } from '../../src/db/repositories/unit.repository.js';
import { newId } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { count, gone, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const QD51 = 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030';

describe.skipIf(!hasChromium).sequential('the 2026-2030 set on the board and the commune page', () => {
  let server: E2eServer;
  let person: Person;
  beforeAll(async () => {
    server = await startServer(async (t) => {
      await seedDemo(t.ctx);
      // Quảng Phú adopts QĐ 51 before its province: on 31/01/2026 the province's communes use two sets.
      await unitRepository.insertSetAssignments(t.database.db, [
        { id: newId(), unitCode: '24712-2025', setCode: 'qd51-ntm-2026-2030', validFrom: '2026-01-01', validTo: null },
      ]);
    });
    person = await openBrowser();
  });
  afterAll(async () => {
    await person?.close();
    await server?.close();
  });

  it('shows 10 criteria from 15/02/2026 and 19 the day before', async () => {
    const { page } = person;
    await signIn(page, server.base, 'admin.demo', '/bang-tong-hop/68-2025?ngay=2026-02-15');
    await seen(page.getByText(QD51, { exact: false }).first());
    const table = page.getByRole('table', { name: 'Bảng xã theo 10 tiêu chí; dùng phím mũi tên để di chuyển, Enter để mở' });
    await seen(table);
    await count(table.getByRole('link', { name: /^Tiêu chí \d+: .* — xem theo chỉ tiêu$/ }), 10);
    await screenshot(page, 'qd51-01-board');
    await page.goto(`${server.base}/bang-tong-hop/68-2025?ngay=2026-02-14`);
    await seen(page.getByRole('table', { name: 'Bảng xã theo 19 tiêu chí; dùng phím mũi tên để di chuyển, Enter để mở' }));
  });

  it("opens QĐ 51's criterion 6 by its name from the board", async () => {
    const { page } = person;
    await page.goto(`${server.base}/bang-tong-hop/68-2025?ngay=2026-06-01`);
    await page.getByRole('link', { name: /^Tiêu chí 6: / }).click();
    await page.waitForURL((u) => u.pathname === '/bang-tong-hop/68-2025/tieu-chi/6' && u.searchParams.get('bo') === 'qd51-ntm-2026-2030');
    await seen(page.getByRole('heading', { name: 'Tiêu chí 6: Giảm nghèo và an sinh xã hội' }));
    await seen(page.getByText(`Bộ tiêu chí: ${QD51}`));
  });

  it('shows a commune under QĐ 51 on 01/06/2026 with every criterion lacking data, none not met', async () => {
    const { page } = person;
    await page.goto(`${server.base}/xa/24703-2025?ngay=2026-06-01`);
    await seen(page.getByText('10. Tiếp cận pháp luật và an ninh, quốc phòng'));
    await seen(page.getByText('1. Quy hoạch'));
    await count(page.getByText('Chưa đủ căn cứ', { exact: true }), 10);
    await gone(page.getByText('Chưa đạt', { exact: true }));
    await screenshot(page, 'qd51-02-commune');
  });

  it('says what a board of two sets leaves out, and shows the other set on request', async () => {
    const { page } = person;
    await page.goto(`${server.base}/bang-tong-hop/68-2025?ngay=2026-01-31`);
    await seen(page.getByText('Bảng này chỉ tính các xã đánh giá theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025'));
    await seen(page.getByText(`Không tính 1 xã đánh giá theo bộ tiêu chí khác: ${QD51}.`));
    await seen(page.getByRole('table', { name: /theo 19 tiêu chí/ }));
    await screenshot(page, 'qd51-03-two-sets');
    await page.getByRole('button', { name: 'Xem bảng theo bộ này' }).click();
    await page.waitForURL((u) => u.searchParams.get('bo') === 'qd51-ntm-2026-2030');
    await seen(page.getByRole('table', { name: /theo 10 tiêu chí/ }));
    await page.getByRole('button', { name: 'Trở về bộ tiêu chí đang áp dụng' }).click();
    await seen(page.getByRole('table', { name: /theo 19 tiêu chí/ }));
  });
});
