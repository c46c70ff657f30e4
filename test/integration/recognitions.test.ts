/** Recognitions on each database: record, refuse bad input and duplicates, revoke, in force by date; the demo's five. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { AppError } from '../../src/domain/errors.js';
import type { ServiceContext } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import {
  listRecognitions,
  type RecognitionInput,
  recognitionsInForce,
  recordRecognition,
  revokeRecognition,
} from '../../src/services/recognition/recognition.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const input = (over: Partial<RecognitionInput> = {}): RecognitionInput => ({
  unitCode: '24692',
  setCode: 'demo-krong-no-ntm-2022',
  tier: 'ntm',
  year: 2024,
  decision: { number: '123/QĐ-UBND', date: '2025-03-10', signer: 'Chủ tịch UBND tỉnh', body: 'UBND tỉnh Đắk Nông' },
  announcedOn: '2025-04-02',
  dossierId: null,
  demo: true,
  note: null,
  ...over,
});

async function rejected(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(DIALECTS)('recognitions on %s', (dialect) => {
  let t: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    ctx = t.ctx;
    await seedDemo(ctx);
  });
  afterAll(() => t.close());

  it('seeds the demo five with what is known and what is not', async () => {
    const { recognitions } = await listRecognitions(ctx, '24703', '2026-12-02');
    expect(recognitions).toHaveLength(1);
    const namNung = recognitions[0];
    expect(namNung).toMatchObject({
      tier: 'ntm',
      year: 2022,
      demo: false,
      decision: { number: null, date: '2023-09-11', signer: 'Phó Chủ tịch UBND tỉnh Lê Trọng Yên', body: 'UBND tỉnh Đắk Nông' },
      inForce: true,
    });
    expect(namNung?.note).toContain('https://baodaknong.vn/');
    const ndir = (await listRecognitions(ctx, '24715', '2026-12-02')).recognitions[0];
    expect(ndir).toMatchObject({
      year: 2023,
      announcedOn: '2024-06-21',
      decision: { date: null },
      demo: false,
      inForceBasis: 'announcement',
    });
    for (const code of ['24697', '24691', '24700']) {
      const [r] = (await listRecognitions(ctx, code, '2022-06-30')).recognitions;
      expect(r).toMatchObject({ year: null, yearBefore: 2022, demo: true, decision: { number: null, date: null }, inForce: true });
    }
    // Nobody else in the district is recognised.
    expect((await listRecognitions(ctx, '24692', '2026-12-02')).recognitions).toEqual([]);
  });

  it('is in force from its decision, its ceremony, or "before 2022"', async () => {
    expect(await recognitionsInForce(ctx.database.db, '24703', '2023-09-10')).toEqual([]);
    expect((await recognitionsInForce(ctx.database.db, '24703', '2023-09-11')).map((r) => r.year)).toEqual([2022]);
    expect(await recognitionsInForce(ctx.database.db, '24715', '2024-06-20')).toEqual([]);
    expect(await recognitionsInForce(ctx.database.db, '24715', '2024-06-21')).toHaveLength(1);
    // "Before 2022": held by the end of 2021 (the 2022 plan asks them to keep it).
    expect(await recognitionsInForce(ctx.database.db, '24697', '2021-12-30')).toEqual([]);
    expect(await recognitionsInForce(ctx.database.db, '24697', '2021-12-31')).toHaveLength(1);
  });

  it('refuses bad input with field paths, in Vietnamese and English', async () => {
    const e = await rejected(
      recordRecognition(
        ctx,
        input({
          tier: 'advanced',
          year: 2019,
          decision: { number: '', date: '2025-02-30', signer: null, body: null },
          announcedOn: '2030-01-01',
        }),
      ),
    );
    expect(e.code).toBe('recognition.invalid');
    expect(e.kind).toBe('invalid');
    expect(e.issues.map((i) => i.path).sort()).toEqual(['announcedOn', 'decision.date', 'decision.number', 'tier', 'year']);
    expect(e.issues.find((i) => i.path === 'tier')?.message).toContain('Xã nông thôn mới');
    const early = await rejected(
      recordRecognition(ctx, input({ decision: { number: null, date: '2023-05-01', signer: null, body: null }, announcedOn: null })),
    );
    expect(early.issues[0]).toMatchObject({ path: 'decision.date' });
    expect(early.issues[0]?.message).toContain('trước năm 2024');
    const town = await rejected(recordRecognition(ctx, input({ unitCode: '24688' })));
    expect(town.issues[0]).toMatchObject({ path: 'unitCode' });
    expect((await rejected(recordRecognition(ctx, input({ setCode: 'nope' })))).kind).toBe('not_found');
  });

  it('records, audits, refuses a second title for the same year, then revokes', async () => {
    const r = await recordRecognition(ctx, input());
    expect(r).toMatchObject({ year: 2024, revoked: null, recordedBy: ctx.actor.id });
    const events = await auditRepository.forEntity(ctx.database.db, 'recognition', r.id);
    expect(events.map((a) => a.action)).toEqual(['recognition.record']);
    const dup = await rejected(
      recordRecognition(ctx, input({ decision: { number: '9/QĐ-UBND', date: '2025-05-01', signer: null, body: null }, announcedOn: null })),
    );
    expect(dup.kind).toBe('conflict');
    expect(dup.code).toBe('recognition.duplicate');
    expect(dup.messages.vi).toContain('số 123/QĐ-UBND ngày 10/03/2025');
    const bad = await rejected(
      revokeRecognition(ctx, r.id, {
        decision: { number: '1/QĐ', date: '2025-01-01', signer: null, body: null },
        reason: null,
        dossierId: null,
      }),
    );
    expect(bad.issues[0]?.message).toContain('trước khi được công nhận');
    const noDate = await rejected(
      revokeRecognition(ctx, r.id, { decision: { number: '1/QĐ', date: null, signer: null, body: null }, reason: null, dossierId: null }),
    );
    expect(noDate.issues[0]).toMatchObject({ path: 'decision.date' });
    const rv = await revokeRecognition(ctx, r.id, {
      decision: { number: '77/QĐ-UBND', date: '2026-03-01', signer: null, body: 'UBND tỉnh Lâm Đồng' },
      reason: '7/19 tiêu chí không đạt',
      dossierId: null,
    });
    expect(rv.revoked).toMatchObject({ decision: { number: '77/QĐ-UBND', date: '2026-03-01' }, reason: '7/19 tiêu chí không đạt' });
    expect(await recognitionsInForce(ctx.database.db, '24692', '2026-02-28')).toHaveLength(1);
    expect(await recognitionsInForce(ctx.database.db, '24692', '2026-03-01')).toEqual([]);
    const again = await rejected(
      revokeRecognition(ctx, r.id, {
        decision: { number: null, date: '2026-04-01', signer: null, body: null },
        reason: null,
        dossierId: null,
      }),
    );
    expect(again.code).toBe('recognition.already_revoked');
    // Once revoked, the same year may be recorded again (a new decision).
    const fresh = await recordRecognition(
      ctx,
      input({ year: 2025, decision: { number: null, date: '2026-01-05', signer: null, body: null }, announcedOn: null }),
    );
    expect(fresh.year).toBe(2025);
    expect((await auditRepository.forEntity(ctx.database.db, 'recognition', r.id)).map((a) => a.action)).toEqual([
      'recognition.record',
      'recognition.revoke',
    ]);
  });

  it('lets only the offices of the area record', async () => {
    const as = (role: string, unitCode: string | null): ServiceContext => ({
      ...ctx,
      actor: { id: 'x', username: 'x', displayName: 'x', role: role as never, unitCode, criteria: [] },
    });
    const officer = await rejected(recordRecognition(as('commune_officer', '24699'), input({ unitCode: '24699' })));
    expect(officer.kind).toBe('forbidden');
    const otherDistrict = await rejected(recordRecognition(as('district_office', '663'), input({ unitCode: '24699' })));
    expect(otherDistrict.kind).toBe('forbidden');
    const ok = await recordRecognition(
      as('district_office', '664'),
      input({ unitCode: '24699', year: 2023, decision: { number: null, date: '2024-02-01', signer: null, body: null }, announcedOn: null }),
    );
    expect(ok.unitCode).toBe('24699');
  });

  it('skips the recognitions of the communes a test takes through the procedure', async () => {
    const u = await openTestDatabase(dialect);
    try {
      const load = await seedDemo(u.ctx, { recognitionsExcept: ['24703'] });
      expect(load.recognitions).toBe(4);
      expect(await recognitionsInForce(u.database.db, '24703', '2026-12-02')).toEqual([]);
      expect(await recognitionsInForce(u.database.db, '24715', '2026-12-02')).toHaveLength(1);
    } finally {
      await u.close();
    }
  });
});
