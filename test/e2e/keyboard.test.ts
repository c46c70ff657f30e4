/**
 * Keyboard only (Tab, Enter, Space, arrows — no mouse): the district office signs in, moves through the
 * board's heat map to Nam Xuân's criterion 9, opens the commune and its entry, enters 9.2 and saves;
 * the department signs in, finds the value in its review queue and verifies it. Every control reached
 * shows its focus.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/services/demo.service.js';
import { hasChromium, openBrowser, type Person, screenshot } from './support/browser.js';
import { gone, hasText, hasValue, seen } from './support/expect.js';
import { focusedName, focusVisible, tabTo } from './support/keyboard.js';
import { type E2eServer, startServer } from './support/server.js';

const DAY = '2022-09-30';
const BOARD = `/bang-tong-hop/664?ngay=${DAY}`;

async function keyboardSignIn(page: Page, base: string, username: string, next: string) {
  await page.goto(`${base}/dang-nhap?next=${encodeURIComponent(next)}`);
  const name = page.getByRole('textbox', { name: 'Tên đăng nhập' });
  await tabTo(page, name);
  await page.keyboard.type(username);
  await tabTo(page, page.getByLabel(/^Mật khẩu/));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === next.split('?')[0]);
}

async function expectFocusShown(page: Page) {
  expect(await focusVisible(page), `focus not visible on ${await focusedName(page)}`).toBe(true);
}

describe.skipIf(!hasChromium).sequential('keyboard only: board → entry → save → review', () => {
  let server: E2eServer;
  let office: Person;
  let dept: Person;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await office?.close();
    await dept?.close();
    await server?.close();
  });

  it('the district office reaches Nam Xuân’s criterion 9 on the board, enters a value and saves it', async () => {
    office = await openBrowser();
    const { page } = office;
    await keyboardSignIn(page, server.base, 'vpntm.krongno', BOARD);
    await seen(page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp — Krông Nô' }));

    // the heat map is one tab stop; the arrows move inside it
    const grid = page
      .getByRole('grid')
      .or(page.getByRole('table', { name: /Bảng/ }))
      .first();
    await tabTo(page, grid.locator('[data-cell="0:0"]'));
    await expectFocusShown(page);
    for (let i = 0; i < 12 && !(await focusedName(page)).includes('Nam Xuân'); i++) await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toContain('Nam Xuân');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toContain('Nam Xuân — Tiêu chí 9');
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/xa/24692');
    await seen(page.getByRole('heading', { level: 1 }).filter({ hasText: 'Nam Xuân' }));

    await tabTo(page, page.getByRole('link', { name: 'Nhập liệu', exact: true }));
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    await seen(page.getByRole('heading', { level: 1, name: 'Nhập liệu — xã Nam Xuân' }));

    const c9 = page.getByRole('navigation', { name: 'Các tiêu chí' }).getByRole('button', { name: /^9\. Nhà ở dân cư — / });
    await tabTo(page, c9);
    await expectFocusShown(page);
    await page.keyboard.press('Space');
    await seen(page.getByRole('heading', { level: 2, name: '9. Nhà ở dân cư' }));
    const solid = page.getByRole('textbox', { name: /^Chỉ tiêu 9\.2 —/ });
    await tabTo(page, solid);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('82,5');
    await tabTo(page, page.getByRole('textbox', { name: 'Ghi chú cho lần lưu này' }));
    await page.keyboard.type('Nhập bằng bàn phím');
    await tabTo(page, page.getByRole('button', { name: 'Lưu', exact: true }));
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    await seen(page.getByRole('status').filter({ hasText: 'Đã lưu 1 giá trị.' }));
    await hasValue(solid, '82,5');
    await screenshot(page, 'keyboard-01-saved');
    expect(office.errors).toEqual([]);
  });

  it('the department finds the value in its review queue and verifies it by keyboard', async () => {
    dept = await openBrowser();
    const { page } = dept;
    await keyboardSignIn(page, server.base, 'phong.ktht', `/xac-minh?ngay=${DAY}`);
    const queue = page.getByRole('table', { name: 'Xác minh số liệu' });
    const row = queue.getByRole('row').filter({ hasText: 'Nam Xuân' }).filter({ hasText: '9.2' });
    await hasText(row, '82,5');
    await tabTo(page, row.getByRole('button', { name: 'Xác minh' }));
    await expectFocusShown(page);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Xác minh giá trị' });
    await hasText(dialog, 'Nam Xuân — Chỉ tiêu 9.2');
    await hasText(dialog, 'Nhập bằng bàn phím');
    // the focus moved into the dialog and stays there until it closes
    await tabTo(page, dialog.getByRole('button', { name: 'Xác minh', exact: true }), 20);
    await expectFocusShown(page);
    await screenshot(page, 'keyboard-02-verify-dialog', false);
    await page.keyboard.press('Space');
    await gone(dialog);
    // verified: it leaves the queue of values waiting for verification
    await gone(row);
    expect(dept.errors).toEqual([]);
  });
});
