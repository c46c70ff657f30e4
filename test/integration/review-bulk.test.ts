/**
 * The review queue carries what a reviewer decides on (indicator, threshold for the commune and the
 * entered value's result, previous value, note, evidence, who and when) in one request; bulk
 * verification writes one audit row per value in one transaction, and a stale or foreign value
 * refuses the whole action, naming it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart, PDF } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';
const AS_OF = '2022-09-30';

interface Item {
  unitCode: string;
  indicatorCode: string;
  version: number;
  verification: string;
  [k: string]: unknown;
}

describe.each(DIALECTS)('review queue and bulk verification on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let department: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    department = await signIn(app, 'phong.ktht');
    const namXuan = await signIn(app, 'xa.namxuan');
    const r = await namXuan.request({
      method: 'PUT',
      url: '/api/v1/units/24692/values',
      payload: { set: SET, asOf: AS_OF, values: { '9.1': 0, '9.2': 81, '2.1': 100 }, note: 'Theo biên bản kiểm tra tháng 9' },
    });
    expect(r.statusCode).toBe(200);
    const up = await namXuan.request({
      method: 'POST',
      url: '/api/v1/units/24692/evidence',
      ...multipart({ set: SET, asOf: AS_OF, indicator: '9.2' }, { name: 'bien-ban.pdf', content: PDF }),
    });
    expect(up.statusCode).toBe(201);
    const health = await signIn(app, 'xa.namnung');
    expect(
      (
        await health.request({
          method: 'PUT',
          url: '/api/v1/units/24703/values',
          payload: { set: SET, asOf: AS_OF, values: { '15.1': 95 } },
        })
      ).statusCode,
    ).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const queue = async (s: Session = department): Promise<Item[]> =>
    (await s.request({ method: 'GET', url: `/api/v1/reviews?unit=664&asOf=${AS_OF}` })).json().items;
  const bulk = (items: { unit: string; indicator: string; expectedVersion: number }[], s: Session = department) =>
    s.request({
      method: 'POST',
      url: '/api/v1/units/664/reviews/bulk',
      payload: { items: items.map((i) => ({ ...i, set: SET, asOf: AS_OF })) },
    });

  it('delivers indicator, threshold, result, previous value, note, evidence and who entered it', async () => {
    const items = await queue();
    expect(items.map((i) => i.indicatorCode).sort()).toEqual(['2.1', '9.1', '9.2']);
    const v = items.find((i) => i.indicatorCode === '9.2') as Item;
    expect(v).toMatchObject({
      unitName: 'Nam Xuân',
      criterionNumber: 9,
      value: 81,
      note: 'Theo biên bản kiểm tra tháng 9',
      enteredByName: 'Cán bộ xã Nam Xuân (demo)',
      kind: 'min',
      outcome: 'met',
      evidence: [{ fileName: 'bien-ban.pdf', contentType: 'application/pdf', uploadedByName: 'Cán bộ xã Nam Xuân (demo)' }],
    });
    expect(typeof v.indicatorName).toBe('string');
    expect(typeof v.threshold).toBe('number');
    expect(v.threshold as number).toBeLessThanOrEqual(81);
    expect(v.previous).toMatchObject({ asOf: '2021-12-31' });
    expect(typeof (v.previous as { value: unknown }).value).toBe('number');
    const file = await department.request({
      method: 'GET',
      url: `/api/v1/evidence/${(v.evidence as { id: string }[])[0]?.id}?inline=1`,
    });
    expect(file.headers['content-disposition']).toMatch(/^inline;/);
  });

  it('refuses the whole bulk action when one value is stale, naming it, writing nothing', async () => {
    const before = await auditRepository.count(t.database.db);
    const r = await bulk([
      { unit: '24692', indicator: '9.1', expectedVersion: 1 },
      { unit: '24692', indicator: '9.2', expectedVersion: 7 },
    ]);
    expect(r.statusCode).toBe(409);
    const e = r.json().error;
    expect(e.code).toBe('indicator_value.stale_version');
    expect(e.message.vi).toContain('Nam Xuân');
    expect(e.message.vi).toContain('9.2');
    expect(e.issues[0].path).toBe('items.1.expectedVersion');
    expect(await auditRepository.count(t.database.db)).toBe(before);
    expect((await queue()).every((i) => i.verification === 'self_assessed' && i.version === 1)).toBe(true);
  });

  it('refuses a value of a criterion the department does not own, writing nothing', async () => {
    const before = await auditRepository.count(t.database.db);
    const r = await bulk([
      { unit: '24692', indicator: '9.1', expectedVersion: 1 },
      { unit: '24703', indicator: '15.1', expectedVersion: 1 },
    ]);
    expect(r.statusCode).toBe(403);
    expect(await auditRepository.count(t.database.db)).toBe(before);
  });

  it('verifies every value of a commune at once, one audit row per value', async () => {
    const before = await auditRepository.count(t.database.db);
    const items = (await queue()).filter((i) => i.unitCode === '24692');
    const r = await bulk(items.map((i) => ({ unit: i.unitCode, indicator: i.indicatorCode, expectedVersion: i.version })));
    expect(r.statusCode).toBe(200);
    expect(r.json().verified).toBe(3);
    expect(await auditRepository.count(t.database.db)).toBe(before + 3);
    expect(await queue()).toEqual([]);
    const board = (await department.request({ method: 'GET', url: `/api/v1/board?unit=664&asOf=${AS_OF}` })).json();
    const row = board.rows.find((x: { unitCode: string }) => x.unitCode === '24692');
    expect(row.selfAssessed[8]).toBe(false);
  });
});
