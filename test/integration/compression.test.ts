/**
 * Compressed replies: the board in brotli or gzip as Accept-Encoding allows (made once per board
 * and sent again as the same bytes until a write), other large replies through the plugin, and
 * the same JSON whichever encoding is used.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiate } from '../../src/http/cached-body.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe('Accept-Encoding negotiation', () => {
  it('prefers brotli, then gzip, honours q=0 and the wildcard', () => {
    expect(negotiate(undefined)).toBe('identity');
    expect(negotiate('gzip, deflate, br')).toBe('br');
    expect(negotiate('gzip')).toBe('gzip');
    expect(negotiate('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiate('*')).toBe('br');
    expect(negotiate('*;q=0')).toBe('identity');
    expect(negotiate('deflate')).toBe('identity');
    expect(negotiate('br;q=abc, gzip')).toBe('gzip');
  });
});

describe.each(DIALECTS)('compressed replies on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  const url = '/api/v1/board?unit=664&asOf=2022-12-31';
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    admin = await signIn(app, 'admin.demo');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('sends the board in the encoding asked for, always the same JSON, with Vary', async () => {
    const plain = await admin.request({ method: 'GET', url });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const br = await admin.request({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gz = await admin.request({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('compresses once per board: the same bytes again until a write changes the board', async () => {
    const get = () => admin.request({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    const a = await get();
    const b = await get();
    expect(b.rawPayload.equals(a.rawPayload)).toBe(true);
    const before = JSON.parse(brotliDecompressSync(a.rawPayload).toString('utf8'));
    const row = before.rows.find((r: { unitCode: string }) => r.unitCode === '24692');
    const w = await admin.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: 'demo-krong-no-ntm-2022', asOf: '2022-12-31', values: { '9.1': 0, '9.2': 99 } },
    });
    expect(w.statusCode, w.body).toBe(200);
    const after = JSON.parse(brotliDecompressSync((await get()).rawPayload).toString('utf8'));
    expect(after.rows.find((r: { unitCode: string }) => r.unitCode === '24692').criteria[8]).toBe('met');
    expect(row.criteria[8]).not.toBe('met');
  });

  it('compresses other large replies through the plugin, not small ones', async () => {
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(doc.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(doc.rawPayload).toString('utf8')).openapi).toMatch(/^3/);
    const health = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
