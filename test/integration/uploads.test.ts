/**
 * Uploads as a browser sends them (fetch + FormData over a real socket, on each database): a file over
 * the limit is refused with 413 every time and nothing is stored; malformed multipart is a 4xx with a
 * message on every upload route; 30 parallel uploads of the same bytes all succeed and keep one blob.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { createEvidenceStore } from '../../src/storage/evidence-store.js';
import { type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { PDF } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';
const MB = 1024 * 1024;

/** Every file under the evidence folder (blobs and any temporary file left behind). */
async function storedFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of await readdir(dir).catch(() => [] as string[])) {
    for (const f of await readdir(join(dir, sub)).catch(() => [] as string[])) out.push(`${sub}/${f}`);
  }
  return out;
}

describe.each(DIALECTS)('uploads over HTTP on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let dir: string;
  let base: string;
  const sessions: Record<string, Session> = {};
  const urls: Record<'evidence' | 'visit' | 'update' | 'import', string> = { evidence: '', visit: '', update: '', import: '' };

  const rows = async (table: 'evidence' | 'attachment') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** A POST as the browser makes it: the session cookie, the CSRF header, the body given. */
  const send = (user: string, url: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const s = sessions[user] as Session;
    return fetch(`${base}${url}`, { method: 'POST', body, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...headers } });
  };
  const form = (content: Buffer, name = 'bien-ban.pdf', fields: Record<string, string> = {}) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    f.append('file', new Blob([content], { type: 'application/pdf' }), name);
    return f;
  };
  const evidenceFields = { set: SET, asOf: '2021-12-31', indicator: '9.1' };
  const userOf = { evidence: 'xa.namnung', visit: 'mttq.krongno', update: 'mttq.krongno', import: 'vpntm.krongno' } as const;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    dir = await mkdtemp(join(tmpdir(), 'ntm-uploads-'));
    app = await buildApp({ database: t.database, evidenceStore: createEvidenceStore(dir) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    if (!addr || typeof addr === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${addr.port}`;
    for (const u of ['xa.namnung', 'mttq.krongno', 'vpntm.krongno']) sessions[u] = await signIn(app, u);
    const front = sessions['mttq.krongno'] as Session;
    const tasks = (await front.request({ method: 'GET', url: '/api/v1/plans/krong-no-2022/tasks' })).json();
    const task = tasks.items.find((x: { number: string }) => x.number === 'III.4');
    const progress = await front.request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/tasks/III.4/progress',
      payload: { reportedOn: '2022-07-30', status: 'in_progress', note: 'Đang giám sát', expectedVersion: task.version },
    });
    expect(progress.statusCode, progress.body).toBe(200);
    const after = (await front.request({ method: 'GET', url: '/api/v1/plans/krong-no-2022/tasks' })).json();
    const update = after.items.find((x: { number: string }) => x.number === 'III.4').updates[0];
    const visit = await front.request({
      method: 'POST',
      url: '/api/v1/units/24703/supervision',
      payload: { visitedOn: '2022-06-15', byKind: 'front', byName: 'Ủy ban MTTQ huyện', findings: [], actions: [] },
    });
    expect(visit.statusCode, visit.body).toBe(200);
    urls.evidence = '/api/v1/units/24703/evidence';
    urls.visit = `/api/v1/units/24703/supervision/${visit.json().id}/files`;
    urls.update = `/api/v1/plans/krong-no-2022/tasks/III.4/updates/${update.id}/files`;
    urls.import = '/api/v1/imports/values?unit=664';
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('refuses 12 MB and 50 MB files sent by fetch + FormData with 413, storing nothing', async () => {
    for (const size of [12 * MB, 50 * MB]) {
      const big = Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);
      for (const route of ['evidence', 'visit', 'update'] as const) {
        const before = { evidence: await rows('evidence'), attachment: await rows('attachment') };
        const r = await send(userOf[route], urls[route], form(big, 'lon.pdf', route === 'evidence' ? evidenceFields : {}));
        const body = (await r.json()) as { error: unknown };
        expect([route, size, r.status], JSON.stringify(body)).toEqual([route, size, 413]);
        expect(body.error).toMatchObject({ code: 'request.too_large', message: { vi: expect.stringContaining('10 MB') } });
        expect({ evidence: await rows('evidence'), attachment: await rows('attachment') }).toEqual(before);
      }
    }
    expect(await storedFiles(dir)).toEqual([]);
  });

  it('answers 413 on the import above its 25 MB limit (not "not a spreadsheet")', async () => {
    const big = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(30 * MB, 0x20)]);
    const r = await send('vpntm.krongno', urls.import, form(big, 'so-lieu.xlsx'));
    const body = (await r.json()) as { error: unknown };
    expect(r.status, JSON.stringify(body)).toBe(413);
    expect(body.error).toMatchObject({ code: 'request.too_large', message: { vi: expect.stringContaining('25 MB') } });
  });

  it('stores 30 parallel uploads of identical bytes: all 201, one blob, no temporary file left', async () => {
    const before = await rows('evidence');
    const same = Buffer.concat([PDF, Buffer.from(`% ${dialect} double click\n`)]);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => send('xa.namnung', urls.evidence, form(same, 'bien-ban.pdf', evidenceFields))),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(201));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { sha256: string }[];
    expect(new Set(bodies.map((b) => b.sha256)).size).toBe(1);
    expect(await rows('evidence')).toBe(before + 30);
    const sha = bodies[0]?.sha256 ?? '';
    expect(await storedFiles(dir)).toEqual([`${sha.slice(0, 2)}/${sha}`]);
  });

  /** Raw multipart bodies a browser would never send, but a script or a broken proxy may. */
  const boundary = '----ntmBoundary7MA4YWxk';
  const part = (disposition: string, type: string | null, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`;
  const fieldParts = Object.entries(evidenceFields)
    .map(([k, v]) => part(`name="${k}"`, null, v))
    .join('');
  const MALFORMED: { name: string; body: (route: string) => string; type: string }[] = [
    {
      name: 'no boundary',
      type: 'multipart/form-data',
      body: (route) =>
        `${route === 'evidence' ? fieldParts : ''}${part('name="file"; filename="a.pdf"', 'application/pdf', PDF.toString('latin1'))}--${boundary}--\r\n`,
    },
    {
      name: 'a file part without a filename',
      type: `multipart/form-data; boundary=${boundary}`,
      body: (route) =>
        `${route === 'evidence' ? fieldParts : ''}${part('name="file"', 'application/octet-stream', PDF.toString('latin1'))}--${boundary}--\r\n`,
    },
    {
      name: 'filename ""',
      type: `multipart/form-data; boundary=${boundary}`,
      body: (route) =>
        `${route === 'evidence' ? fieldParts : ''}${part('name="file"; filename=""', 'application/pdf', PDF.toString('latin1'))}--${boundary}--\r\n`,
    },
    {
      name: 'a body cut short',
      type: `multipart/form-data; boundary=${boundary}`,
      body: (route) =>
        `${route === 'evidence' ? fieldParts : ''}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut`,
    },
  ];

  it('answers malformed multipart with a 4xx and a message on every upload route', async () => {
    const seen: string[] = [];
    for (const m of MALFORMED) {
      for (const route of ['evidence', 'visit', 'update', 'import'] as const) {
        const before = { evidence: await rows('evidence'), attachment: await rows('attachment') };
        const r = await send(userOf[route], urls[route], m.body(route), { 'content-type': m.type });
        const body = (await r.json()) as { error: { message: { vi: string; en: string } } };
        seen.push(`${m.name} ${route} ${r.status}`);
        expect([m.name, route, r.status >= 400 && r.status < 500], JSON.stringify(body)).toEqual([m.name, route, true]);
        expect(body.error.message.vi.length).toBeGreaterThan(10);
        expect(body.error.message.en.length).toBeGreaterThan(10);
        expect({ evidence: await rows('evidence'), attachment: await rows('attachment') }).toEqual(before);
      }
    }
    expect(seen).toHaveLength(16);
  });
});
