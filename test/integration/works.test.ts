/**
 * Works through the API on each database: an office creates a road for Nâm Nung serving criterion 2,
 * lists it by commune and criterion, edits it (a stale version is 409), records progress and an
 * acceptance, is refused settlement before completion, then settles. A commune officer keeps only
 * its own commune's works; bad input answers field paths, never 500.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const NAM_NUNG = '24703';
const NAM_XUAN = '24692';

const road = {
  name: 'Đường giao thông thôn Nam Tân',
  kindCode: 'giao-thong',
  investor: 'UBND xã Nâm Nung',
  communeCodes: [NAM_NUNG],
  criteria: [{ criterionNumber: 2 }],
  fundingPlan: [
    { sourceCode: 'nstw.dtpt', year: 2022, amount: 2_000_000_000 },
    { sourceCode: 'nsdp.huyen', year: 2022, amount: 500_000_000 },
    { sourceCode: 'cong-dong.quy-doi', year: 2023, amount: 150_000_000 },
  ],
  approvedTotal: 2_650_000_000,
  approvalNumber: '123/QĐ-UBND',
  approvalDate: '2022-03-10',
  plannedStart: '2022-04-01',
  plannedEnd: '2022-12-31',
  communityBuilt: true,
};

describe.each(DIALECTS)('works on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let district: Session;
  let commune: Session;
  let other: Session;
  let id = '';

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
    app = await buildTestApp(t);
    district = await signIn(app, 'vpntm.krongno');
    commune = await signIn(app, 'xa.namnung');
    other = await signIn(app, 'xa.namxuan');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('creates a work with its plan by source and year, names and a generated code', async () => {
    const r = await district.request({ method: 'POST', url: '/api/v1/units/664/works', payload: road });
    expect(r.statusCode, r.body).toBe(200);
    const w = r.json();
    id = w.id;
    expect(w.code).toBe('CT-664-2022-001');
    expect(w.kindName).toBe('Giao thông');
    expect(w.communes).toEqual([{ code: NAM_NUNG, name: 'Nâm Nung' }]);
    expect(w.criteria[0]).toMatchObject({ criterionNumber: 2, criterionName: expect.stringMatching(/Giao thông/i) });
    expect(w.plannedTotal).toBe(2_650_000_000);
    expect(w.fundingPlan.map((p: { sourceName: string }) => p.sourceName)).toContain('Ngân sách huyện');
    expect(w.communityBuilt).toBe(true);
    expect(w.version).toBe(1);
  });

  it('lists it for the district, the commune and criterion 2, not for criterion 3; late once its planned end passed', async () => {
    const all = (await district.request({ method: 'GET', url: '/api/v1/units/664/works?asOf=2023-01-15' })).json();
    expect(all.works.map((w: { id: string }) => w.id)).toEqual([id]);
    expect(all.works[0].late).toBe(true);
    const early = (await district.request({ method: 'GET', url: '/api/v1/units/664/works?asOf=2022-06-01' })).json();
    expect(early.works[0].late).toBe(false);
    const mine = (await commune.request({ method: 'GET', url: `/api/v1/units/${NAM_NUNG}/works?criterion=2&asOf=2023-01-15` })).json();
    expect(mine.works).toHaveLength(1);
    const none = (await district.request({ method: 'GET', url: '/api/v1/units/664/works?criterion=3&asOf=2023-01-15' })).json();
    expect(none.works).toHaveLength(0);
    const elsewhere = (await other.request({ method: 'GET', url: `/api/v1/units/${NAM_XUAN}/works?asOf=2023-01-15` })).json();
    expect(elsewhere.works).toHaveLength(0);
  });

  it('updates with the version and answers 409 with the current version when stale', async () => {
    const ok = await district.request({
      method: 'PATCH',
      url: `/api/v1/works/${id}`,
      payload: { version: 1, contractValue: 2_800_000_000, startedOn: '2022-04-05' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, contractValue: 2_800_000_000, overBudget: true, startedOn: '2022-04-05' });
    const stale = await district.request({ method: 'PATCH', url: `/api/v1/works/${id}`, payload: { version: 1, note: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'work.stale', details: { currentVersion: 2 } });
  });

  it('records an acceptance, refuses settlement before completion, then settles', async () => {
    const acc = await commune.request({
      method: 'POST',
      url: `/api/v1/works/${id}/acceptances`,
      payload: { acceptedOn: '2023-01-20', amount: 2_600_000_000, sourceCode: 'nstw.dtpt', document: '05/BB-NT' },
    });
    expect(acc.statusCode, acc.body).toBe(200);
    expect(acc.json()).toMatchObject({
      acceptedTotal: 2_600_000_000,
      acceptances: [{ sourceName: 'Vốn đầu tư phát triển', document: '05/BB-NT' }],
    });

    const early = await district.request({
      method: 'POST',
      url: `/api/v1/works/${id}/settlement`,
      payload: { version: 2, settledOn: '2023-06-01', settledValue: 2_600_000_000, settlementNumber: '77/QĐ-UBND' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('work.not_settleable');

    const done = await district.request({
      method: 'PATCH',
      url: `/api/v1/works/${id}`,
      payload: { version: 2, completedOn: '2023-01-10' },
    });
    expect(done.json()).toMatchObject({ version: 3, late: false });
    const settled = await district.request({
      method: 'POST',
      url: `/api/v1/works/${id}/settlement`,
      payload: { version: 3, settledOn: '2023-06-01', settledValue: 2_600_000_000, settlementNumber: '77/QĐ-UBND' },
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ version: 4, settlement: { settledOn: '2023-06-01', settledValue: 2_600_000_000 } });
    const before = (await district.request({ method: 'GET', url: `/api/v1/works/${id}?asOf=2023-01-15` })).json();
    expect(before).toMatchObject({ acceptedTotal: 0, settlement: null });

    const audit = await t.database.db.selectFrom('auditEvent').select('action').where('entityId', '=', id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['work.accept', 'work.create', 'work.settle', 'work.update', 'work.update'].sort());
  });

  it('refuses a commune officer on another commune’s work and on a work it would share', async () => {
    const read = await other.request({ method: 'GET', url: `/api/v1/works/${id}` });
    expect(read.statusCode).toBe(403);
    const write = await other.request({ method: 'PATCH', url: `/api/v1/works/${id}`, payload: { version: 4, note: 'x' } });
    expect(write.statusCode).toBe(403);
    const shared = await commune.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_NUNG}/works`,
      payload: { ...road, communeCodes: [NAM_NUNG, NAM_XUAN] },
    });
    expect(shared.statusCode).toBe(403);
  });

  it('answers bad input with field paths, never 500', async () => {
    const bad = await district.request({
      method: 'POST',
      url: '/api/v1/units/664/works',
      payload: {
        ...road,
        kindCode: 'lau-dai',
        communeCodes: [NAM_NUNG, '24678'],
        criteria: [{ criterionNumber: 99 }],
        fundingPlan: [
          { sourceCode: 'nstw', year: 2022, amount: 1 },
          { sourceCode: 'nsdp.huyen', year: 2026, amount: 1 },
        ],
        plannedEnd: '2022-01-01',
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(
      [
        'communeCodes.1',
        'criteria.0.criterionNumber',
        'fundingPlan.0.sourceCode',
        'fundingPlan.1.sourceCode',
        'kindCode',
        'plannedEnd',
      ].sort(),
    );
    const shape = await district.request({
      method: 'POST',
      url: '/api/v1/units/664/works',
      payload: { ...road, approvedTotal: -5, extra: 1 },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.issues.map((i: { path: string }) => i.path)).toContain('body.approvedTotal');
    for (const payload of [{ acceptedOn: 'hôm qua', amount: 1 }, { acceptedOn: '2023-01-01', amount: 1.5 }, null, 'x']) {
      const r = await district.request({ method: 'POST', url: `/api/v1/works/${id}/acceptances`, payload: payload as object });
      expect(r.statusCode).toBeLessThan(500);
    }
    const missing = await district.request({ method: 'GET', url: '/api/v1/works/khong-co' });
    expect(missing.statusCode).toBe(404);
  });
});
