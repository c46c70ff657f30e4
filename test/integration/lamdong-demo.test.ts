/**
 * The demo's present day, through the API on both databases: the Lâm Đồng office sees its five merged
 * communes under QĐ 51 on 02/12/2026 with the illustrative values of 30/09/2026 (nothing "not met" for
 * lack of a value), downloads the demo 2026 plan headed "TỈNH LÂM ĐỒNG"; a merged commune's officer reads
 * a predecessor's 2022 values, enters a 2026 value, and writes — only — the commune's own plan; running
 * the demo load again adds nothing, and a missing demo account is topped up, audited; the administrator's
 * national board renders today and on 31/12/2022.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { userRepository } from '../../src/db/repositories/user.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { topUpLamDongDemo } from '../../src/services/demo-lamdong.service.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const TODAY = '2026-12-02';
const QD51 = 'qd51-ntm-2026-2030';
/** Criteria met on 30/09/2026 per commune, as lam-dong-2026.json says (illustrative). */
const MET_0930: Record<string, number> = { 'Krông Nô': 6, 'Nâm Nung': 8, 'Quảng Phú': 5, 'Nam Đà': 9, 'Đắk Sắk': 5 };

describe.each(DIALECTS)('Lâm Đồng 2026 demo on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  let commune: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    office = await signIn(app, 'vpdp.lamdong');
    commune = await signIn(app, 'xa.namnung.2025');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('shows the office its five communes under QĐ 51 today, every criterion with a 2026 value', async () => {
    const r = await office.request({ method: 'GET', url: `/api/v1/board?unit=68-2025&asOf=${TODAY}` });
    expect(r.statusCode, r.body).toBe(200);
    const b = r.json();
    expect(b.set.code).toBe(QD51);
    expect(b.set.criteria).toHaveLength(10);
    const met = Object.fromEntries(b.rows.map((row: { name: string; metCount: number }) => [row.name, row.metCount]));
    expect(met).toEqual(MET_0930);
    for (const row of b.rows as { criteria: string[] }[]) expect(row.criteria.every((c) => c === 'met' || c === 'not_met')).toBe(true);
    // the start of 2026 is counted under QĐ 51 too: nothing was assessed against it yet
    const start = await office.request({ method: 'GET', url: '/api/v1/board?unit=68-2025&asOf=2026-06-29' });
    expect(start.json().rows.map((row: { metCount: number }) => row.metCount)).toEqual([0, 0, 0, 0, 0]);
    // the set is the real QĐ 51, the values are illustrative: the board says so (and not before any value exists)
    expect(b.set.demo).toBe(false);
    expect(b.demoValues).toBe(true);
    expect(start.json().demoValues).toBe(false);
    const c6 = await office.request({ method: 'GET', url: `/api/v1/board/criteria/6?unit=68-2025&asOf=${TODAY}` });
    expect(c6.json().demoValues).toBe(true);
  });

  it('keeps the demo plan labelled demo, consistent with itself, and prints the province as its issuer', async () => {
    const p = await office.request({ method: 'GET', url: '/api/v1/plans/lam-dong-2026' });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json().plan.demo).toBe(true);
    expect(p.json().plan.notes[0]).toMatch(/^KẾ HOẠCH MINH HỌA \(DEMO\)/);
    const findings = (await office.request({ method: 'GET', url: '/api/v1/plans/lam-dong-2026/findings' })).json();
    expect(findings.criterionNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(findings.baseline.map((c: { met: number[] }) => c.met)).toEqual([[], [], [], [], []]);
    const f: { code: string; severity: string }[] = findings.findings;
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(f.map((x) => x.code)).toEqual(
      expect.arrayContaining(['objective.total_consistent', 'objective.reach_standard_consistent', 'objective.average_consistent']),
    );
    const d = await office.request({ method: 'GET', url: '/api/v1/documents/plan.docx?unit=68-2025&year=2026' });
    expect(d.statusCode).toBe(200);
    const paras = await docxParagraphs(d.rawPayload);
    expect(paras.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']);
    expect(paras).toContain('Lâm Đồng, ngày … tháng … năm 2026');
    expect(paras).toContain('KẾ HOẠCH MINH HỌA (DEMO) — KHÔNG PHẢI VĂN BẢN THẬT');
    expect(paras.some((x) => x.includes('Mục tiêu chung toàn tỉnh năm 2026'))).toBe(true);
  });

  it('gives every QĐ 51 criterion a Sở owning it (demo); a Sở reports on its own task and reviews only its criteria', async () => {
    const agencies = (await office.request({ method: 'GET', url: '/api/v1/units/68-2025/agencies' })).json().items as {
      code: string;
      criteria: number[];
      demoCriteria: number[];
    }[];
    for (let n = 1; n <= 10; n++) {
      const owners = agencies.filter((a) => a.criteria.includes(n));
      expect(
        owners.map((a) => a.demoCriteria.includes(n)),
        `criterion ${n}`,
      ).toEqual([true]);
    }
    expect(agencies.find((a) => a.code === 'so-nn-mt')?.criteria).toEqual([3, 6, 8]);

    const building = await signIn(app, 'so.xaydung.lamdong');
    const tasks = (await building.request({ method: 'GET', url: '/api/v1/plans/lam-dong-2026/tasks' })).json().items as {
      number: string;
      version: number;
      canUpdate: boolean;
    }[];
    const mine = tasks.find((x) => x.number === 'II.2.1');
    expect(mine?.canUpdate).toBe(true);
    expect(tasks.find((x) => x.number === 'II.2.3')?.canUpdate).toBe(false);
    const progress = await building.request({
      method: 'POST',
      url: '/api/v1/plans/lam-dong-2026/tasks/II.2.1/progress',
      payload: { reportedOn: '2026-11-30', status: 'in_progress', note: 'Đã hướng dẫn 5 xã (minh họa)', expectedVersion: mine?.version },
    });
    expect(progress.statusCode, progress.body).toBe(200);

    const review = (who: Session, indicator: string) =>
      who.request({
        method: 'POST',
        url: `/api/v1/units/24697-2025/values/${indicator}/review`,
        payload: { set: QD51, asOf: '2026-09-30', action: 'verify', expectedVersion: 1 },
      });
    expect((await review(building, '2')).statusCode).toBe(200);
    expect((await review(building, '3')).statusCode).toBe(403);
  });

  it("lets a merged commune's officer read a predecessor's 2022 values and enter a 2026 value of its own", async () => {
    const old = await commune.request({ method: 'GET', url: '/api/v1/units/24703/evaluation?asOf=2022-12-31' });
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json().evaluation.criteria).toHaveLength(19);
    const other = await commune.request({ method: 'GET', url: `/api/v1/units/24697-2025/evaluation?asOf=${TODAY}` });
    expect(other.statusCode).toBe(403);
    const w = await commune.request({
      method: 'PUT',
      url: '/api/v1/units/24703-2025/values',
      payload: { set: QD51, asOf: '2026-11-30', values: { '4': true } },
    });
    expect(w.statusCode, w.body).toBe(200);
    const now = (await commune.request({ method: 'GET', url: `/api/v1/units/24703-2025/evaluation?asOf=${TODAY}` })).json();
    expect(now.evaluation.criteria.filter((c: { status: string }) => c.status === 'met')).toHaveLength(9);
    // the officer's own value sits beside the demo's illustrative ones: the page still says demo
    expect(now.evaluation.set.demo).toBe(false);
    expect(now.demoValues).toBe(true);
  });

  it("lets the commune's officer write the commune's own plan, headed by the commune, and no other", async () => {
    const mine = await commune.request({
      method: 'POST',
      url: '/api/v1/plans/new',
      payload: { year: 2026, issuingUnitCode: '24703-2025', legalBasisIds: [] },
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const plan = mine.json().plan;
    expect(plan.issuingUnit).toEqual({ unitCode: '24703-2025', kind: 'commune', authority: 'Ủy ban nhân dân xã Nâm Nung' });
    expect(plan.criteriaSetCode).toBe(QD51);
    const d = await commune.request({ method: 'GET', url: '/api/v1/documents/plan.docx?unit=24703-2025&year=2026' });
    expect(d.statusCode, d.body).toBe(200);
    const paras = await docxParagraphs(d.rawPayload);
    expect(paras.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ NÂM NUNG']);
    expect(paras).toContain('Nâm Nung, ngày … tháng … năm 2026');
    expect(paras.some((x) => x.includes('Mục tiêu chung toàn xã năm 2026'))).toBe(true);
    expect(paras.some((x) => x.includes('Mục tiêu cụ thể của xã'))).toBe(true);
    expect(paras).not.toContain('KẾ HOẠCH MINH HỌA (DEMO) — KHÔNG PHẢI VĂN BẢN THẬT');
    const submit = await commune.request({
      method: 'POST',
      url: `/api/v1/plans/${plan.code}/status`,
      payload: { to: 'submitted', expectedVersion: mine.json().version },
    });
    expect(submit.statusCode, submit.body).toBe(200);

    const province = await commune.request({
      method: 'POST',
      url: '/api/v1/plans/new',
      payload: { year: 2026, issuingUnitCode: '68-2025', legalBasisIds: [], code: 'thu-tinh-2026' },
    });
    expect(province.statusCode).toBe(403);
    const other = await (await signIn(app, 'xa.namda.2025')).request({
      method: 'POST',
      url: '/api/v1/plans/new',
      payload: { year: 2026, issuingUnitCode: '24703-2025', legalBasisIds: [], code: 'thu-xa-khac-2026' },
    });
    expect(other.statusCode).toBe(403);
    const edit = await commune.request({ method: 'GET', url: '/api/v1/plans/lam-dong-2026' });
    expect(edit.json().permissions.edit).toBe(false);
  });

  it("renders the administrator's national board today (QĐ 51, the new communes) and on 31/12/2022 (the old ones)", async () => {
    const admin = await signIn(app, 'admin.demo');
    const today = await admin.request({ method: 'GET', url: `/api/v1/board?asOf=${TODAY}` });
    expect(today.statusCode, today.body).toBe(200);
    expect(today.json().set.code).toBe(QD51);
    expect(
      today
        .json()
        .rows.map((r: { name: string }) => r.name)
        .sort(),
    ).toEqual(Object.keys(MET_0930).sort());
    const then = await admin.request({ method: 'GET', url: '/api/v1/board?asOf=2022-12-31' });
    expect(then.statusCode, then.body).toBe(200);
    expect(then.json().set.criteria).toHaveLength(19);
    const codes = then.json().rows.map((r: { unitCode: string }) => r.unitCode);
    expect(codes).toContain('24703');
    expect(codes.some((c: string) => c.endsWith('-2025'))).toBe(false);
  });

  it('adds nothing when the demo is loaded again, and tops up a missing demo account, audited', async () => {
    const before = await auditRepository.count(t.database.db);
    expect(await topUpLamDongDemo(t.ctx)).toEqual({ users: [], assignedSet: false, values: 0, plan: false });
    await seedDemo(t.ctx);
    expect(await auditRepository.count(t.database.db)).toBe(before);

    await t.database.db.deleteFrom('appUser').where('username', '=', 'xa.quangphu.2025').execute();
    expect((await topUpLamDongDemo(t.ctx)).users).toEqual(['xa.quangphu.2025']);
    const u = await userRepository.byUsername(t.database.db, 'xa.quangphu.2025');
    expect(u).toMatchObject({ role: 'commune_officer', unitCode: '24712-2025', demo: 1 });
    expect(await auditRepository.count(t.database.db)).toBe(before + 2);
  });
});
