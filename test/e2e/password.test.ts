/**
 * The password change in a real browser: a password that is too easy to guess is refused with the
 * server's Vietnamese explanation under the field itself; a long phrase is accepted.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { gone, hasText, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

describe.skipIf(!hasChromium).sequential('changing one’s password', () => {
  let server: E2eServer;
  let officer: Person;

  beforeAll(async () => {
    server = await startServer();
    officer = await openBrowser();
    await signIn(officer.page, server.base, 'xa.namnung', '/doi-mat-khau');
  });
  afterAll(async () => {
    await officer?.close();
    await server?.close();
  });

  const fill = async (next: string) => {
    const { page } = officer;
    await page.getByLabel('Mật khẩu hiện tại').fill('demo-ntm-2022');
    await page.getByLabel(/^Mật khẩu mới/).fill(next);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(next);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  };

  it('explains in Vietnamese, under the field, why a password is too easy to guess', async () => {
    const { page } = officer;
    await seen(page.getByRole('heading', { name: 'Đổi mật khẩu' }));
    await fill('xa.namnung2026');
    // Under the new-password field (Mantine's error line of that input), not in a general alert.
    const under = page.locator('.mantine-PasswordInput-error');
    await hasText(under, 'Mật khẩu quá dễ đoán');
    await hasText(under, 'Không dùng tên đăng nhập');
    await gone(page.getByRole('alert').filter({ hasText: 'newPassword' }));
    await screenshot(page, 'password-01-too-easy', false);
  });

  it('accepts a long phrase', async () => {
    await fill('lúa-chín-vàng-đồng-nâm-nung');
    await seen(officer.page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu.' }));
  });
});
