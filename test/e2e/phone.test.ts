/**
 * Phone first (375 × 812): no main page is wider than the phone; a commune officer enters a value, sees
 * the camera offered for evidence, saves and sees the result without scrolling sideways; the department
 * reaches the review buttons; lists are cards, task texts fold at whole lines; at 1366 px the targets
 * board shows its last column. With NTM_UPDATE_DOCS_SHOTS=1 it retakes docs/screenshots/phone-*.png.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn } from '../support/app.js';
import { hasChromium, openBrowser, type Person, signIn } from './support/browser.js';
import { seen } from './support/expect.js';
import { REPO, SHOTS_DIR } from './support/paths.js';
import { type E2eServer, startServer } from './support/server.js';

const PHONE = { width: 375, height: 812 };
const DAY = '2022-09-30';
const PHOTO = 'anh-nha-o-nam-xuan.jpg';
/** The phone views go to docs/ when asked (NTM_UPDATE_DOCS_SHOTS=1), else with the other test output. */
const DOCS_SHOTS = process.env.NTM_UPDATE_DOCS_SHOTS ? join(REPO, 'docs', 'screenshots') : SHOTS_DIR;

/** The page's own width (what a phone would let you scroll sideways to). */
const pageWidth = async (page: Page) => (await page.evaluate('document.documentElement.scrollWidth')) as number;

/** The element's box, in viewport coordinates. */
async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('element has no box (not visible)');
  return b;
}

/** Entirely inside the phone's viewport (after the browser has scrolled it there). */
async function inViewport(l: Locator) {
  const b = await box(l);
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= PHONE.width + 0.5 && b.y + b.height <= PHONE.height + 0.5;
}

async function docsShot(page: Page, name: string) {
  await mkdir(DOCS_SHOTS, { recursive: true });
  await page.screenshot({ path: join(DOCS_SHOTS, `${name}.png`) });
}

/** Opens `path`, waits for its main heading and the network to settle, and returns the page width. */
async function widthOf(page: Page, base: string, path: string, heading: RegExp | string): Promise<number> {
  await page.goto(`${base}${path}`);
  await seen(page.getByRole('heading', { level: 1, name: heading }).first());
  await page.waitForLoadState('networkidle');
  return pageWidth(page);
}

describe.skipIf(!hasChromium).sequential('phone first: 375 px entry, review and every main page', () => {
  let server: E2eServer;
  const people: Person[] = [];
  const person = async () => {
    const p = await openBrowser();
    people.push(p);
    await p.page.setViewportSize(PHONE);
    return p;
  };

  beforeAll(async () => {
    server = await startServer();
    // Nâm Nung has values waiting for review, whatever the officer's test below does
    const officer = await apiSignIn(server.app, 'xa.namnung');
    const r = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: 'demo-krong-no-ntm-2022', asOf: DAY, values: { '9.2': 81 }, expectedVersions: { '9.2': 0 } },
    });
    expect(r.statusCode, r.body).toBe(200);
  });
  afterAll(async () => {
    for (const p of people) await p.close();
    await server?.close();
  });

  it('signed out: the sign-in page and the public page fit the phone', async () => {
    const { page } = await person();
    const widths = {
      signIn: await widthOf(page, server.base, '/dang-nhap', 'Đăng nhập'),
      public: await widthOf(page, server.base, `/cong-khai/24692?ngay=${DAY}`, /xã Nam Xuân$/),
    };
    console.log('phone widths (signed out)', widths);
    expect(widths).toEqual({ signIn: PHONE.width, public: PHONE.width });
  });

  it('a commune officer enters a value, saves and sees the result in view, attaches a photo from the camera', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'xa.namxuan', `/xa/24692/nhap-lieu?ngay=${DAY}`);
    await seen(page.getByRole('heading', { level: 1, name: 'Nhập liệu — xã Nam Xuân' }));
    await page.getByRole('textbox', { name: 'Tiêu chí' }).click();
    await page.getByRole('option', { name: /^9\. Nhà ở dân cư/ }).click();
    await seen(page.getByRole('heading', { level: 2, name: '9. Nhà ở dân cư' }));
    const solid = page.getByRole('textbox', { name: /^Chỉ tiêu 9\.2 —/ });
    await solid.fill('82,5');
    await page.getByRole('textbox', { name: /^Chỉ tiêu 9\.1 —/ }).fill('0');
    await seen(page.getByText('2 thay đổi chưa lưu'));

    const bar = page.locator('.save-bar');
    const barHeight = (await box(bar)).height;
    console.log(`phone: save bar ${barHeight} px of ${PHONE.height}`);
    expect(barHeight).toBeLessThanOrEqual(PHONE.height * 0.15);

    // the camera is offered beside choosing a file: an image input that asks for the back camera
    const camera = page.locator('input[type=file][capture]').first();
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    await seen(page.getByRole('button', { name: 'Chụp ảnh minh chứng cho chỉ tiêu 9.2' }));
    await solid.scrollIntoViewIfNeeded();
    await docsShot(page, 'phone-entry');

    await page.getByRole('textbox', { name: 'Ghi chú cho lần lưu này' }).fill('Rà soát nhà ở tháng 9/2022');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu 2 giá trị.' });
    await seen(saved);
    expect(await inViewport(saved)).toBe(true);
    const savedBarHeight = (await box(bar)).height;
    console.log(`phone: save bar after saving ${savedBarHeight} px of ${PHONE.height}`);
    expect(savedBarHeight).toBeLessThanOrEqual(PHONE.height * 0.15);
    expect(await pageWidth(page)).toBe(PHONE.width);
    await docsShot(page, 'phone-saved');

    // a photo "taken" with the camera button (a JPEG, as a phone's camera gives) is attached to 9.2
    const photo = await page.screenshot({ type: 'jpeg', quality: 70, clip: { x: 0, y: 0, width: 120, height: 90 } });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chụp ảnh minh chứng cho chỉ tiêu 9.2' }).click();
    const camera92 = await chooser;
    expect(await camera92.element().getAttribute('capture')).toBe('environment');
    await camera92.setFiles({ name: PHOTO, mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Tải lên', disabled: false }).click();
    await seen(page.getByRole('status').filter({ hasText: `Đã tải lên ${PHOTO}.` }));
    await seen(page.getByRole('link', { name: PHOTO }));
    expect(await pageWidth(page)).toBe(PHONE.width);
  });

  it('a department reaches the review buttons and every signed-in page fits the phone', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'phong.ktht', `/xac-minh?ngay=${DAY}`);
    const queue = page.getByRole('table', { name: 'Xác minh số liệu' });
    const row = queue.getByRole('row').filter({ hasText: 'Nâm Nung' }).filter({ hasText: '9.2 Tỷ lệ hộ có nhà ở kiên cố' });
    const verify = row.getByRole('button', { name: 'Xác minh' });
    const ret = row.getByRole('button', { name: 'Trả lại' });
    await seen(verify);
    await page.waitForLoadState('networkidle');
    const width = await pageWidth(page);
    for (const b of [verify, ret]) {
      await b.scrollIntoViewIfNeeded();
      expect(await inViewport(b)).toBe(true);
    }
    // a card per value: the queue itself is no wider than the phone (nothing to scroll sideways to)
    expect((await box(queue)).width).toBeLessThanOrEqual(PHONE.width);
    await verify.scrollIntoViewIfNeeded();
    await docsShot(page, 'phone-review');
    console.log('phone width (review queue)', width);
    expect(width).toBe(PHONE.width);
  });

  it('the district office’s pages fit the phone', async () => {
    const { page } = await person();
    const BOARD = `/bang-tong-hop/664?ngay=${DAY}`;
    await signIn(page, server.base, 'vpntm.krongno', BOARD);
    const pages: [string, string, RegExp | string][] = [
      ['board', BOARD, 'Bảng tổng hợp — Krông Nô'],
      ['commune', `/xa/24692?ngay=${DAY}`, 'Xã Nam Xuân'],
      ['criterion', `/bang-tong-hop/664/tieu-chi/9?ngay=${DAY}`, /Tiêu chí 9/],
      ['entry', `/xa/24692/nhap-lieu?ngay=${DAY}`, 'Nhập liệu — xã Nam Xuân'],
      ['plans', '/ke-hoach', /Kế hoạch/],
      ['plan document', '/ke-hoach/krong-no-2022?tab=document', /năm 2022$/],
      ['plan targets', '/ke-hoach/krong-no-2022?tab=targets', /năm 2022$/],
      ['plan tasks', '/ke-hoach/krong-no-2022?tab=tasks', /năm 2022$/],
      ['documents import', '/nhap-tu-tep/664', /Nhập số liệu từ tệp Excel/],
      ['users', '/nguoi-dung', /Người dùng/],
      ['audit log', '/nhat-ky', /Nhật ký/],
    ];
    const widths: Record<string, number> = {};
    for (const [name, path, heading] of pages) {
      widths[name] = await widthOf(page, server.base, path, heading);
      if (name === 'board') {
        await page.evaluate(`window.scrollTo(0, document.querySelector('.hm-scroller').getBoundingClientRect().top + window.scrollY - 64)`);
        await docsShot(page, 'phone-board');
      }
    }
    console.log('phone widths (district office)', widths);
    expect(widths).toEqual(Object.fromEntries(pages.map(([name]) => [name, PHONE.width])));
  });

  it('lists are cards on a phone, task texts fold after whole lines, the targets board says it scrolls', async () => {
    const { page } = people.at(-1) as Person;
    for (const [path, name] of [
      ['/nguoi-dung', 'Người dùng'],
      ['/ke-hoach', 'Kế hoạch xây dựng nông thôn mới'],
    ]) {
      await page.goto(`${server.base}${path}`);
      const table = page.getByRole('table', { name });
      await seen(table);
      expect((await box(table)).width, path).toBeLessThanOrEqual(PHONE.width);
    }
    await seen(page.getByRole('link', { name: /huyện Krông Nô năm 2022$/ }));

    await page.goto(`${server.base}/ke-hoach/krong-no-2022?tab=tasks`);
    await seen(page.locator('[data-task="III.4"]'));
    // each folded text shows a whole number of lines (the fold is never through the middle of a line)
    const lines = (await page.evaluate(`[...document.querySelectorAll('[data-task] .mantine-Spoiler-content')].map(
      (el) => el.clientHeight / Number.parseFloat(getComputedStyle(el.querySelector('p')).lineHeight))`)) as number[];
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((n) => Math.abs(n - Math.round(n)) > 0.05)).toEqual([]);
    await seen(page.locator('[data-task]').first().getByRole('button', { name: 'Xem thêm' }));

    await page.goto(`${server.base}/ke-hoach/krong-no-2022?tab=targets`);
    await seen(page.getByRole('table', { name: 'Mục tiêu các xã' }));
    await seen(page.getByTestId('scroll-hint'));
    expect(await pageWidth(page)).toBe(PHONE.width);
  });

  it('at 1366 px the targets board shows its last column', async () => {
    const { page } = people.at(-1) as Person;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.base}/ke-hoach/krong-no-2022?tab=targets`);
    const table = page.getByRole('table', { name: 'Mục tiêu các xã' });
    const last = table.getByRole('columnheader').last();
    await seen(last);
    const b = await box(last);
    const region = await box(table.locator('xpath=..')); // the box the board scrolls in
    expect(b.x + b.width).toBeLessThanOrEqual(Math.min(1366, region.x + region.width) + 0.5);
    expect(await page.getByTestId('scroll-hint').count()).toBe(0);
  });

  it('no page threw or logged an error', () => {
    expect(people.flatMap((p) => p.errors)).toEqual([]);
  });
});
