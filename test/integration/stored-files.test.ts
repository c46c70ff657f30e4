/** A record whose stored file is gone (lost, or a database restored without its files) answers 404 with a message, on each database. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { createEvidenceStore } from '../../src/storage/evidence-store.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart, PDF } from '../support/multipart.js';

describe.each(DIALECTS)('missing stored files on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    dir = await mkdtemp(join(tmpdir(), 'ntm-files-'));
    app = await buildTestApp(t, { evidenceStore: createEvidenceStore(dir) });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 404 file.missing in Vietnamese and English when the evidence file is gone', async () => {
    const s = await signIn(app, 'xa.namnung');
    const body = multipart({ set: 'demo-krong-no-ntm-2022', asOf: '2022-06-30', indicator: '9.1' }, { name: 'bien-ban.pdf', content: PDF });
    const up = await s.request({ method: 'POST', url: '/api/v1/units/24703/evidence', ...body });
    expect(up.statusCode).toBe(201);
    const id = up.json().id as string;
    expect((await s.request({ method: 'GET', url: `/api/v1/evidence/${id}` })).statusCode).toBe(200);
    await rm(dir, { recursive: true, force: true });
    const r = await s.request({ method: 'GET', url: `/api/v1/evidence/${id}` });
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatchObject({
      code: 'file.missing',
      message: { vi: expect.stringContaining('không còn trong kho'), en: expect.stringContaining('no longer in the server') },
    });
  });
});
