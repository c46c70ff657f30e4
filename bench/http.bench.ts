/**
 * HTTP load with autocannon, from this process against the real server on loopback: the district
 * board (Krông Nô demo, 11 communes), a commune's evaluation, and the national board, each beside a
 * bare Fastify JSON route measured in the same run.
 */

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/http/app.js';
import { getSet } from '../src/services/catalog.service.js';
import { DEMO_PASSWORD, seedDemo } from '../src/services/demo.service.js';
import { recordValues } from '../src/services/value.service.js';
import { createEvidenceStore } from '../src/storage/evidence-store.js';
import type { BenchDatabase } from './databases.js';
import { note, section } from './report.js';

export interface HttpFigure {
  label: string;
  reqPerSec: number;
  p99: number;
  ratio: number;
  target: string;
}

async function load(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  // One second of warm-up first (JIT, caches), as the other benchmarks measure after warm-up.
  await autocannon({ url, headers, duration: 1, connections, pipelining: 1 });
  const r = await autocannon({ url, headers, duration: seconds, connections, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { reqPerSec: r.requests.average, p99: r.latency.p99, mean: r.latency.mean };
}

/** A bare route returning a JSON body of similar size, on its own Fastify instance. */
async function bareServer(bytes: number) {
  const bare = Fastify();
  const payload = { rows: 'x'.repeat(bytes) };
  bare.get('/bare', async () => payload);
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const address = bare.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { bare, url: `http://127.0.0.1:${address.port}/bare` };
}

/** Bytes of one reply as sent (fetch would decompress it). */
async function wireBytes(url: string, headers: Record<string, string>) {
  const r = await autocannon({ url, headers, amount: 1, connections: 1 });
  return r.throughput.total;
}

/** One request right after a value write (median of 5): the board brought up to date, serialised and compressed. */
async function afterWrite(b: BenchDatabase, url: string, headers: Record<string, string>, asOf: string) {
  const set = await b.database.db
    .selectFrom('indicatorValue')
    .select(['unitCode', 'setCode', 'indicatorCode', 'asOf', 'valueNum'])
    .where('asOf', '=', asOf)
    .where('notApplicable', '=', 0)
    .where('valueNum', 'is not', null)
    .limit(5)
    .execute();
  for (const encoding of ['identity', 'br'] as const) {
    const times: number[] = [];
    for (const v of set) {
      const kind = (await getSet(b.ctx, v.setCode)).criteria.flatMap((c) => c.indicators).find((i) => i.code === v.indicatorCode)?.kind;
      const value = kind === 'boolean' ? v.valueNum === 1 : v.valueNum;
      await recordValues(b.ctx, { unitCode: v.unitCode, setCode: v.setCode, asOf: v.asOf, values: { [v.indicatorCode]: value } });
      const t0 = performance.now();
      const r = await fetch(url, { headers: { ...headers, 'accept-encoding': encoding } });
      await r.arrayBuffer();
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    note(
      `national board over HTTP right after one value write, ${encoding}: ${(times[Math.floor(times.length / 2)] ?? Number.NaN).toFixed(0)} ms (median of ${times.length})`,
    );
  }
}

export async function benchHttp(
  b: BenchDatabase,
  nationalAsOf: string,
  seconds = Number(process.env.NTM_BENCH_HTTP_SECONDS ?? 5),
): Promise<HttpFigure[]> {
  section(`HTTP on ${b.label} (autocannon, ${seconds} s per endpoint, 10 connections)`);
  await seedDemo(b.ctx);
  const app = await buildApp({ database: b.database, evidenceStore: createEvidenceStore(mkdtempSync(join(tmpdir(), 'ntm-bench-ev-'))) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin.demo', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie };
  const figures: HttpFigure[] = [];
  try {
    const district = `${base}/api/v1/board?unit=664&asOf=2021-12-31`;
    const commune = `${base}/api/v1/units/24703/evaluation?asOf=2021-12-31`;
    const national = `${base}/api/v1/board?asOf=${nationalAsOf}`;
    const sizes = await Promise.all([district, commune].map(async (u) => (await fetch(u, { headers })).text().then((t) => t.length)));
    for (const [label, url, size, target] of [
      ['district board (11 communes)', district, sizes[0] ?? 0, 'p99 ≤ 25 ms, ≥ 40 % of bare'],
      ['commune evaluation', commune, sizes[1] ?? 0, '—'],
    ] as const) {
      const { bare, url: bareUrl } = await bareServer(size);
      const baseline = await load(bareUrl, {}, seconds, 10);
      await bare.close();
      const m = await load(url, headers, seconds, 10);
      const ratio = m.reqPerSec / baseline.reqPerSec;
      note(
        `${label}: ${m.reqPerSec.toFixed(0)} req/s, p99 ${m.p99} ms; bare JSON route of ${size} B: ${baseline.reqPerSec.toFixed(0)} req/s, p99 ${baseline.p99} ms → ${(ratio * 100).toFixed(0)} % of bare`,
      );
      figures.push({ label, reqPerSec: m.reqPerSec, p99: m.p99, ratio, target });
    }
    const size = (await (await fetch(national, { headers })).text()).length;
    const { bare, url: bareUrl } = await bareServer(size);
    const baseline = await load(bareUrl, {}, seconds, 2);
    await bare.close();
    note(
      `bare JSON route of the national board's size (${(size / 1024).toFixed(0)} KB, uncompressed): ${baseline.reqPerSec.toFixed(0)} req/s, p99 ${baseline.p99} ms`,
    );
    for (const encoding of ['identity', 'gzip', 'br'] as const) {
      const h = { ...headers, 'accept-encoding': encoding };
      const res = await fetch(national, { headers: h });
      const sent = res.headers.get('content-encoding') ?? 'identity';
      if (sent !== encoding) throw new Error(`national board: asked for ${encoding}, got ${sent}`);
      const wire = await wireBytes(national, h);
      const m = await load(national, h, seconds, 2);
      note(
        `national board, ${encoding} (${(wire / 1024).toFixed(0)} KB on the wire): ${m.reqPerSec.toFixed(1)} req/s, p99 ${m.p99} ms → ${((m.reqPerSec / baseline.reqPerSec) * 100).toFixed(0)} % of bare`,
      );
      figures.push({
        label: `national board (8,000 communes, kept), ${encoding}, ${(wire / 1024).toFixed(0)} KB`,
        reqPerSec: m.reqPerSec,
        p99: m.p99,
        ratio: m.reqPerSec / baseline.reqPerSec,
        target: 'p99 ≤ 250 ms',
      });
    }
    await afterWrite(b, national, headers, nationalAsOf);
  } finally {
    await app.close();
  }
  return figures;
}
