/** A commune enters a value, the board shows it self-assessed, the department verifies or returns it. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const AS_OF = '2022-09-30';

describe.each(DIALECTS)('review on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let commune: Session;
  let department: Session;
  let office: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    commune = await signIn(app, 'xa.namxuan');
    department = await signIn(app, 'phong.ktht');
    office = await signIn(app, 'vpntm.krongno');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const namXuan = async () => {
    const b = await office.request({ method: 'GET', url: `/api/v1/board?unit=664&asOf=${AS_OF}` });
    return b.json().rows.find((r: { unitCode: string }) => r.unitCode === '24692');
  };

  it('shows a criterion met on self-assessed values apart from verified ones', async () => {
    const before = await namXuan();
    // Before the commune's 2022 entry, criterion 9 rests on the 2021 baseline (not met then): not updated for 2022.
    expect(before.criteria[8]).toBe('outdated');
    expect(before.valueDates[8]).toBe('2021-12-31');
    expect(before.selfAssessed.every((x: boolean) => !x)).toBe(true);
    const r = await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: SET, asOf: AS_OF, values: { '9.1': 0, '9.2': 81 } },
    });
    expect(r.statusCode).toBe(200);
    const after = await namXuan();
    expect(after.criteria[8]).toBe('met');
    expect(after.selfAssessed[8]).toBe(true);
    expect(after.metCount).toBe(before.metCount + 1);
  });

  it("lists the value in the department's queue, only for its criteria", async () => {
    const q = await department.request({ method: 'GET', url: `/api/v1/reviews?unit=664&asOf=${AS_OF}` });
    const items = q.json().items;
    expect(items.map((i: { indicatorCode: string }) => i.indicatorCode).sort()).toEqual(['9.1', '9.2']);
    expect(items[0]).toMatchObject({
      unitName: 'Nam Xuân',
      criterionNumber: 9,
      enteredByName: 'Cán bộ xã Nam Xuân (demo)',
      verification: 'self_assessed',
    });
    const health = await signIn(app, 'phong.yte');
    expect((await health.request({ method: 'GET', url: `/api/v1/reviews?unit=664&asOf=${AS_OF}` })).json().items).toEqual([]);
  });

  it('verifies values; the board then shows the criterion verified', async () => {
    for (const code of ['9.1', '9.2']) {
      const r = await department.request({
        method: 'POST',
        url: `/api/v1/units/24692/values/${code}/review`,
        payload: { set: SET, asOf: AS_OF, action: 'verify', expectedVersion: 1 },
      });
      expect(r.json()).toMatchObject({ verification: 'verified', version: 2 });
    }
    expect((await namXuan()).selfAssessed[8]).toBe(false);
  });

  it('refuses a department verifying a criterion it does not own', async () => {
    const health = await signIn(app, 'phong.yte');
    const r = await health.request({
      method: 'POST',
      url: '/api/v1/units/24692/values/9.1/review',
      payload: { set: SET, asOf: AS_OF, action: 'verify', expectedVersion: 2 },
    });
    expect(r.statusCode).toBe(403);
  });

  it('returns a value with a comment; the commune sees it and editing resets it to self-assessed', async () => {
    const noComment = await department.request({
      method: 'POST',
      url: '/api/v1/units/24692/values/9.2/review',
      payload: { set: SET, asOf: AS_OF, action: 'return', expectedVersion: 2 },
    });
    expect(noComment.json().error.code).toBe('review.comment_required');
    const r = await department.request({
      method: 'POST',
      url: '/api/v1/units/24692/values/9.2/review',
      payload: { set: SET, asOf: AS_OF, action: 'return', comment: 'Thiếu biên bản khảo sát hộ', expectedVersion: 2 },
    });
    expect(r.json()).toMatchObject({ verification: 'returned', reviewComment: 'Thiếu biên bản khảo sát hộ', version: 3 });
    const e = await commune.request({ method: 'GET', url: `/api/v1/units/24692/evaluation?asOf=${AS_OF}` });
    expect(e.json().recorded.find((v: { indicatorCode: string }) => v.indicatorCode === '9.2')).toMatchObject({
      verification: 'returned',
      verifiedByName: 'Phòng Kinh tế và Hạ tầng (demo)',
    });
    const stale = await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: SET, asOf: AS_OF, values: { '9.2': 82 }, expectedVersions: { '9.2': 2 } },
    });
    expect(stale.statusCode).toBe(409);
    await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: SET, asOf: AS_OF, values: { '9.2': 82 }, expectedVersions: { '9.2': 3 } },
    });
    const h = await commune.request({ method: 'GET', url: `/api/v1/units/24692/values/9.2/history?set=${SET}` });
    // The demo's year-end values come after this date in the history: pick this date's row.
    const edited = h.json().items.find((i: { asOf: string }) => i.asOf === AS_OF);
    expect(edited).toMatchObject({ value: 82, verification: 'self_assessed', version: 4, reviewComment: null });
  });

  it('keeps the audit trail of entries and reviews, per indicator', async () => {
    const a = await office.request({ method: 'GET', url: '/api/v1/units/24692/audit?indicator=9.2' });
    expect(
      a
        .json()
        .items.map((e: { action: string }) => e.action)
        .reverse(),
    ).toEqual(['indicator_value.record', 'indicator_value.verify', 'indicator_value.return', 'indicator_value.record']);
    expect(a.json().items[0]).toMatchObject({
      actorName: 'Cán bộ xã Nam Xuân (demo)',
      changes: [
        { field: 'value', before: { type: 'number', value: 81 }, after: { type: 'number', value: 82 } },
        {
          field: 'verification',
          before: { type: 'term', group: 'verification', key: 'returned' },
          after: { type: 'term', group: 'verification', key: 'self_assessed' },
        },
      ],
    });
    expect(a.json().items[1].changes).toEqual([
      {
        field: 'verification',
        before: { type: 'term', group: 'verification', key: 'verified' },
        after: { type: 'term', group: 'verification', key: 'returned' },
      },
      { field: 'comment', before: null, after: { type: 'text', text: expect.any(String) } },
    ]);
  });

  it('shows one criterion across the district, per indicator', async () => {
    const r = await office.request({ method: 'GET', url: `/api/v1/board/criteria/9?unit=664&asOf=${AS_OF}` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.criterion).toMatchObject({ number: 9, name: 'Nhà ở dân cư' });
    expect(body.rows).toHaveLength(11);
    const namXuan = body.rows.find((x: { unitCode: string }) => x.unitCode === '24692');
    expect(namXuan.status).toBe('met');
    expect(namXuan.indicators.map((i: { code: string; value: number }) => [i.code, i.value])).toEqual([
      ['9.1', 0],
      ['9.2', 82],
    ]);
    expect((await commune.request({ method: 'GET', url: `/api/v1/board/criteria/9?unit=664&asOf=${AS_OF}` })).statusCode).toBe(403);
    expect((await office.request({ method: 'GET', url: `/api/v1/board/criteria/42?unit=664&asOf=${AS_OF}` })).statusCode).toBe(404);
  });

  it('serves the public page without sign-in and without people or values', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/v1/public/units/24692?asOf=${AS_OF}` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ unit: { name: 'Nam Xuân' }, criteriaCount: 19, demo: true });
    const text = JSON.stringify(body);
    for (const secret of ['Cán bộ', 'enteredBy', 'value', 'evidence', 'Phòng']) expect(text).not.toContain(secret);
    expect((await app.inject({ method: 'GET', url: '/api/v1/public/units/664' })).statusCode).toBe(404);
  });
});
