/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser): one persistent context
 * per signed-in person, each with a fresh profile; sign-in through the page; screenshots kept as output.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../src/services/demo.service.js';
import { CHROMIUM, SHOTS_DIR } from './paths.js';

export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`E2E: ${CHROMIUM} is missing; CI must install Debian's chromium (browser tests may not be skipped)`);
  console.warn(`E2E: ${CHROMIUM} not found — browser tests skipped (install Debian's chromium to run them)`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, except failed requests (a 403 or 409 a test provokes). */
  errors: string[];
  close(): Promise<void>;
}

/** A browser with a fresh profile (its own cookies): one per person in a scenario. */
export async function openBrowser(): Promise<Person> {
  const profile = await mkdtemp(join(tmpdir(), 'ntm-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in on /dang-nhap and waits to arrive at `next` (a path with its query). */
export async function signIn(page: Page, base: string, username: string, next: string, shot?: string) {
  await page.goto(`${base}/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const path = next.split(/[?#]/)[0];
  await page.waitForURL((u) => u.pathname === path);
}

/** Keeps a screenshot as test output: test-results/e2e/<name>.png (the whole page, or the viewport for dialogs). */
export async function screenshot(page: Page, name: string, fullPage = true) {
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage });
}
