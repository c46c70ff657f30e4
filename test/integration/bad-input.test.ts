/** Hostile and broken input: refused with a clear message, the server stays up, nothing half-written. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart, PDF, PNG } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';
const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe.each(DIALECTS)('bad input on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    officer = await signIn(app, 'xa.namnung');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const upload = (name: string, content: Buffer, fields = { set: SET, asOf: '2021-12-31', indicator: '9.1' }) =>
    officer.request({ method: 'POST', url: '/api/v1/units/24703/evidence', ...multipart(fields, { name, content }) });
  const alive = async () => expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);

  it('accepts a real PDF and an image, and serves them back only to those allowed', async () => {
    const r = await upload('Biên bản nghiệm thu.pdf', PDF);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ contentType: 'application/pdf', fileName: 'Biên bản nghiệm thu.pdf', size: PDF.length });
    expect((await upload('anh.png', PNG)).json().contentType).toBe('image/png');
    const dl = await officer.request({ method: 'GET', url: `/api/v1/evidence/${r.json().id}` });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''Bi%C3%AAn");
    const other = await signIn(app, 'xa.namxuan');
    expect((await other.request({ method: 'GET', url: `/api/v1/evidence/${r.json().id}` })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/evidence/${r.json().id}` })).statusCode).toBe(401);
  });

  it('refuses an oversized upload with 413 and stays up', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
    const before = await auditRepository.count(t.database.db);
    const r = await upload('lon.pdf', big);
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatchObject({ code: 'request.too_large', message: { vi: expect.stringContaining('10 MB') } });
    expect(await auditRepository.count(t.database.db)).toBe(before);
    await alive();
  });

  it('refuses a file whose content does not match its name, and content that is not allowed', async () => {
    const mismatch = await upload('bao-cao.pdf', PNG);
    expect(mismatch.json().error).toMatchObject({ code: 'evidence.name_mismatch', message: { vi: expect.stringContaining('PNG') } });
    const exe = await upload('chay.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'));
    expect(exe.statusCode).toBe(422);
    const html = await upload('trang.pdf', Buffer.from(`<html>${SCRIPT}</html>`));
    expect(html.json().error.code).toBe('evidence.type_not_allowed');
  });

  it('neutralises path tricks in file names', async () => {
    const r = await upload('../../../etc/passwd.pdf', PDF);
    expect(r.statusCode).toBe(201);
    expect(r.json().fileName).toBe('passwd.pdf');
    const w = await upload('..\\..\\windows\\win.ini.pdf', PDF);
    expect(w.json().fileName).toBe('win.ini.pdf');
  });

  it('keeps HTML and script in text fields as inert text in JSON', async () => {
    const r = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-01', values: { '9.1': 0 }, note: SCRIPT },
    });
    expect(r.statusCode).toBe(200);
    const h = await officer.request({ method: 'GET', url: `/api/v1/units/24703/values/9.1/history?set=${SET}` });
    expect(h.headers['content-type']).toContain('application/json');
    expect(h.json().items.find((v: { asOf: string }) => v.asOf === '2022-02-01').note).toBe(SCRIPT);
    const office = await signIn(app, 'vpntm.krongno');
    const u = await office.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'xa.tanthanh', displayName: SCRIPT, password: 'mat-khau-dai-1', role: 'commune_officer', unitCode: '24699' },
    });
    expect(u.json().displayName).toBe(SCRIPT);
    const page = await app.inject({ method: 'GET', url: '/api/v1/nothing<script>' });
    expect(page.headers['content-type']).toContain('application/json');
    const control = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-01', values: {}, note: 'a\u0000b' },
    });
    expect(control.json().error.issues[0].path).toBe('body.note');
  });

  it('refuses malformed JSON, wrong shapes and unknown fields with paths', async () => {
    const bad = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: '{"set": "x", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.json().error.code).toBe('request.malformed_json');
    const shape = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-02-30', values: [] },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['body.asOf']));
    const wrongType = await officer.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-03-01', values: { '9.2': '80%', '9.1': 0 } },
    });
    expect(wrongType.json().error).toMatchObject({ code: 'value.invalid', issues: [{ path: 'values.9.2' }] });
    const h = await officer.request({ method: 'GET', url: `/api/v1/units/24703/values/9.1/history?set=${SET}` });
    expect(h.json().items.some((v: { asOf: string }) => v.asOf === '2022-03-01')).toBe(false);
    await alive();
  });

  it('refuses an upload without its fields or file', async () => {
    const noFile = await officer.request({
      method: 'POST',
      url: '/api/v1/units/24703/evidence',
      ...multipart({ set: SET, asOf: '2021-12-31', indicator: '9.1' }),
    });
    expect(noFile.statusCode).toBe(422);
    const noFields = await upload('a.pdf', PDF, { set: SET } as never);
    expect(noFields.json().error.code).toBe('evidence.missing_field');
    const badIndicator = await upload('a.pdf', PDF, { set: SET, asOf: '2021-12-31', indicator: '99.9' });
    expect(badIndicator.json().error.issues[0].path).toBe('indicator');
  });
});
