/**
 * Vietnamese everywhere: every main page, signed out and signed in as each kind of person, at desktop
 * and phone width, shows no English or code word from a list of known leaks (matched as whole words,
 * in the visible text) and no ISO date (yyyy-mm-dd) — dates read dd/mm/yyyy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { prepareWalk, visitPages, WALK_CASES } from './support/main-pages.js';
import { type E2eServer, startServer } from './support/server.js';

/** Words that have leaked into the Vietnamese screens before (field names, statuses, values, JS). */
const ENGLISH = [
  'set',
  'required',
  'true',
  'false',
  'approved',
  'draft',
  'note',
  'pending',
  'verified',
  'rejected',
  'returned',
  'submitted',
  'undefined',
  'null',
  'NaN',
  'Error',
  'invalid',
  'status',
  'unit',
  'asOf',
  'unitCode',
  'met',
  'not_met',
  'missing',
  'threshold_unknown',
  'commune_officer',
  'district_office',
  'department',
  'admin',
  'object Object',
];
// whole words: not inside a longer word (Vietnamese letters count as letters), a snake_case name or a
// dotted user name such as "admin.demo" (a person's account name is data, not an English word)
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}]\\.)(${ENGLISH.join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])`, 'giu');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** What the page shows of itself as text, without what only a machine reads. */
export function leaks(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(WORDS)) found.add(`"${m[0]}" in «${line.trim().slice(0, 120)}»`);
    for (const m of line.matchAll(ISO_DATE)) found.add(`date ${m[0]} in «${line.trim().slice(0, 120)}»`);
  }
  return [...found];
}

describe.skipIf(!hasChromium).sequential('Vietnamese everywhere', () => {
  let server: E2eServer;

  beforeAll(async () => {
    server = await startServer();
    await prepareWalk(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds the known leaks in a sample', () => {
    expect(leaks('Bộ tiêu chí (set)\nset: required\nTrạng thái: approved.\nngày 2022-09-30\nsettings, admin.demo')).toEqual([
      '"set" in «Bộ tiêu chí (set)»',
      '"set" in «set: required»',
      '"required" in «set: required»',
      '"approved" in «Trạng thái: approved.»',
      'date 2022-09-30 in «ngày 2022-09-30»',
    ]);
  });

  it.each(WALK_CASES)('no English word or ISO date: $label', async (c) => {
    const found: string[] = [];
    await visitPages(server, c, async ({ path, page }) => {
      const lang = await page.evaluate('document.documentElement.lang');
      expect(lang, path).toBe('vi');
      for (const l of leaks(await page.locator('body').innerText())) found.push(`${path}: ${l}`);
    });
    expect(found).toEqual([]);
  }, 600_000);
});
