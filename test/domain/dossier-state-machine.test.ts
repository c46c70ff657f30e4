/** The procedure data and the pure state machine: actors by date, the posting rule's edges, blockers in words. */
import { describe, expect, it } from 'vitest';
import { builtinProcedures, procedureFiles } from '../../src/catalog/procedures/index.js';
import { postingStatus } from '../../src/domain/dossier/posting-rule.js';
import { procedureSchema } from '../../src/domain/dossier/procedure.schema.js';
import { checkProcedure } from '../../src/domain/dossier/procedure-check.js';
import { actorRefusal, allowedMoves, type DossierSnapshot, stepOf } from '../../src/domain/dossier/state-machine.js';
import { ROLES } from '../../src/policies/policy.js';

const qd18 = () => {
  const p = builtinProcedures().find((x) => x.code === 'qd18-2022-xa');
  if (!p) throw new Error('qd18-2022-xa missing');
  return p;
};

const snapshot = (over: Partial<DossierSnapshot> = {}): DossierSnapshot => ({
  state: 'in_progress',
  currentStep: 'appraisal',
  documents: new Set(),
  posting: { startedOn: null, announcements: [] },
  frontOpinions: 0,
  survey: null,
  meeting: null,
  conditions: [],
  findings: 0,
  appraisal: null,
  council: null,
  decision: null,
  announcedOn: null,
  ...over,
});

describe('procedures as data', () => {
  it('ships the QĐ 18 recognition with its 10 steps and the revocation, both passing the catalog check', () => {
    const codes = builtinProcedures().map((p) => p.code);
    expect(codes).toEqual(['qd18-2022-xa', 'qd18-2022-xa-thu-hoi']);
    expect(qd18().steps.map((s) => s.code)).toEqual([
      'self_assessment',
      'public_posting',
      'organisation_opinions',
      'satisfaction_survey',
      'commune_meeting',
      'submission',
      'appraisal',
      'council',
      'decision',
      'announcement',
    ]);
    for (const p of builtinProcedures()) expect(checkProcedure(p, ROLES).errors).toEqual([]);
  });

  it('keeps only the confirmed facts verified: 15 days and 5 announcements; the revocation steps unverified', () => {
    const p = qd18();
    expect(p.posting).toMatchObject({ periodDays: 15, minAnnouncements: 5, provenance: { verified: true } });
    expect(p.meetingVote?.minAgreeingPercent).toBeNull();
    expect(stepOf(p, 'appraisal').duration.days).toBeNull();
    const revocation = builtinProcedures()[1];
    expect(revocation?.steps.every((s) => s.actors.every((a) => !a.provenance.verified))).toBe(true);
    const report = checkProcedure(p, ROLES);
    expect(report.unverified.some((f) => f.where === 'appraisal.actors.1')).toBe(true);
  });

  it('reports a gap between actor periods, an unknown role and a send-back forward', () => {
    const raw = structuredClone(procedureFiles['qd18-2022-xa.json']) as {
      steps: { actors: { from: string | null; roles: string[] }[]; sendBackTo: string[] }[];
    };
    const appraisal = raw.steps[6];
    if (!appraisal?.actors[1]) throw new Error('shape');
    appraisal.actors[1].from = '2025-07-05';
    appraisal.actors[1].roles = ['district_office', 'huyen_uy'];
    const p = procedureSchema.parse(raw);
    const problems = checkProcedure(p, ROLES).errors.map((e) => `${e.where} ${e.problem}`);
    expect(problems).toEqual(expect.arrayContaining(['appraisal.actors.1 actor_gap', 'appraisal.actors.1.roles unknown_role']));
    const back = structuredClone(procedureFiles['qd18-2022-xa.json']) as { steps: { sendBackTo: string[] }[] };
    back.steps[0]?.sendBackTo.push('decision');
    const bad = procedureSchema.safeParse(back);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['steps', 0, 'sendBackTo', 0]);
  });
});

describe('actors by date', () => {
  const appraisal = stepOf(qd18(), 'appraisal');
  it('lets the district appraise before 1/7/2025 and refuses it after, naming the province', () => {
    expect(actorRefusal(appraisal, { role: 'district_office', coversUnit: true }, '2023-03-10')).toBeNull();
    expect(actorRefusal(appraisal, { role: 'district_office', coversUnit: true }, '2025-06-30')).toBeNull();
    const after = actorRefusal(appraisal, { role: 'district_office', coversUnit: true }, '2025-07-01');
    expect(after?.vi).toContain('UBND tỉnh');
    expect(after?.vi).toContain('từ ngày 01/07/2025');
    expect(actorRefusal(appraisal, { role: 'province_office', coversUnit: true }, '2026-01-10')).toBeNull();
    expect(actorRefusal(appraisal, { role: 'province_office', coversUnit: true }, '2023-03-10')?.vi).toContain('UBND huyện');
  });
  it('refuses an actor of the right role outside the commune', () => {
    const first = stepOf(qd18(), 'self_assessment');
    expect(actorRefusal(first, { role: 'commune_officer', coversUnit: false }, '2023-01-05')?.vi).toBe(
      'Xã của hồ sơ không thuộc phạm vi phụ trách của bạn',
    );
  });
});

describe('the posting rule', () => {
  const rule = qd18().posting;
  if (!rule) throw new Error('no posting rule');
  const five = ['2023-01-06', '2023-01-09', '2023-01-12', '2023-01-16', '2023-01-19'].map((on) => ({ on }));
  it('ends on the 15th day and opens the step the day after, with 5 announcements inside the period', () => {
    expect(postingStatus(rule, '2023-01-06', five, '2023-01-19')).toMatchObject({
      endsOn: '2023-01-20',
      count: 5,
      enough: true,
      over: false,
      met: false,
    });
    expect(postingStatus(rule, '2023-01-06', five, '2023-01-20').met).toBe(false);
    expect(postingStatus(rule, '2023-01-06', five, '2023-01-21').met).toBe(true);
    expect(postingStatus(rule, '2023-01-06', five.slice(0, 4), '2023-02-01')).toMatchObject({ count: 4, enough: false, met: false });
  });
  it('does not count announcements outside the period', () => {
    const late = [...five.slice(0, 4), { on: '2023-01-21' }];
    expect(postingStatus(rule, '2023-01-06', late, '2023-01-25')).toMatchObject({ count: 4, outside: 1, met: false });
  });
});

describe('allowed moves', () => {
  it('says in words why the appraisal cannot be completed and where the dossier may be sent back', () => {
    const m = allowedMoves(qd18(), snapshot(), { role: 'district_office', coversUnit: true }, '2023-03-01');
    expect(m.refusal).toBeNull();
    expect(m.complete.allowed).toBe(false);
    expect(m.complete.blockers.map((b) => b.vi)).toContain('Chưa ghi kết quả thẩm tra từng tiêu chí');
    expect(m.sendBackTo).toContain('submission');
    const done = allowedMoves(
      qd18(),
      snapshot({ findings: 19, appraisal: { conclusion: 'eligible' }, documents: new Set(['appraisal_report', 'eligible_list']) }),
      { role: 'district_office', coversUnit: true },
      '2023-03-01',
    );
    expect(done.complete).toEqual({ allowed: true, blockers: [] });
  });
  it('blocks submission with each failing condition and each missing document', () => {
    const s = snapshot({
      currentStep: 'submission',
      conditions: [
        {
          code: 'debt',
          name: { vi: 'Không có nợ đọng', en: 'No debt' },
          state: 'not_met',
          reasons: [{ vi: 'Còn nợ 5.000.000 đồng', en: 'Debt' }],
          evidence: [],
        },
      ],
    });
    const m = allowedMoves(qd18(), s, { role: 'commune_officer', coversUnit: true }, '2023-02-20');
    const words = m.complete.blockers.map((b) => b.vi);
    expect(words).toContain('Không có nợ đọng: Còn nợ 5.000.000 đồng');
    expect(words).toContain('Thiếu tài liệu bắt buộc: Tờ trình đề nghị thẩm tra, xét, công nhận xã đạt chuẩn');
    expect(words).toContain('Thiếu tài liệu bắt buộc: Báo cáo kết quả lấy ý kiến sự hài lòng của người dân');
  });
});
