/**
 * The money API end to end on both databases: the district office drafts and submits Krông Nô's 2024
 * plan, the leader approves it with the decision, Nâm Xuân's officer records a payment on its line, and
 * the rates and the debt read back what a person would see; bad lines answer 422 with field paths.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { KRONG_NO, NAM_XUAN } from '../support/funding-actors.js';

describe.each(DIALECTS)('allocation routes on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  let leader: Session;
  let namXuan: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
    leader = await signIn(app, 'lanhdao.krongno');
    namXuan = await signIn(app, 'xa.namxuan');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const base = `/api/v1/units/${KRONG_NO}/allocations/2024`;

  it('drafts, approves, pays, and shows the rate and the decision', async () => {
    expect((await office.request({ method: 'POST', url: base, payload: {} })).statusCode).toBe(200);
    const bad = await office.request({
      method: 'PUT',
      url: `${base}/lines`,
      payload: { version: 1, lines: [{ sourceCode: 'nstw', amount: 5 }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0].path).toBe('lines[0].sourceCode');
    const saved = await office.request({
      method: 'PUT',
      url: `${base}/lines`,
      payload: { version: 1, lines: [{ sourceCode: 'nstw.dtpt', communeCode: NAM_XUAN, amount: 2_000_000_000 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const sub = await office.request({ method: 'POST', url: `${base}/submit`, payload: { version: 2 } });
    expect(sub.json().status).toBe('submitted');
    expect(
      (
        await office.request({
          method: 'POST',
          url: `${base}/approve`,
          payload: { version: 3, decisionNumber: '1', decisionDate: '2024-01-20' },
        })
      ).statusCode,
    ).toBe(403);
    const ok = await leader.request({
      method: 'POST',
      url: `${base}/approve`,
      payload: { version: 3, decisionNumber: '45/QĐ-UBND', decisionDate: '2024-01-20' },
    });
    expect(ok.json()).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-UBND', version: 4 });
    const lineId = ok.json().lines[0].id;
    const paid = await namXuan.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_XUAN}/allocation-lines/${lineId}/disbursements`,
      payload: { paidOn: '2024-04-02', amount: 500_000_000, document: 'UNC 12' },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const rates = await office.request({ method: 'GET', url: `/api/v1/units/${KRONG_NO}/funding/rates?year=2024&by=commune` });
    expect(rates.json()).toMatchObject({ asOf: '2024-12-31', total: { planned: 2_000_000_000, paid: 500_000_000, rate: 0.25 } });
    const over = await namXuan.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_XUAN}/allocation-lines/${lineId}/disbursements`,
      payload: { paidOn: '2024-05-02', amount: 1_600_000_000 },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message.vi).toContain('100,0 triệu đồng');
    const rev = await office.request({
      method: 'POST',
      url: `/api/v1/units/${KRONG_NO}/disbursements/${paid.json().id}/reverse`,
      payload: { reason: 'Nhập nhầm', on: '2024-04-03' },
    });
    expect(rev.json()).toMatchObject({ amount: -500_000_000, reversalOf: paid.json().id });
    const debt = await office.request({ method: 'GET', url: `/api/v1/units/${KRONG_NO}/funding/debt?asOf=2024-12-31` });
    expect(debt.json()).toMatchObject({ asOf: '2024-12-31', total: 0 });
  });
});
