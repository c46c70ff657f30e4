/**
 * Plans through the API on both databases: the demo plan and its findings, copying to next year and
 * changing a target on the board, the status flow with its roles, stale versions, tasks updated by the
 * agency named on them and by the communes concerned, overdue notifications, and supervision visits.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { periodicReportInput, planDocxFile } from '../../src/services/document.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart, PDF } from '../support/multipart.js';

describe.each(DIALECTS)('plans on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    for (const u of ['vpntm.krongno', 'lanhdao.krongno', 'mttq.krongno', 'xa.namnung', 'phong.yte', 'vpdp.daknong']) {
      s[u] = await signIn(app, u);
    }
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const as = (u: string) => s[u] as Session;
  const get = async (u: string, url: string) => {
    const r = await as(u).request({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it('lists the demo plan to everyone whose area it covers or who lies inside it', async () => {
    for (const u of ['vpntm.krongno', 'xa.namnung', 'mttq.krongno', 'vpdp.daknong']) {
      const body = await get(u, '/api/v1/plans');
      expect(body.items.map((p: { code: string }) => p.code)).toContain('krong-no-2022');
    }
    const plan = await get('xa.namnung', '/api/v1/plans/krong-no-2022');
    expect(plan.plan.tasks).toHaveLength(25);
    expect(plan.plan.communeTargets).toHaveLength(11);
    expect(plan.permissions.edit).toBe(false);
  });

  it('states the real inconsistency of the Krông Nô 2022 plan from the stored data', async () => {
    const body = await get('xa.namnung', '/api/v1/plans/krong-no-2022/findings');
    const avg = body.findings.find((f: { code: string }) => f.code === 'objective.average_mismatch');
    expect(avg.severity).toBe('warning');
    expect(avg.message).toContain('18,09 tiêu chí/xã trên cả 11 xã (199/11)');
    expect(avg.message).toContain('17,75 tiêu chí/xã trên 8 xã chưa đạt chuẩn');
    expect(body.baselineDate).toBe('2021-12-31');
  });

  it('copies 2022 into a 2023 draft, and a target changed on the board changes the findings', async () => {
    const r = await as('vpntm.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/copy',
      payload: { code: 'krong-no-2023' },
    });
    expect(r.statusCode, r.body).toBe(200);
    const copy = r.json();
    expect(copy.plan).toMatchObject({ year: 2023, status: 'draft', copiedFromCode: 'krong-no-2022' });
    // At the end of 2022 Nâm Nung still lacks 18 of its commitments (the demo's year-end values): only that carries over.
    expect(copy.plan.communeTargets.find((c: { unitCode: string }) => c.unitCode === '24703').criteria).toEqual([18]);
    // It also lacks 17 then, which the carried commitment leaves out: the draft says so.
    const gapOf = (findings: { code: string; data?: { unitCode?: string } }[]) =>
      findings.find((f) => f.code === 'target.reach_standard_not_covered' && f.data?.unitCode === '24703');
    const before = await get('vpntm.krongno', '/api/v1/plans/krong-no-2023/findings');
    const gap = gapOf(before.findings) as { severity: string; message: string; data: { uncovered: number[] } } | undefined;
    expect(gap?.severity).toBe('error');
    expect(gap?.message).toContain('Nâm Nung');
    expect(gap?.data.uncovered).toEqual([17]);

    const put = await as('vpntm.krongno').request({
      method: 'PUT',
      url: '/api/v1/plans/krong-no-2023/targets/24703',
      payload: { expectedVersion: copy.version, target: { criteria: [17, 18], reachStandard: true } },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await get('vpntm.krongno', '/api/v1/plans/krong-no-2023/findings');
    expect(gapOf(after.findings)).toBeUndefined();

    const stale = await as('vpntm.krongno').request({
      method: 'PUT',
      url: '/api/v1/plans/krong-no-2023/targets/24703',
      payload: { expectedVersion: copy.version, target: null },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message.vi).toContain('phiên bản hiện tại');
  });

  it('moves through submit → approve by the right roles only, and an approved plan is no longer edited', async () => {
    const plan = await get('vpntm.krongno', '/api/v1/plans/krong-no-2023');
    const byLeader = await as('lanhdao.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2023/status',
      payload: { to: 'approved', expectedVersion: plan.version },
    });
    expect(byLeader.statusCode).toBe(409); // a draft cannot be approved before it is submitted
    const front = await as('mttq.krongno').request({
      method: 'PUT',
      url: '/api/v1/plans/krong-no-2023/targets/24692',
      payload: { expectedVersion: plan.version, target: null },
    });
    expect(front.statusCode).toBe(403);
    const auditBefore = await auditRepository.count(t.database.db);
    const submit = await as('vpntm.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2023/status',
      payload: { to: 'submitted', expectedVersion: plan.version },
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(submit.json().permissions.transitions).toEqual([]);
    const selfApprove = await as('vpntm.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2023/status',
      payload: { to: 'approved', expectedVersion: submit.json().version },
    });
    expect(selfApprove.statusCode).toBe(403);
    const leaderView = await get('lanhdao.krongno', '/api/v1/plans/krong-no-2023');
    expect(leaderView.permissions.transitions.map((x: { to: string }) => x.to).sort()).toEqual(['approved', 'draft']);
    const approve = await as('lanhdao.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2023/status',
      // The copy's items carried from 2022 are acknowledged, not reviewed (plan-new.test.ts covers the refusal).
      payload: { to: 'approved', expectedVersion: leaderView.version, note: 'Đồng ý', acknowledgeUnreviewed: true },
    });
    expect(approve.statusCode, approve.body).toBe(200);
    expect(approve.json().plan.statusHistory.map((h: { to: string }) => h.to)).toEqual(['submitted', 'approved']);
    expect(await auditRepository.count(t.database.db)).toBe(auditBefore + 2);
    const edit = await as('vpntm.krongno').request({
      method: 'PATCH',
      url: '/api/v1/plans/krong-no-2023',
      payload: { expectedVersion: approve.json().version, parts: { title: 'Sửa sau khi duyệt' } },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('refuses an invalid plan document with the field path', async () => {
    const plan = await get('vpntm.krongno', '/api/v1/plans/krong-no-2022');
    const doc = {
      ...plan.plan,
      code: 'krong-no-2022-loi',
      status: 'draft',
      tasks: [{ ...plan.plan.tasks[0], leadAgencyCode: 'khong-co' }],
    };
    const r = await as('vpntm.krongno').request({ method: 'POST', url: '/api/v1/plans', payload: doc });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.issues).toContainEqual(expect.objectContaining({ path: 'tasks.0.leadAgencyCode' }));
    const other = await as('xa.namnung').request({ method: 'POST', url: '/api/v1/plans', payload: { ...doc, tasks: [] } });
    expect(other.statusCode).toBe(403);
  });

  it('lets the agency named on a task and the communes concerned report progress; the dashboard shows it', async () => {
    const list = await get('mttq.krongno', '/api/v1/plans/krong-no-2022/tasks?asOf=2022-08-01');
    const front = list.items.find((x: { number: string }) => x.number === 'III.4');
    expect(front.canUpdate).toBe(true);
    expect(list.items.find((x: { number: string }) => x.number === 'III.3').canUpdate).toBe(false);

    const deny = await as('phong.yte').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/tasks/III.4/progress',
      payload: { reportedOn: '2022-07-30', status: 'in_progress', note: 'x', expectedVersion: front.version },
    });
    expect(deny.statusCode).toBe(403);
    const ok = await as('mttq.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/tasks/III.4/progress',
      payload: {
        reportedOn: '2022-07-30',
        status: 'done',
        note: 'Đã giám sát 11 xã <script>alert(1)</script>',
        expectedVersion: front.version,
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const dash = await get('vpntm.krongno', '/api/v1/plans/krong-no-2022/dashboard?asOf=2022-08-01');
    expect(dash.tasks.counts.done).toBe(1);
    expect(dash.progress.counts).toEqual({ done: 0, on_track: 3, at_risk: 8, missed: 0 });
    expect(dash.progress.forecast.current.all.average).toBeCloseTo(178 / 11, 5);

    const communal = await get('xa.namnung', '/api/v1/plans/krong-no-2022/tasks?asOf=2022-08-01');
    const iii5 = communal.items.find((x: { number: string }) => x.number === 'III.5');
    expect(iii5.canUpdate).toBe(true);
    const byCommune = await as('xa.namnung').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/tasks/III.5/progress',
      payload: {
        reportedOn: '2022-07-31',
        status: 'in_progress',
        note: 'Đã kiện toàn Ban quản lý xã',
        unitCode: '24692',
        expectedVersion: iii5.version,
      },
    });
    expect(byCommune.statusCode, byCommune.body).toBe(200);
    const after = await get('vpntm.krongno', '/api/v1/plans/krong-no-2022/tasks?asOf=2022-08-01&status=in_progress');
    expect(after.items.map((x: { number: string }) => x.number)).toEqual(['III.5']);
    // A commune reports for itself, whatever unit it names.
    expect(after.items[0].updates[0]).toMatchObject({ unitCode: '24703', note: 'Đã kiện toàn Ban quản lý xã' });
  });

  it('an overdue task notifies the users of its lead agency, once', async () => {
    const list = await get('vpntm.krongno', '/api/v1/plans/krong-no-2022/tasks');
    const iii3 = list.items.find((x: { number: string }) => x.number === 'III.2');
    const edit = await as('vpntm.krongno').request({
      method: 'PATCH',
      url: '/api/v1/plans/krong-no-2022/tasks/III.2',
      payload: { deadline: '2022-06-30', leadAgencyCode: 'ubmttq-huyen', expectedVersion: iii3.version },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const overdue = await get('vpntm.krongno', '/api/v1/plans/krong-no-2022/tasks?overdue=true');
    expect(overdue.items.map((x: { number: string }) => x.number)).toContain('III.2');
    const n1 = await get('mttq.krongno', '/api/v1/notifications');
    const iii2 = (x: { kind: string; params: { taskNumber?: string } }) => x.kind === 'task_overdue' && x.params.taskNumber === 'III.2';
    const mine = n1.items.filter(iii2);
    expect(mine).toHaveLength(1);
    // Named in words: the task's number and content, the plan by year and issuing authority — no plan code.
    expect(mine[0].message.vi).toMatch(
      /^Nhiệm vụ III\.2 “.+” \(Kế hoạch năm 2022 của Ủy ban nhân dân huyện Krông Nô\) đã quá hạn ngày 30\/06\/2022 mà chưa hoàn thành\.$/,
    );
    expect(mine[0].message.vi).not.toContain('krong-no');
    expect(mine[0].link).toBe('/ke-hoach/krong-no-2022?tab=tasks');
    expect((await get('mttq.krongno', '/api/v1/notifications')).items.filter(iii2)).toHaveLength(1);
    expect((await get('phong.yte', '/api/v1/notifications')).items).toEqual([]);
    const read = await as('mttq.krongno').request({ method: 'POST', url: `/api/v1/notifications/${mine[0].id}/read` });
    expect(read.statusCode).toBe(200);
    expect((await get('mttq.krongno', '/api/v1/notifications')).unread).toBe(n1.unread - 1);
    const notMine = await as('phong.yte').request({ method: 'POST', url: `/api/v1/notifications/${mine[0].id}/read` });
    expect(notMine.statusCode).toBe(404);
  });

  it('records supervision visits with findings and follow-up actions', async () => {
    const r = await as('mttq.krongno').request({
      method: 'POST',
      url: '/api/v1/units/24703/supervision',
      payload: {
        visitedOn: '2022-06-15',
        byKind: 'front',
        byName: 'Ủy ban MTTQ Việt Nam huyện Krông Nô',
        planCode: 'krong-no-2022',
        findings: [{ criterion: 9, finding: 'Còn 12 nhà tạm, dột nát' }],
        actions: [{ text: 'Vận động hỗ trợ xóa nhà tạm', owner: 'UBND xã Nâm Nung', deadline: '2022-09-30' }],
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    const log = await get('vpntm.krongno', '/api/v1/units/664/supervision');
    expect(log.items[0]).toMatchObject({
      unitName: 'Nâm Nung',
      planCode: 'krong-no-2022',
      findings: [{ criterion: 9, finding: 'Còn 12 nhà tạm, dột nát' }],
    });
    const action = log.items[0].actions[0];
    const commune = await as('xa.namnung').request({
      method: 'PATCH',
      url: `/api/v1/units/24703/supervision/actions/${action.id}`,
      payload: { status: 'done', expectedVersion: action.version },
    });
    expect(commune.statusCode).toBe(403);
    const done = await as('vpntm.krongno').request({
      method: 'PATCH',
      url: `/api/v1/units/24703/supervision/actions/${action.id}`,
      payload: { status: 'done', expectedVersion: action.version },
    });
    expect(done.statusCode, done.body).toBe(200);
    const wrongUnit = await as('vpntm.krongno').request({
      method: 'PATCH',
      url: `/api/v1/units/24692/supervision/actions/${action.id}`,
      payload: { status: 'open', expectedVersion: 2 },
    });
    expect(wrongUnit.statusCode).toBe(404);
    expect((await get('xa.namnung', '/api/v1/units/24703/supervision')).items).toHaveLength(1);
  });

  it('lists agencies with the users acting for them and the criteria they answer for', async () => {
    const body = await get('vpntm.krongno', '/api/v1/units/664/agencies');
    const yte = body.items.find((a: { code: string }) => a.code === 'phong-y-te');
    expect(yte.criteria).toEqual([15]);
    expect(yte.users.map((u: { displayName: string }) => u.displayName)).toEqual(['Phòng Y tế (demo)']);
    expect(body.items.map((a: { code: string }) => a.code)).toContain('ubmttq-huyen');
  });

  it('assigns criterion owners and working-group members, audited, by the office only', async () => {
    const put = await as('vpntm.krongno').request({
      method: 'PUT',
      url: '/api/v1/units/664/criterion-owners/16',
      payload: { agencyCode: 'ubmttq-huyen' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items.find((a: { code: string }) => a.code === 'ubmttq-huyen').criteria).toEqual([16]);
    const unknown = await as('vpntm.krongno').request({
      method: 'PUT',
      url: '/api/v1/units/664/criterion-owners/16',
      payload: { agencyCode: 'khong-co' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.issues[0].path).toBe('agencyCode');
    const byFront = await as('mttq.krongno').request({
      method: 'PUT',
      url: '/api/v1/units/664/criterion-owners/16',
      payload: { agencyCode: 'ubmttq-huyen' },
    });
    expect(byFront.statusCode).toBe(403);

    const add = await as('vpntm.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/working-group',
      payload: { name: 'Trần Thị B', position: 'Chuyên viên', agencyCode: 'van-phong-ntm', unitCode: '24703' },
    });
    expect(add.statusCode, add.body).toBe(200);
    const member = add.json().items[0];
    expect(member).toMatchObject({ name: 'Trần Thị B', unitCode: '24703', agencyCode: 'van-phong-ntm' });
    const outside = await as('vpntm.krongno').request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/working-group',
      payload: { name: 'Lê Văn C', unitCode: '24678' },
    });
    expect(outside.statusCode).toBe(422);
    expect((await get('xa.namnung', '/api/v1/plans/krong-no-2022/working-group')).items).toHaveLength(1);
    const del = await as('vpntm.krongno').request({ method: 'DELETE', url: `/api/v1/plans/krong-no-2022/working-group/${member.id}` });
    expect(del.statusCode).toBe(200);
    expect(del.json().items).toEqual([]);
  });

  it('attaches files to a progress update and a visit; only readers download, hostile files are refused', async () => {
    const list = await get('mttq.krongno', '/api/v1/plans/krong-no-2022/tasks');
    const update = list.items.find((x: { number: string }) => x.number === 'III.4').updates[0];
    const url = `/api/v1/plans/krong-no-2022/tasks/III.4/updates/${update.id}/files`;
    const ok = await as('mttq.krongno').request({ method: 'POST', url, ...multipart({}, { name: 'bao-cao-giam-sat.pdf', content: PDF }) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ fileName: 'bao-cao-giam-sat.pdf', contentType: 'application/pdf', size: PDF.length });
    const html = await as('mttq.krongno').request({
      method: 'POST',
      url,
      ...multipart({}, { name: 'bao-cao.pdf', content: Buffer.from('<html><script>alert(1)</script></html>') }),
    });
    expect(html.statusCode).toBe(422);
    const notAuthor = await as('phong.yte').request({ method: 'POST', url, ...multipart({}, { name: 'x.pdf', content: PDF }) });
    expect(notAuthor.statusCode).toBe(403);
    const after = await get('xa.namnung', '/api/v1/plans/krong-no-2022/tasks');
    const files = after.items.find((x: { number: string }) => x.number === 'III.4').updates[0].files;
    expect(files.map((f: { fileName: string }) => f.fileName)).toEqual(['bao-cao-giam-sat.pdf']);
    const down = await as('xa.namnung').request({ method: 'GET', url: `/api/v1/attachments/${files[0].id}` });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    const province = await signIn(app, 'vpdp.daknong');
    expect((await province.request({ method: 'GET', url: `/api/v1/attachments/${files[0].id}` })).statusCode).toBe(200);

    const visits = await get('mttq.krongno', '/api/v1/units/24703/supervision');
    const v = visits.items[0];
    const vf = await as('mttq.krongno').request({
      method: 'POST',
      url: `/api/v1/units/24703/supervision/${v.id}/files`,
      ...multipart({}, { name: 'bien-ban.pdf', content: PDF }),
    });
    expect(vf.statusCode, vf.body).toBe(201);
    const wrongUnit = await as('mttq.krongno').request({
      method: 'POST',
      url: `/api/v1/units/24692/supervision/${v.id}/files`,
      ...multipart({}, { name: 'bien-ban.pdf', content: PDF }),
    });
    expect(wrongUnit.statusCode).toBe(404);
    expect((await get('xa.namnung', '/api/v1/units/24703/supervision')).items[0].files).toHaveLength(1);
  });

  it('documents read the stored plan: live task status, the supervision log, and the edited copy', async () => {
    const report = await periodicReportInput(t.ctx, { unitCode: '664', kind: 'year', year: 2022 });
    expect(report.tasks.find((x) => x.number === 'III.4')?.status).toBe('done');
    expect(report.tasks.find((x) => x.number === 'III.2')).toMatchObject({ deadline: '2022-06-30', overdue: true });
    expect(report.supervision).toEqual([
      {
        date: '2022-06-15',
        unitName: 'Nâm Nung',
        by: 'Ủy ban MTTQ Việt Nam huyện Krông Nô (Mặt trận Tổ quốc)',
        findings: 'Tiêu chí 9: Còn 12 nhà tạm, dột nát',
        followUp: 'Vận động hỗ trợ xóa nhà tạm (UBND xã Nâm Nung, hạn 30/09/2022)',
      },
    ]);
    const doc = await planDocxFile(t.ctx, { planCode: 'krong-no-2023' });
    expect(doc.filename).toBe('ke-hoach-krong-no-2023.docx');
    expect(doc.buffer.subarray(0, 2).toString()).toBe('PK');
  });
});
