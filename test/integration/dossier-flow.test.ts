/**
 * The recognition dossier of Nâm Nung for "đạt chuẩn NTM năm 2022", through the API on both databases:
 * a failed condition blocks submission and says why; the posting rule's edges (4 announcements, day 14,
 * the period's last day); the Front's opinion and the survey; the meeting; submission; appraisal sending
 * the dossier back with reasons and the resubmission; the council; the decision recording the
 * recognition; the announcement. Actors by date and scope; bad input with field paths.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { recognitionsInForce } from '../../src/services/recognition/recognition.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { completeNamNung2022, NAM_NUNG } from '../support/dossier-flow.js';
import { addAcceptedWork, approvedPlan, pay } from '../support/funding.js';
import { multipart, PDF } from '../support/multipart.js';

describe.each(DIALECTS)('recognition dossier on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let commune: Session;
  let other: Session;
  let district: Session;
  let province: Session;
  let front: Session;
  let id = '';
  let version = 0;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { recognitionsExcept: [NAM_NUNG], funding: false });
    app = await buildTestApp(t);
    commune = await signIn(app, 'xa.namnung');
    other = await signIn(app, 'xa.namxuan');
    district = await signIn(app, 'vpntm.krongno');
    province = await signIn(app, 'vpdp.daknong');
    front = await signIn(app, 'mttq.namnung');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const get = async (s: Session = commune) => {
    const r = await s.request({ method: 'GET', url: `/api/v1/dossiers/${id}` });
    expect(r.statusCode, r.body).toBe(200);
    version = r.json().version;
    return r.json();
  };
  const act = async (s: Session, method: 'POST' | 'PUT', path: string, payload: object) => {
    const r = await s.request({ method, url: `/api/v1/dossiers/${id}${path}`, payload });
    if (r.statusCode === 200) version = r.json().version;
    return r;
  };
  const complete = (s: Session, on: string) => act(s, 'POST', '/complete', { on, expectedVersion: version });
  const generate = (s: Session, doc: string, on: string) => act(s, 'POST', `/documents/${doc}/generate`, { on });
  const upload = async (s: Session) => {
    const m = multipart({}, { name: 'van-ban.pdf', content: PDF });
    const r = await s.request({ method: 'POST', url: `/api/v1/dossiers/${id}/files`, ...m });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const blockers = (r: { json(): { error: { details: { reasons: { vi: string }[] } } } }) =>
    r
      .json()
      .error.details.reasons.map((x) => x.vi)
      .join(' | ');

  it('starts the dossier as the commune; another commune’s officer is refused', async () => {
    const body = { tier: 'ntm', year: 2022, assessmentDate: '2022-12-31', startedOn: '2023-01-05' };
    const refused = await other.request({ method: 'POST', url: `/api/v1/units/${NAM_NUNG}/dossiers`, payload: body });
    expect(refused.statusCode).toBe(403);
    const r = await commune.request({ method: 'POST', url: `/api/v1/units/${NAM_NUNG}/dossiers`, payload: body });
    expect(r.statusCode, r.body).toBe(200);
    id = r.json().id;
    const d = await get();
    expect(d.procedure.code).toBe('qd18-2022-xa');
    expect(d.steps).toHaveLength(10);
    expect(d.currentStep).toBe('self_assessment');
    expect(d.checklist.find((c: { code: string }) => c.code === 'self_assessment_report').state).toBe('missing');
    const list = await commune.request({ method: 'GET', url: `/api/v1/units/${NAM_NUNG}/dossiers` });
    expect(list.json().items.map((i: { stepName: string }) => i.stepName)).toEqual([
      'Báo cáo kết quả thực hiện xây dựng nông thôn mới của xã',
    ]);
  });

  it('refuses bad input with field paths', async () => {
    const r = await act(commune, 'POST', '/complete', { on: '31/12/2022', expectedVersion: 'x' });
    expect(r.statusCode).toBe(400);
    const paths = r.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.on', 'body.expectedVersion']));
    const meeting = await act(commune, 'PUT', '/records/meeting', {
      data: { heldOn: '2023-02-01', attendees: 20, totalMembers: 25, agreeing: 20 },
    });
    // Not the meeting step yet.
    expect(meeting.statusCode).toBe(409);
    expect(meeting.json().error.code).toBe('dossier.wrong_step');
  });

  it('generates the self-assessment report and completes the first step', async () => {
    const r = await complete(commune, '2023-01-05');
    expect(r.statusCode).toBe(409);
    expect(blockers(r)).toContain('Thiếu tài liệu bắt buộc: Báo cáo kết quả thực hiện xây dựng NTM');
    expect((await generate(commune, 'self_assessment_report', '2023-01-05')).statusCode).toBe(200);
    const d = await get();
    const item = d.checklist.find((c: { code: string }) => c.code === 'self_assessment_report');
    expect(item.state).toBe('generated');
    const file = await commune.request({ method: 'GET', url: `/api/v1/dossiers/${id}/files/${item.file.id}` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await complete(commune, '2023-01-05')).statusCode).toBe(200);
    expect((await get()).currentStep).toBe('public_posting');
  });

  it('keeps the dossier at the posting step with 4 announcements, on day 14, and on the period’s last day', async () => {
    expect((await act(commune, 'PUT', '/posting', { startedOn: '2023-01-06' })).statusCode).toBe(200);
    const photo = await upload(commune);
    const channels = ['commune_office', 'hamlet_house', 'loudspeaker', 'hamlet_house'];
    const days = ['2023-01-06', '2023-01-09', '2023-01-12', '2023-01-16'];
    for (const [i, day] of days.entries()) {
      const r = await act(commune, 'POST', '/posting/announcements', {
        announcedOn: day,
        channel: channels[i],
        place: 'Thôn Nam Tân',
        photoFileId: i === 0 ? photo : null,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const bad = await act(commune, 'POST', '/posting/announcements', { announcedOn: '2023-01-17', channel: 'facebook' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0].path).toBe('channel');
    const d = await get();
    expect(d.posting).toMatchObject({ startedOn: '2023-01-06', endsOn: '2023-01-20', count: 4, minAnnouncements: 5, met: false });
    const day14 = await complete(commune, '2023-01-19');
    expect(day14.statusCode).toBe(409);
    expect(blockers(day14)).toContain('Mới thông báo 4 lần trong thời hạn 15 ngày, cần ít nhất 5 lần');
    expect(blockers(day14)).toContain('kết thúc ngày 20/01/2023');
    expect((await act(commune, 'POST', '/posting/announcements', { announcedOn: '2023-01-19', channel: 'loudspeaker' })).statusCode).toBe(
      200,
    );
    const lastDay = await complete(commune, '2023-01-20');
    expect(lastDay.statusCode).toBe(409);
    expect(blockers(lastDay)).not.toContain('Mới thông báo');
    expect(blockers(lastDay)).toContain('chỉ chuyển bước từ ngày hôm sau');
    await act(commune, 'POST', '/comments', {
      receivedOn: '2023-01-20',
      fromName: 'Thôn Nam Tân',
      content: 'Đề nghị nêu rõ kết quả tiêu chí 17.',
    });
    expect((await complete(commune, '2023-01-21')).statusCode).toBe(200);
    expect((await get()).comments).toHaveLength(1);
  });

  it('needs the Front’s written opinion, then the survey', async () => {
    const r = await complete(commune, '2023-01-25');
    expect(blockers(r)).toContain('Chưa có ý kiến bằng văn bản của Ủy ban MTTQ Việt Nam xã');
    const letter = await upload(front);
    const o = await act(front, 'POST', '/opinions', {
      organisationKind: 'front',
      organisation: 'Ủy ban MTTQ Việt Nam xã Nâm Nung',
      givenOn: '2023-01-25',
      summary: 'Nhất trí',
      fileId: letter,
    });
    expect(o.statusCode, o.body).toBe(200);
    expect((await complete(front, '2023-01-26')).statusCode).toBe(200);
    const noRound = await complete(front, '2023-01-27');
    expect(blockers(noRound)).toContain('Chưa có đợt lấy ý kiến sự hài lòng đã hoàn thành');
    const round = await front.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_NUNG}/survey-rounds`,
      payload: {
        purpose: 'ntm',
        year: 2022,
        startsOn: '2023-01-27',
        forms: ['household'],
        hamlets: [{ name: 'Thôn Nam Tân', households: 100 }],
      },
    });
    expect(round.statusCode, round.body).toBe(200);
    const roundId = round.json().id;
    const r2 = (await front.request({ method: 'GET', url: `/api/v1/survey-rounds/${roundId}` })).json();
    const items = r2.items.map((it: { code: string }) => ({ code: it.code, satisfied: 78, notSatisfied: 2 }));
    const tally = await front.request({
      method: 'PUT',
      url: `/api/v1/survey-rounds/${roundId}/hamlets/${r2.hamlets[0].id}`,
      payload: { households: 100, ballotsIssued: 85, paperReturned: 80, items, expectedVersion: 1 },
    });
    expect(tally.statusCode, tally.body).toBe(200);
    const close = await front.request({
      method: 'POST',
      url: `/api/v1/survey-rounds/${roundId}/close`,
      payload: { endsOn: '2023-02-10', expectedVersion: 1 },
    });
    expect(close.statusCode, close.body).toBe(200);
    expect((await generate(front, 'survey_report', '2023-02-10')).statusCode).toBe(200);
    expect((await complete(front, '2023-02-10')).statusCode).toBe(200);
    const d = await get();
    expect(d.survey).toMatchObject({ state: 'met', participationRate: 80 });
  });

  it('records the meeting and its vote, with the minutes generated', async () => {
    const bad = await act(commune, 'PUT', '/records/meeting', {
      data: { heldOn: '2023-02-15', attendees: 30, totalMembers: 25, agreeing: 31 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['data.agreeing', 'data.attendees']),
    );
    const m = await act(commune, 'PUT', '/records/meeting', {
      data: { heldOn: '2023-02-15', place: 'Hội trường UBND xã', chair: 'Chủ tịch UBND xã', attendees: 25, totalMembers: 27, agreeing: 25 },
    });
    expect(m.statusCode, m.body).toBe(200);
    expect((await generate(commune, 'meeting_minutes', '2023-02-15')).statusCode).toBe(200);
    expect((await complete(commune, '2023-02-15')).statusCode).toBe(200);
  });

  let owing = { id: '', areaUnitCode: '' };
  it('does not submit while a condition fails, and says why', async () => {
    owing = await addAcceptedWork(t.ctx, {
      code: 'CT-NN-2022-001',
      name: 'Đường liên thôn Nâm Nung',
      communes: [NAM_NUNG],
      acceptances: [{ on: '2022-11-30', amount: 1_250_000_000 }],
    });
    expect((await generate(commune, 'request', '2023-02-20')).statusCode).toBe(200);
    const r = await complete(commune, '2023-02-20');
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('dossier.not_submittable');
    const why = blockers(r);
    expect(why).toContain('Chưa đạt tiêu chí 17. ');
    expect(why).toContain('18. ');
    expect(why).toContain('Công trình CT-NN-2022-001 “Đường liên thôn Nâm Nung” còn nợ đọng 1.250,0 triệu đồng đến ngày 31/12/2022');
    expect(why).toContain('Chưa có xác nhận của Công an');
    const d = await get();
    expect(d.conditions.find((c: { code: string }) => c.code === 'criteria').state).toBe('not_met');
    expect(d.moves.complete.allowed).toBe(false);
  });

  it('submits once the values are complete and verified, the work paid and the police declared', async () => {
    await completeNamNung2022(t.ctx);
    const plan = await approvedPlan(t.ctx, owing.areaUnitCode, 2022, [
      { sourceCode: 'nstw.dtpt', communeCode: NAM_NUNG, workId: owing.id, amount: 1_250_000_000 },
    ]);
    await pay(t.ctx, plan.lines[0]?.id as string, '2022-12-20', 1_250_000_000);
    const debtFile = await upload(commune);
    expect(
      (await act(commune, 'PUT', '/records/debt', { data: { amount: 0, declaredOn: '2023-02-21' }, fileId: debtFile })).statusCode,
    ).toBe(200);
    const police = await upload(commune);
    const s = await act(commune, 'PUT', '/records/security', {
      data: { notComplex: true, declaredBy: 'Công an xã Nâm Nung', declaredOn: '2023-02-21' },
      fileId: police,
    });
    expect(s.statusCode, s.body).toBe(200);
    const d = await get();
    expect(d.conditions.map((c: { state: string }) => c.state)).toEqual(['met', 'met', 'met', 'met']);
    expect(d.conditions[2].evidence[0].label).toBe('Không có nợ đọng XDCB (tính từ 1 công trình, đến ngày 31/12/2022)');
    expect(d.checklist.find((c: { code: string }) => c.code === 'debt_report').state).toBe('uploaded');
    const r = await complete(commune, '2023-02-21');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().currentStep).toBe('appraisal');
  });

  it('lets the district appraise on a 2023 date, not on a date after 1/7/2025 (the province’s then)', async () => {
    const late = await act(district, 'POST', '/send-back', {
      to: 'submission',
      on: '2026-01-10',
      reasons: ['x'],
      expectedVersion: version,
    });
    expect(late.statusCode).toBe(403);
    expect(late.json().error.code).toBe('dossier.step_actor');
    expect(late.json().error.message.vi).toContain('UBND tỉnh');
    const commune403 = await act(commune, 'PUT', '/appraisal', {
      appraisedOn: '2023-03-01',
      conclusion: 'eligible',
      findings: [{ criterionCode: '1', result: 'met' }],
    });
    expect(commune403.statusCode).toBe(403);
  });

  it('sends the dossier back from appraisal with reasons, and takes it again after resubmission', async () => {
    const findings = Array.from({ length: 19 }, (_, i) => ({
      criterionCode: String(i + 1),
      result: i === 16 ? 'not_met' : 'met',
      finding: i === 16 ? 'Thiếu minh chứng nước sạch' : null,
    }));
    const noReasons = await act(district, 'PUT', '/appraisal', { appraisedOn: '2023-03-01', conclusion: 'returned', findings });
    expect(noReasons.statusCode).toBe(422);
    expect(noReasons.json().error.issues[0].path).toBe('reasons');
    expect(
      (
        await act(district, 'PUT', '/appraisal', {
          appraisedOn: '2023-03-01',
          conclusion: 'returned',
          reasons: ['Bổ sung minh chứng tiêu chí 17'],
          findings,
        })
      ).statusCode,
    ).toBe(200);
    const stuck = await complete(district, '2023-03-01');
    expect(blockers(stuck)).toContain('hãy trả hồ sơ kèm lý do');
    const back = await act(district, 'POST', '/send-back', {
      to: 'submission',
      on: '2023-03-01',
      reasons: ['Bổ sung minh chứng tiêu chí 17'],
      expectedVersion: version,
    });
    expect(back.statusCode, back.body).toBe(200);
    const d = await get();
    expect(d.currentStep).toBe('submission');
    expect(d.appraisalRound).toBe(2);
    expect(d.events.find((e: { action: string }) => e.action === 'send_back').reasons).toEqual(['Bổ sung minh chứng tiêu chí 17']);
    expect((await complete(commune, '2023-03-05')).statusCode).toBe(200);
    const ok = findings.map((f) => ({ ...f, result: 'met', finding: null }));
    expect((await act(district, 'PUT', '/appraisal', { appraisedOn: '2023-03-10', conclusion: 'eligible', findings: ok })).statusCode).toBe(
      200,
    );
    expect((await generate(district, 'appraisal_report', '2023-03-10')).statusCode).toBe(200);
    expect((await generate(district, 'eligible_list', '2023-03-10')).statusCode).toBe(200);
    expect((await complete(district, '2023-03-10')).statusCode).toBe(200);
  });

  it('passes the council, records the decision as the recognition, then the announcement', async () => {
    expect(
      (
        await act(district, 'PUT', '/records/council', {
          data: { heldOn: '2023-08-20', members: 15, attending: 15, agreeing: 15, result: 'approved' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await act(province, 'PUT', '/records/council', {
          data: { heldOn: '2023-08-20', members: 15, attending: 15, agreeing: 15, result: 'approved' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await complete(province, '2023-08-20')).statusCode).toBe(200);
    expect(await recognitionsInForce(t.database.db, NAM_NUNG, '2023-12-31')).toEqual([]);
    const dec = await act(province, 'PUT', '/records/decision', {
      data: { number: null, date: '2023-09-11', signer: 'Lê Trọng Yên', body: 'Ủy ban nhân dân tỉnh Đắk Nông' },
    });
    expect(dec.statusCode, dec.body).toBe(200);
    const auditBefore = await auditRepository.count(t.database.db);
    const done = await complete(province, '2023-09-11');
    expect(done.statusCode, done.body).toBe(200);
    expect(await auditRepository.count(t.database.db)).toBeGreaterThan(auditBefore);
    const [rec] = await recognitionsInForce(t.database.db, NAM_NUNG, '2023-12-31');
    expect(rec).toMatchObject({ tier: 'ntm', year: 2022, dossierId: id, decision: { date: '2023-09-11', number: null } });
    expect(
      (await act(district, 'PUT', '/records/announcement', { data: { announcedOn: '2023-10-02', place: 'Hội trường UBND xã Nâm Nung' } }))
        .statusCode,
    ).toBe(200);
    const end = await complete(district, '2023-10-02');
    expect(end.statusCode, end.body).toBe(200);
    const d = await get();
    expect(d.state).toBe('completed');
    expect(d.recognitionId).toBe(rec?.id);
    const [announced] = await recognitionsInForce(t.database.db, NAM_NUNG, '2023-12-31');
    expect(announced).toMatchObject({ id: rec?.id, announcedOn: '2023-10-02', decision: { date: '2023-09-11' } });
    expect(
      d.checklist
        .filter((c: { made: string; state: string }) => c.made === 'generated' && c.state !== 'generated')
        .map((c: { code: string }) => c.code),
    ).toEqual([]);
  });
});
