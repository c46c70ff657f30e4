/**
 * The funding dashboard on both databases: Krông Nô's 2022 plan (lines by source, commune, criterion,
 * an approved and a draft adjustment, a reversal, a payment after the as-of date), two works (one late,
 * one over budget, both in debt). Every figure is checked against a hand sum, and the totals against
 * M's rates and debt services; the route defaults a past year to its 31/12.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../../src/documents/report-docx.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { periodicReportInput, planDocxFile } from '../../src/services/document.service.js';
import { fundingDashboard } from '../../src/services/funding/dashboard.service.js';
import { communeDebt, unitDebt } from '../../src/services/funding/debt.service.js';
import { disbursementRates } from '../../src/services/funding/rates.service.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { seedFundingFixture } from '../support/funding-fixture.js';

const M = 1_000_000;

describe.each(DIALECTS)('funding dashboard on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let ids: Awaited<ReturnType<typeof seedFundingFixture>>;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
    ids = await seedFundingFixture(t.database.db);
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app?.close();
    await t.close();
  });

  it('sums the district plan by source with totals up the tree, and paid up to the as-of date', async () => {
    const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf: '2022-12-31' });
    // 2.000 + 500 + 100 + the approved adjustment 300; the draft adjustment and Đắk Mil's line are not counted
    expect(d.total.planned).toBe(2_900 * M);
    // 800 + 400 + 200 − 50 (a reversal); the payment of 05/01/2023 is after the date
    expect(d.total.paid).toBe(1_350 * M);
    expect(d.total.rate).toBeCloseTo(1_350 / 2_900, 10);
    const src = (code: string) => d.sources.find((s) => s.code === code);
    expect(src('nstw.dtpt')).toMatchObject({ planned: 2_300 * M, paid: 1_200 * M, leaf: true });
    expect(src('nstw')).toMatchObject({ planned: 2_300 * M, paid: 1_200 * M, leaf: false, depth: 0 });
    expect(src('nsdp.huyen')).toMatchObject({ planned: 500 * M, paid: 150 * M });
    expect(src('nsdp')).toMatchObject({ planned: 500 * M, paid: 150 * M });
    expect(src('cong-dong')).toMatchObject({ planned: 100 * M, paid: 0 });
    expect(src('tin-dung')).toMatchObject({ planned: 0, paid: 0, rate: null });
  });

  it('gives paid per month with the cumulative rate', async () => {
    const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf: '2022-12-31' });
    expect(d.months.map((m) => [m.month, m.paid / M, m.cumulative / M])).toEqual([
      ['2022-03', 800, 800],
      ['2022-07', 600, 1_400],
      ['2022-08', -50, 1_350],
    ]);
    expect(d.months.at(-1)?.rate).toBeCloseTo(1_350 / 2_900, 10);
  });

  it('ranks communes and criteria by money spent, and keeps unassigned money apart', async () => {
    const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf: '2022-12-31' });
    expect(d.communes.rows.map((c) => [c.name, c.planned / M, c.paid / M])).toEqual([
      ['Nâm Nung', 2_300, 1_200],
      ['Buôn Choah', 500, 150],
    ]);
    expect(d.communes.unassigned).toMatchObject({ planned: 100 * M, paid: 0 });
    expect(d.criteria.map((c) => [c.criterionNumber, c.paid / M])).toEqual([
      [5, 1_200],
      [2, 150],
    ]);
  });

  it('lists the late work and the over-budget one, and derives debt by commune', async () => {
    const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf: '2022-12-31' });
    expect(d.works.map((w) => [w.code, w.late, w.overBudget, w.accepted / M])).toEqual([
      ['CT-664-2022-001', true, false, 1_500],
      ['CT-664-2022-002', false, true, 150],
    ]);
    // W1: 1.500 accepted − 1.200 paid = 300, serving Nâm Nung and Buôn Choah; W2: 150 unpaid, Buôn Choah
    expect(d.total.debt).toBe(450 * M);
    expect(d.total.worksInDebt).toBe(2);
    expect(d.debtByCommune.rows.map((r) => [r.name, r.debt / M, r.works])).toEqual([
      ['Buôn Choah', 450, 2],
      ['Nâm Nung', 300, 1],
    ]);
  });

  it('as of 30/06/2022: the adjustment approved in September is not yet in force', async () => {
    const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf: '2022-06-30' });
    expect(d.total.planned).toBe(2_600 * M);
    expect(d.total.paid).toBe(800 * M);
    // W2 accepted on 01/06 (150 unpaid); W1 not accepted yet
    expect(d.total.debt).toBe(150 * M);
    expect(d.works.find((w) => w.code === 'CT-664-2022-001')).toBeUndefined();
  });

  it('a commune sees its own share; the whole country sees both districts', async () => {
    const c = await fundingDashboard(t.ctx, { unitCode: '24703', year: 2022, asOf: '2022-12-31' });
    expect(c.total.planned).toBe(2_300 * M);
    expect(c.total.paid).toBe(1_200 * M);
    const n = await fundingDashboard(t.ctx, { year: 2022, asOf: '2022-12-31' });
    expect(n.total.planned).toBe(2_900 * M + 1 * M);
    expect(n.total.paid).toBe(1_350 * M);
    expect(ids.allocationId).toBeTruthy();
  });

  it('agrees with the allocation rates and the debt services (M) on the same data', async () => {
    for (const asOf of ['2022-06-30', '2022-12-31']) {
      const d = await fundingDashboard(t.ctx, { unitCode: '664', year: 2022, asOf });
      const r = await disbursementRates(t.ctx, { unitCode: '664', year: 2022, asOf, by: 'source' });
      expect([d.total.planned, d.total.paid], asOf).toEqual([r.total.planned, r.total.paid]);
      const byCommune = await disbursementRates(t.ctx, { unitCode: '664', year: 2022, asOf, by: 'commune' });
      expect(byCommune.total.paid).toBe(d.total.paid);
      expect((await unitDebt(t.ctx, '664', asOf)).total, asOf).toBe(d.total.debt);
      for (const row of d.debtByCommune.rows) expect((await communeDebt(t.database.db, row.code, asOf)).total).toBe(row.debt);
    }
  });

  it('the periodic report and the plan document print their funding part from the data', async () => {
    const input = await periodicReportInput(t.ctx, { unitCode: '664', kind: 'year', year: 2022 });
    expect(input.funding?.total).toMatchObject({ planned: 2_900 * M, paid: 1_350 * M, debt: 450 * M });
    const report = (await docxParagraphs(await reportDocx(input))).join('\n');
    expect(report).toContain('V. KẾT QUẢ HUY ĐỘNG VÀ GIẢI NGÂN VỐN');
    expect(report).toContain('kế hoạch vốn năm 2022 là 2.900,0 triệu đồng, đã giải ngân 1.350,0 triệu đồng, đạt 46,6 %');
    expect(report).toContain('450,0 triệu đồng, 2 công trình');
    const plan = (await docxParagraphs((await planDocxFile(t.ctx, { planCode: 'krong-no-2022' })).buffer)).join('\n');
    expect(plan).toContain('KINH PHÍ THỰC HIỆN');
    // the approved plan with its approved adjustment: 2.000 + 500 + 100 + 300 triệu
    expect(plan).toContain('2.900,0 triệu đồng (bằng chữ: Hai tỷ chín trăm triệu đồng)');
  });

  it('the route defaults a past year to its 31/12 and answers in đồng', async () => {
    const s = await signIn(app, 'vpntm.krongno');
    const r = await s.request({ method: 'GET', url: '/api/v1/units/664/funding/dashboard?year=2022' });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.asOf).toBe('2022-12-31');
    expect(body.total.planned).toBe(2_900 * M);
    expect(body.unit.name).toBe('Krông Nô');
    const bad = await s.request({ method: 'GET', url: '/api/v1/units/664/funding/dashboard?year=abc' });
    expect(bad.statusCode).toBe(400);
  });
});
