/**
 * A value the department returned counts as not entered everywhere the engine is used — board,
 * commune evaluation, plan progress, a report's data, the public page — until it is entered again.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { periodicReportInput } from '../../src/services/document.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const AS_OF = '2022-09-30';
const NAM_XUAN = '24692';

describe.each(DIALECTS)('a returned value on %s', (dialect) => {
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

  const boardRow = async () =>
    (await office.request({ method: 'GET', url: `/api/v1/board?unit=664&asOf=${AS_OF}` }))
      .json()
      .rows.find((r: { unitCode: string }) => r.unitCode === NAM_XUAN);
  const evaluation = async () =>
    (await commune.request({ method: 'GET', url: `/api/v1/units/${NAM_XUAN}/evaluation?asOf=${AS_OF}` })).json();
  const planCriterion9 = async () => {
    const d = (await office.request({ method: 'GET', url: `/api/v1/plans/krong-no-2022/dashboard?asOf=${AS_OF}` })).json();
    const target = d.progress.targets.find((x: { unitCode: string }) => x.unitCode === NAM_XUAN);
    return target.criteria.find((c: { number: number }) => c.number === 9).state;
  };
  const reportCriterion9 = async () => {
    const input = await periodicReportInput(t.ctx, { unitCode: '664', kind: 'quarter', year: 2022, index: 3 });
    expect(input.board.asOf).toBe(AS_OF);
    return input.board.rows.find((r) => r.unitCode === NAM_XUAN)?.criteria[8];
  };
  const publicCriterion9 = async () => {
    const p = (await app.inject({ method: 'GET', url: `/api/v1/public/units/${NAM_XUAN}?asOf=${AS_OF}` })).json();
    return p.criteria.find((c: { number: number }) => c.number === 9).status;
  };
  const review = (code: string, action: 'verify' | 'return', expectedVersion: number, comment?: string) =>
    department.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_XUAN}/values/${code}/review`,
      payload: { set: SET, asOf: AS_OF, action, expectedVersion, ...(comment ? { comment } : {}) },
    });

  it('counts criterion 9 met everywhere once its values are entered and verified', async () => {
    const r = await commune.request({
      method: 'PUT',
      url: `/api/v1/units/${NAM_XUAN}/values`,
      payload: { set: SET, asOf: AS_OF, values: { '9.1': 0, '9.2': 81 }, note: 'Theo biên bản kiểm tra chợ' },
    });
    expect(r.statusCode).toBe(200);
    for (const code of ['9.1', '9.2']) expect((await review(code, 'verify', 1)).statusCode).toBe(200);
    expect((await boardRow()).criteria[8]).toBe('met');
    expect((await evaluation()).evaluation.criteria[8].status).toBe('met');
    expect(await planCriterion9()).toBe('done');
    expect(await reportCriterion9()).toBe('met');
    expect(await publicCriterion9()).toBe('met');
  });

  it('counts it not met anywhere once one of its values is returned', async () => {
    const r = await review('9.2', 'return', 2, 'Thiếu biên bản nghiệm thu chợ');
    expect(r.json()).toMatchObject({ verification: 'returned', reviewComment: 'Thiếu biên bản nghiệm thu chợ' });
    const row = await boardRow();
    expect(row.criteria[8]).toBe('incomplete');
    expect(row.returned[8]).toBe(true);
    expect(row.returned.filter((x: boolean) => x)).toHaveLength(1);
    const e = await evaluation();
    expect(e.evaluation.criteria[8].status).not.toBe('met');
    const c9 = e.evaluation.criteria[8];
    expect(c9.returned).toBe(true);
    expect(c9.indicators.find((i: { code: string }) => i.code === '9.2')).toMatchObject({
      status: 'missing',
      returned: true,
      statusLabel: 'Bị trả lại',
    });
    // The commune sees what it entered, why it was returned, by whom and when.
    expect(e.recorded.find((v: { indicatorCode: string }) => v.indicatorCode === '9.2')).toMatchObject({
      value: 81,
      verification: 'returned',
      reviewComment: 'Thiếu biên bản nghiệm thu chợ',
      verifiedByName: 'Phòng Kinh tế và Hạ tầng (demo)',
      note: 'Theo biên bản kiểm tra chợ',
    });
    expect(await planCriterion9()).not.toBe('done');
    expect(await reportCriterion9()).toBe('incomplete');
    expect(await publicCriterion9()).not.toBe('met');
    const criterion = (await office.request({ method: 'GET', url: `/api/v1/board/criteria/9?unit=664&asOf=${AS_OF}` })).json();
    expect(criterion.rows.find((c: { unitCode: string }) => c.unitCode === NAM_XUAN).status).toBe('incomplete');
  });

  it('counts it again once the commune enters it anew and it is verified', async () => {
    const r = await commune.request({
      method: 'PUT',
      url: `/api/v1/units/${NAM_XUAN}/values`,
      payload: { set: SET, asOf: AS_OF, values: { '9.2': 82 }, expectedVersions: { '9.2': 3 } },
    });
    expect(r.statusCode).toBe(200);
    const row = await boardRow();
    expect(row.criteria[8]).toBe('met');
    expect(row.returned[8]).toBe(false);
    expect((await review('9.2', 'verify', 4)).statusCode).toBe(200);
    expect(await publicCriterion9()).toBe('met');
  });
});
