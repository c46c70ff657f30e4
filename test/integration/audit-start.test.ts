/**
 * The server's start check on each database: an intact chain starts; a broken one is refused with a
 * message naming the link, unless allowed, and then the offices (only they) see the break.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { AppError } from '../../src/domain/errors.js';
import { checkAuditAtStart } from '../../src/services/audit/integrity.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const quiet = { info: () => {}, warn: () => {} };

describe.each(DIALECTS)('audit check at start on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('starts on an intact chain and says so to the office', async () => {
    expect(await checkAuditAtStart(t.database, { allowBroken: false, log: quiet })).toMatchObject({ ok: true });
    const s = await signIn(app, 'vpntm.krongno');
    const r = await s.request({ method: 'GET', url: '/api/v1/audit/integrity' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ state: 'intact', broken: null });
  });

  it('refuses a broken chain naming the link, and starts with a warning when allowed', async () => {
    const head = await auditRepository.head(t.database.db);
    const seq = (head?.seq ?? 0) - 2;
    const target = await auditRepository.bySeq(t.database.db, seq);
    await t.database.db.updateTable('auditEvent').set({ before: '{"value":1}' }).where('seq', '=', seq).execute();

    const refused = await checkAuditAtStart(t.database, { allowBroken: false, log: quiet }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('audit.chain_broken');
    expect((refused as AppError).messages.vi).toContain(`#${seq} (${target?.id}`);
    expect((refused as AppError).messages.vi).toContain('--allow-broken-audit');

    const warnings: string[] = [];
    const allowed = await checkAuditAtStart(t.database, { allowBroken: true, log: { info: () => {}, warn: (m) => warnings.push(m) } });
    expect(allowed).toMatchObject({ ok: false, broken: { seq, kind: 'edited' } });
    expect(warnings.join()).toContain(`#${seq}`);

    const office = await signIn(app, 'vpntm.krongno');
    const r = await office.request({ method: 'GET', url: '/api/v1/audit/integrity' });
    expect(r.json()).toMatchObject({ state: 'broken', broken: { seq, id: target?.id, kind: 'edited' } });
    const commune = await signIn(app, 'xa.namnung');
    expect((await commune.request({ method: 'GET', url: '/api/v1/audit/integrity' })).statusCode).toBe(403);
  });
});
