/**
 * The main pages of the web app, signed out and signed in as each kind of person, as one list the
 * accessibility and the Vietnamese-text walks share — so a page added here is held to both standards.
 * `visitAll` opens each page at a width and waits until it has settled (data loaded, no loader left).
 */
import type { Page } from 'playwright-core';
import { seedFundingDemo } from '../../../src/services/funding/funding-demo.js';
import { signIn as apiSignIn } from '../../support/app.js';
import { openBrowser, signIn } from './browser.js';
import type { E2eServer } from './server.js';

export const DAY = '2022-09-30';
/** Stands for the demo dossier's page until prepareWalk knows its id. */
const DEMO_DOSSIER = '/ho-so/{demo}';
const resolved = new Map<string, string>();

/** Who visits, and the paths they visit (signed out when `username` is null). */
export const WALK: { username: string | null; paths: string[] }[] = [
  { username: null, paths: ['/dang-nhap', '/cong-khai/664', `/cong-khai/24692?ngay=${DAY}`] },
  {
    username: 'xa.namxuan',
    paths: [
      '/',
      `/xa/24692?ngay=${DAY}`,
      `/xa/24692/nhap-lieu?ngay=${DAY}`,
      '/ke-hoach',
      '/doi-mat-khau',
      '/xa/24692/ho-so',
      // the demo's Nam Xuân dossier, whose debt condition the unpaid road fails (id known after prepareWalk)
      DEMO_DOSSIER,
    ],
  },
  { username: 'phong.ktht', paths: [`/xac-minh?ngay=${DAY}`, `/bang-tong-hop/664/tieu-chi/9?ngay=${DAY}`] },
  {
    username: 'vpntm.krongno',
    paths: [
      `/bang-tong-hop/664?ngay=${DAY}`,
      // no date: the board and an ended commune open on their date context, with the banner saying why
      '/bang-tong-hop/664',
      '/xa/24703',
      `/xa/24703?ngay=${DAY}`,
      `/bang-tong-hop/664/tieu-chi/9?ngay=${DAY}`,
      `/xa/24692/nhap-lieu?ngay=${DAY}`,
      '/ke-hoach',
      '/ke-hoach/moi',
      '/ke-hoach/krong-no-2022?tab=targets',
      '/ke-hoach/krong-no-2022?tab=document',
      '/ke-hoach/krong-no-2022?tab=dashboard',
      '/ke-hoach/krong-no-2022?tab=tasks',
      '/ke-hoach/krong-no-2022?tab=supervision',
      '/ke-hoach/krong-no-2022?tab=agencies',
      '/nhap-tu-tep/664',
      '/bang-tong-hop/664/danh-hieu',
      '/xa/24692/khao-sat',
      '/tai-chinh/664?nam=2022',
      '/nguoi-dung',
      '/nhat-ky',
      '/xa/24703/nhat-ky',
      '/doi-mat-khau',
    ],
  },
  // Today's users: the Lâm Đồng office and a merged commune's officer, under QĐ 51, on today's date context
  {
    username: 'vpdp.lamdong',
    paths: [
      '/',
      '/bang-tong-hop/68-2025',
      '/bang-tong-hop/68-2025/tieu-chi/6',
      '/xa/24703-2025',
      '/ke-hoach/lam-dong-2026?tab=targets',
      '/ke-hoach/lam-dong-2026?tab=document',
      '/ke-hoach/lam-dong-2026?tab=dashboard',
      '/ke-hoach/lam-dong-2026?tab=tasks',
    ],
  },
  { username: 'xa.namnung.2025', paths: ['/', '/xa/24703-2025', '/xa/24703-2025/nhap-lieu', '/xa/24703'] },
  { username: 'admin.demo', paths: ['/', '/nguoi-dung', '/nhat-ky'] },
];

export const WIDTHS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** The demo, plus values Nam Xuân's officer saved for criterion 9, so the review queue has something to review. */
export async function prepareWalk(server: E2eServer) {
  const s = await apiSignIn(server.app, 'xa.namxuan');
  const r = await s.request({
    method: 'PUT',
    url: '/api/v1/units/24692/values',
    payload: {
      set: 'demo-krong-no-ntm-2022',
      asOf: DAY,
      values: { '9.1': 0, '9.2': 82.5 },
      expectedVersions: { '9.1': 0, '9.2': 0 },
      note: 'Rà soát nhà ở tháng 9/2022',
    },
  });
  if (r.statusCode !== 200) throw new Error(`values for the walk: ${r.statusCode} ${r.body}`);
  const { dossierId } = await seedFundingDemo(server.t.ctx);
  if (dossierId) resolved.set(DEMO_DOSSIER, `/ho-so/${dossierId}`);
}

/** Waits until the page has loaded its data: the network is quiet and no loader is shown. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor({ state: 'visible' });
  const busy = '.mantine-Loader-root, [aria-busy="true"]';
  await page.waitForFunction(`!document.querySelector('${busy}')`, null, { timeout: 90_000 }).catch(async (e) => {
    const html = await page.evaluate(`document.querySelector('${busy}')?.parentElement?.outerHTML.slice(0, 500)`);
    throw new Error(`${page.url()} still loading: ${html}`, { cause: e });
  });
  await page.waitForLoadState('networkidle');
}

export interface Visit {
  who: string;
  path: string;
  width: (typeof WIDTHS)[number]['name'];
  page: Page;
}

/** One person (or a visitor) at one width: the cases a test runs, each in its own `it`. */
export const WALK_CASES = WALK.flatMap((w) =>
  WIDTHS.map((width) => ({ ...w, width, label: `${w.username ?? 'signed out'} at ${width.name}` })),
);

/** Opens each of the person's pages at the width, waits for it to settle and calls `check` on it. */
export async function visitPages(server: E2eServer, c: (typeof WALK_CASES)[number], check: (v: Visit) => Promise<void>) {
  const person = await openBrowser();
  try {
    const { page } = person;
    await page.setViewportSize({ width: c.width.width, height: c.width.height });
    if (c.username) await signIn(page, server.base, c.username, '/doi-mat-khau');
    for (const path of c.paths.flatMap((p) => (p === DEMO_DOSSIER ? (resolved.get(p) ?? []) : [p]))) {
      await page.goto(`${server.base}${path}`);
      await settle(page);
      await check({ who: c.username ?? 'signed out', path, width: c.width.name, page });
    }
  } finally {
    await person.close();
  }
}
