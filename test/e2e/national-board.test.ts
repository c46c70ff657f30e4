/**
 * The national board in a real browser on the synthetic 8,000-commune country (bench/ dataset, values
 * of 31/12/2024): prints how long the heat map takes to appear and how much JavaScript the pages load.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchDatabase, loadReferenceData } from '../../bench/databases.js';
import { asOfOf, generateNationalDataset, YEARS } from '../../bench/national-dataset.js';
import { inTransaction } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { insertValueSeries, recordValues } from '../../src/services/value.service.js';
import type { TestDatabase } from '../support/databases.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { hasText, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const YEAR = YEARS.length - 1;
const AS_OF = asOfOf(YEARS[YEAR] as number);
const KB = (n: number) => `${Math.round(n / 1024)} KB`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;

/** The country of bench/ with one year of values, then the demo (for the admin.demo account). */
async function loadNationalDataset(t: TestDatabase) {
  const started = performance.now();
  const ds = generateNationalDataset();
  // loadReferenceData needs only the database and its context (the raw driver is for the benchmarks' baselines)
  await loadReferenceData({ label: 'SQLite', database: t.database, ctx: t.ctx } as BenchDatabase, ds);
  const n = ds.indicators.length;
  const values = ds.values[YEAR] as Float64Array;
  const rows = ds.communes.flatMap((c, ci) =>
    ds.indicators.map((ind, i) => {
      const v = values[ci * n + i] as number;
      const na = Number.isNaN(v);
      return {
        unitCode: c.code,
        setCode: ds.set.code,
        indicatorCode: ind.code,
        asOf: AS_OF,
        valueNum: na ? null : v,
        notApplicable: na ? 1 : 0,
        demo: 1,
      };
    }),
  );
  await inTransaction(t.ctx, (trx) => insertValueSeries(t.ctx, trx, rows));
  await seedDemo(t.ctx);
  console.log(
    `E2E: loaded ${ds.communes.length.toLocaleString('en')} communes, ${rows.length.toLocaleString('en')} values of ${AS_OF} in ${seconds(performance.now() - started)}`,
  );
}

/**
 * Every JavaScript file the page loads from now on: its bytes (fetched again from the server, which
 * serves static assets to anyone) and its gzipped size — as sent when the server compresses, else gzipped here.
 */
function collectScripts(page: Page) {
  const scripts = new Map<string, Promise<{ url: string; raw: number; gzip: number }>>();
  const onResponse = (r: Response) => {
    if (!(r.headers()['content-type'] ?? '').includes('javascript') || scripts.has(r.url())) return;
    const encoded = r.headers()['content-encoding'];
    const size = async () => {
      const raw = Buffer.from(await (await fetch(r.url())).arrayBuffer());
      return { url: r.url(), raw: raw.length, gzip: encoded ? (await r.request().sizes()).responseBodySize : gzipSync(raw).length };
    };
    scripts.set(r.url(), size());
  };
  page.on('response', onResponse);
  return {
    /** Totals of the files `keep` accepts (all by default). */
    async total(keep: (url: string) => boolean = () => true) {
      const all = (await Promise.all(scripts.values())).filter((x) => keep(x.url));
      return { files: all.length, raw: all.reduce((s, x) => s + x.raw, 0), gzip: all.reduce((s, x) => s + x.gzip, 0) };
    },
    stop: () => page.off('response', onResponse),
  };
}

/** Opens the board at `url` and waits for its first painted rows; returns when (page clock) and the API response. */
async function openBoard(page: Page, url: string) {
  const api = page.waitForResponse((r) => r.url().includes('/api/v1/board?'));
  await page.goto(url, { waitUntil: 'commit' });
  const table = page.getByRole('table', { name: /^Bảng xã theo 19 tiêu chí/ });
  await seen(table.getByRole('button', { name: / — Tiêu chí 1 / }).first());
  await page.waitForFunction('window.__firstRows !== undefined');
  const rowsAt = (await page.evaluate('window.__firstRows')) as number;
  // the board request in the page's clock: when it left and when its last byte arrived
  const [sent, received] = (await page.evaluate(
    `(() => { const e = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/v1/board?')).pop(); return e ? [e.startTime, e.responseEnd] : [NaN, NaN]; })()`,
  )) as [number, number];
  return { rowsAt, response: await api, sent, received };
}

describe.skipIf(!hasChromium)('national board, 8,000 communes', () => {
  let server: E2eServer;
  let admin: Person;

  beforeAll(async () => {
    server = await startServer(loadNationalDataset, { warmUp: true });
    admin = await openBrowser();
    // every page load fetches its scripts again, so the JS figures do not depend on the cache
    const cdp = await admin.context.newCDPSession(admin.page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  });
  afterAll(async () => {
    await admin?.close();
    await server?.close();
  });

  it('the administrator opens the national board; time to the first heat-map rows is printed', async () => {
    const { page } = admin;
    const signInJs = collectScripts(page);
    await page.goto(`${server.base}/dang-nhap`, { waitUntil: 'networkidle' });
    await seen(page.getByRole('heading', { name: 'Đăng nhập' }));
    signInJs.stop();
    const first = await signInJs.total();
    console.log(`E2E: first page JS ${KB(first.gzip)} gzipped (sign-in page: ${first.files} files, ${KB(first.raw)} uncompressed)`);

    await signIn(page, server.base, 'admin.demo', '/doi-mat-khau');
    // the moment the first commune row is in the DOM and painted, in the page's own clock (0 = navigation start)
    await page.addInitScript(`new MutationObserver((_, obs) => {
      if (document.querySelector('[data-cell="0:1"]')) { obs.disconnect(); requestAnimationFrame(() => { window.__firstRows = performance.now(); }); }
    }).observe(document, { childList: true, subtree: true });`);
    const boardJs = collectScripts(page);
    // today's board (the default date): the values of 31/12/2024 are the ones in force
    const { rowsAt, response, sent, received } = await openBoard(page, `${server.base}/bang-tong-hop`);
    const table = page.getByRole('table', { name: /^Bảng xã theo 19 tiêu chí/ });

    const body = await response.body();
    const timing = response.request().timing();
    await seen(page.getByRole('heading', { level: 1, name: 'Bảng tổng hợp — cả nước' }));
    const communes = (await response.json()) as { rows: unknown[] };
    expect(communes.rows.length).toBeGreaterThanOrEqual(8000);
    await hasText(
      page.getByText(/^Đang hiển thị/),
      `${communes.rows.length.toLocaleString('de')}/${communes.rows.length.toLocaleString('de')} xã`,
    );
    // windowed: only the rows in view are in the DOM
    expect(await table.getByRole('row').count()).toBeLessThan(100);
    await screenshot(page, 'national-01-board', false);

    console.log(
      `E2E: ${communes.rows.length.toLocaleString('en')}-commune board rendered in ${seconds(rowsAt)} (response ${MB(body.length)}, ${MB(gzipSync(body).length)} gzipped; API answered after ${Math.round(timing.responseEnd)} ms; page clock: board requested at ${Math.round(sent)} ms, received at ${Math.round(received)} ms, rows painted ${Math.round(rowsAt - received)} ms later)`,
    );

    // the charts come after the table (ECharts is a lazy chunk, drawn when the browser is idle)
    for (const name of ['Số tiêu chí đạt theo xã', 'Phân bố xã theo số tiêu chí đạt'])
      await page.getByRole('region', { name }).locator('canvas').first().waitFor({ timeout: 60_000 });
    const chartsAt = (await page.evaluate('performance.now()')) as number;
    await page.waitForLoadState('networkidle');
    boardJs.stop();
    // which scripts the page asked for before the first rows were painted (the page's resource timing, same clock)
    const started = new Map(
      (await page.evaluate(`performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])`)) as [string, number][],
    );
    const beforeRows = await boardJs.total((url) => (started.get(url) ?? Number.POSITIVE_INFINITY) < rowsAt);
    const all = await boardJs.total();
    console.log(
      `E2E: board page JS ${KB(beforeRows.gzip)} gzipped up to the heat map (${beforeRows.files} files), ${KB(all.gzip)} with the charts (${all.files} files, ${KB(all.raw)} uncompressed); charts drawn at ${seconds(chartsAt)}`,
    );
    await screenshot(page, 'national-02-board-charts');

    // right after a value write, only that commune is evaluated again on the server
    const commune = communes.rows[0] as { unitCode: string };
    await recordValues(server.t.ctx, { unitCode: commune.unitCode, setCode: 'demo-krong-no-ntm-2022', asOf: AS_OF, values: { '9.1': 0 } });
    const again = await openBoard(page, `${server.base}/bang-tong-hop`);
    console.log(
      `E2E: after one value write, the board rendered again in ${seconds(again.rowsAt)} (API answered after ${Math.round(again.response.request().timing().responseEnd)} ms; requested at ${Math.round(again.sent)} ms, rows painted ${Math.round(again.rowsAt - again.received)} ms after the response)`,
    );
    expect(admin.errors).toEqual([]);
  });
});
