/**
 * A plan started from nothing, and a copy that does not carry last year's facts silently, through the
 * API on both databases: the catalogue's standing bases prefilled, bad input refused field by field,
 * old-year bases and texts flagged, numeric objectives recomputed from the new baseline, review flags
 * cleared one by one (audited), and approval refused until the leader acknowledges what is pending.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

interface Flag {
  id: string;
  kind: string;
  path: string;
  message: string;
  messageEn: string;
  data: Record<string, unknown>;
  reviewedAt: string | null;
  reviewedBy: string | null;
}
interface Finding {
  code: string;
  message: string;
  path?: string;
  data: Record<string, unknown>;
}

describe.each(DIALECTS)('new plans and honest copies on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    for (const u of ['vpntm.krongno', 'lanhdao.krongno', 'mttq.krongno']) s[u] = await signIn(app, u);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const send = (u: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    (s[u] as Session).request({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  const ok = async (u: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
    const r = await send(u, method, url, payload);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const auditOf = async (code: string) => auditRepository.forEntity(t.database.db, 'plan', code);

  it('offers the standing legal bases prefilled and the yearly ones of another year not at all', async () => {
    const body = await ok('vpntm.krongno', 'GET', '/api/v1/legal-bases?year=2023&unit=664');
    const prefilled = body.items.filter((b: { prefill: boolean }) => b.prefill).map((b: { number: string }) => b.number);
    expect(prefilled).toEqual(['25/2021/QH15', '263/QĐ-TTg', '318/QĐ-TTg', '12-NQ/TU']);
    const yearly = body.items.find((b: { number: string }) => b.number === '205/NQ-HĐND');
    expect(yearly).toMatchObject({ standing: false, servesYear: false, prefill: false });
    const in2022 = await ok('vpntm.krongno', 'GET', '/api/v1/legal-bases?year=2022&unit=664');
    expect(in2022.items.find((b: { number: string }) => b.number === '205/NQ-HĐND')).toMatchObject({ servesYear: true, prefill: false });
  });

  it('starts a 2023 plan from nothing: a draft with the chosen bases and objectives, audited; targets are set on the board', async () => {
    const choices = await ok('vpntm.krongno', 'GET', '/api/v1/legal-bases?year=2023&unit=664');
    const ids = choices.items.filter((b: { prefill: boolean }) => b.prefill).map((b: { id: string }) => b.id);
    const created = await ok('vpntm.krongno', 'POST', '/api/v1/plans/new', {
      year: 2023,
      issuingUnitCode: '664',
      code: 'krong-no-2023-moi',
      legalBasisIds: ids,
      objectives: [
        { kind: 'criteriaAdded', total: 12 },
        { kind: 'averageCriteria', atLeast: 17.5 },
        { kind: 'text', text: 'Các xã đã đạt chuẩn tiếp tục duy trì.' },
      ],
    });
    expect(created.plan).toMatchObject({
      code: 'krong-no-2023-moi',
      year: 2023,
      status: 'draft',
      copiedFromCode: null,
      criteriaSetCode: 'qd318-ntm-2021-2025',
      issuingUnit: { unitCode: '664', kind: 'district', authority: 'Ủy ban nhân dân huyện Krông Nô' },
      documentNumber: { number: null, symbol: 'KH-UBND' },
      issuedOn: { year: 2023, month: null, day: null },
      communeTargets: [],
      reviewFlags: [],
    });
    expect(created.plan.title).toBe(
      'Về việc triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Krông Nô năm 2023',
    );
    expect(created.plan.legalBases.map((b: { number: string }) => b.number)).toEqual([
      '25/2021/QH15',
      '263/QĐ-TTg',
      '318/QĐ-TTg',
      '12-NQ/TU',
    ]);
    expect(created.plan.objectives.map((o: { id: string; text: string }) => [o.id, o.text])).toEqual([
      ['I.1', 'Phấn đấu hoàn thành tổng cộng thêm 12 tiêu chí'],
      ['I.2', 'Số tiêu chí bình quân toàn huyện đạt 17,5 tiêu chí/xã trở lên'],
      ['I.3', 'Các xã đã đạt chuẩn tiếp tục duy trì.'],
    ]);
    expect(created.permissions.edit).toBe(true);
    const events = await auditOf('krong-no-2023-moi');
    expect(events.map((e) => e.action)).toEqual(['plan.create']);

    const put = await ok('vpntm.krongno', 'PUT', '/api/v1/plans/krong-no-2023-moi/targets/24703', {
      expectedVersion: created.version,
      target: { criteria: [5, 9], reachStandard: false },
    });
    expect(put.plan.communeTargets).toEqual([expect.objectContaining({ unitCode: '24703', name: 'Nâm Nung', criteria: [5, 9] })]);
    const findings = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023-moi/findings');
    expect(findings.baseline).toHaveLength(11);
    const list = await ok('lanhdao.krongno', 'GET', '/api/v1/plans');
    expect(list.items.map((p: { code: string }) => p.code)).toContain('krong-no-2023-moi');
  });

  it('refuses bad input with the field, in Vietnamese and English, and refuses who may not write plans', async () => {
    const base = { year: 2023, issuingUnitCode: '664', legalBasisIds: [] };
    const year = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', { ...base, year: 1999 });
    expect(year.statusCode).toBe(400);
    expect(year.json().error.issues).toEqual([
      { path: 'body.year', message: 'Năm kế hoạch từ 2000 đến 2100 / the year must be 2000 to 2100' },
    ]);
    const objective = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', {
      ...base,
      objectives: [
        { kind: 'text', text: 'ok' },
        { kind: 'averageCriteria', atLeast: 0 },
      ],
    });
    expect(objective.statusCode).toBe(400);
    expect(objective.json().error.issues[0]).toMatchObject({ path: 'body.objectives.1.atLeast' });
    expect(objective.json().error.issues[0].message).toContain('Bình quân tiêu chí/xã phải lớn hơn 0');

    const yearly = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', {
      ...base,
      legalBasisIds: ['qd-318-2022-ttg', 'nq-205-2021-hdnd-krong-no', 'khong-co'],
    });
    expect(yearly.statusCode).toBe(422);
    const err = yearly.json().error;
    expect(err.code).toBe('plan.new_invalid');
    expect(err.message.vi).toContain('Chưa lập được kế hoạch mới');
    expect(err.issues.map((i: { path: string }) => i.path)).toEqual(['legalBasisIds.1', 'legalBasisIds.2']);
    expect(err.issues[0].message).toContain('205/NQ-HĐND không áp dụng cho năm 2023');

    // a town (thị trấn) issues no NTM plan; a commune does, for itself
    const town = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', { ...base, issuingUnitCode: '24688' });
    expect(town.statusCode).toBe(422);
    expect(town.json().error.issues).toEqual([
      { path: 'issuingUnitCode', message: 'Đắk Mâm không phải tỉnh, huyện hoặc xã / Đắk Mâm is not a province, district or commune' },
    ]);
    const gone = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', { ...base, year: 2026 });
    expect(gone.statusCode).toBe(422);
    // 2026 has a set now (QĐ 51 from 15/02/2026): only the ended district is refused
    expect(gone.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['issuingUnitCode']);
    const taken = await send('vpntm.krongno', 'POST', '/api/v1/plans/new', { ...base, code: 'krong-no-2022' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.issues).toEqual([{ path: 'code', message: 'đã tồn tại / already exists' }]);
    const front = await send('mttq.krongno', 'POST', '/api/v1/plans/new', base);
    expect(front.statusCode).toBe(403);
  });

  it('a copy to 2023 flags the 2022 bases and the texts naming 2022, here and in the findings', async () => {
    const copy = await ok('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2022/copy', { code: 'krong-no-2023' });
    const flags: Flag[] = copy.plan.reviewFlags;
    const bases = flags.filter((f) => f.kind.startsWith('basis_'));
    expect(bases.map((f) => [f.id, f.kind, f.path])).toEqual([
      ['basis:205/NQ-HĐND', 'basis_other_year', 'legalBases.4'],
      ['basis:5168/QĐ-UBND', 'basis_other_year', 'legalBases.5'],
    ]);
    expect(bases[0]?.message).toBe(
      'Căn cứ Nghị quyết số 205/NQ-HĐND của Hội đồng nhân dân huyện Krông Nô là văn bản của năm 2022, không phải căn cứ của kế hoạch năm 2023: thay bằng văn bản của năm 2023 hoặc bỏ.',
    );
    const texts = flags.filter((f) => f.kind === 'text_old_year');
    expect(texts.map((f) => f.path)).toEqual([
      'title',
      'preamble',
      'closing',
      expect.stringMatching(/^objectives\.\d+\.text$/),
      'taskSections.3.title',
      'tasks.II.1.7.text',
      'tasks.II.1.8.text',
      'tasks.II.3.2.text',
      'tasks.III.1.text',
    ]);
    const task = texts.find((f) => f.path === 'tasks.II.1.7.text');
    expect(task?.data.stillNamesOldYear).toBe(true);
    expect(task?.message).toContain('Nhiệm vụ II.1.7 vẫn nêu năm 2022 («');
    expect(texts.find((f) => f.path === 'title')?.data.stillNamesOldYear).toBe(false);
    expect(flags.every((f) => f.reviewedAt === null)).toBe(true);

    const findings = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023/findings');
    const review = findings.findings.filter((f: Finding) => f.code.startsWith('review.'));
    expect(review).toHaveLength(flags.length);
    const basis = review.find((f: Finding) => f.data.flagId === 'basis:205/NQ-HĐND');
    expect(basis).toMatchObject({ code: 'review.basis_other_year', severity: 'warning', path: 'legalBases.4' });
    expect(basis.message).toMatch(/^Cần rà soát: Căn cứ Nghị quyết số 205\/NQ-HĐND/);
  });

  it('recomputes the stated numbers from where the communes stand on 31/12/2022 and the carried targets', async () => {
    const view = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023');
    const findings = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023/findings');
    expect(findings.baselineDate).toBe('2022-12-31');
    const met = new Map<string, number[]>(findings.baseline.map((c: { unitCode: string; met: number[] }) => [c.unitCode, c.met]));
    const targets: { unitCode: string; criteria: number[]; reachStandard: boolean }[] = view.plan.communeTargets;
    const adds = (code: string) => (targets.find((x) => x.unitCode === code)?.criteria ?? []).filter((n) => !met.get(code)?.includes(n));
    const total = targets.reduce((n, x) => n + adds(x.unitCode).length, 0);
    const after = [...met.entries()].map(([code, m]) => m.length + adds(code).length);
    const average = Math.round((after.reduce((a, b) => a + b, 0) / after.length) * 10) / 10;

    const objective = (id: string) => view.plan.objectives.find((o: { id: string }) => o.id === id);
    expect(objective('I.1.a')).toMatchObject({ kind: 'criteriaAdded', total });
    // The source's wording is kept around the new number.
    expect(objective('I.1.a').text).toMatch(new RegExp(`^Phấn đấu hoàn thành tổng cộng thêm ${total} tiêu chí`));
    expect(objective('I.1.d')).toMatchObject({ kind: 'averageCriteria', atLeast: average });
    expect(objective('I.1.d').text).toContain(
      `Số tiêu chí bình quân toàn huyện đạt ${String(average).replace('.', ',')} tiêu chí/xã trở lên`,
    );
    const reach = targets.filter((x) => x.reachStandard);
    const flags: Flag[] = view.plan.reviewFlags;
    const flagOf = (id: string) => flags.find((f) => f.id === `objective:${id}`);
    expect(flagOf('I.1.a')).toMatchObject({ kind: 'objective_recomputed' });
    expect(flagOf('I.1.a')?.message).toContain(total === 21 ? 'thêm 21 tiêu chí (không đổi)' : `thêm 21 tiêu chí → thêm ${total} tiêu chí`);
    expect(flagOf('I.1.d')?.message).toContain(`17,9 tiêu chí/xã → ${String(average).replace('.', ',')} tiêu chí/xã trên cả 11 xã`);
    if (reach.length > 0) {
      expect(objective('I.1.c')).toMatchObject({ count: reach.length, unitCodes: reach.map((x) => x.unitCode) });
      expect(flagOf('I.1.c')?.kind).toBe('objective_recomputed');
    } else {
      expect(objective('I.1.c')).toBeUndefined();
      expect(flagOf('I.1.c')?.kind).toBe('objective_not_recomputed');
    }
    // The old year's 21 and 17,9 are not what the copy states.
    expect(total === 21 && average === 17.9).toBe(false);
  });

  it('clears flags one by one (audited, not by editing), and the leader approves only acknowledging what is pending', async () => {
    let view = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023');
    const pending = (view.plan.reviewFlags as Flag[]).length;
    const edit = await ok('vpntm.krongno', 'PATCH', '/api/v1/plans/krong-no-2023', {
      expectedVersion: view.version,
      parts: { reviewFlags: [], status: 'approved' },
    });
    expect(edit.plan.reviewFlags).toHaveLength(pending);
    expect(edit.plan.status).toBe('draft');

    const stale = await send('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2023/reviews', {
      flagId: 'basis:205/NQ-HĐND',
      expectedVersion: view.version,
    });
    expect(stale.statusCode).toBe(409);
    const reviewed = await ok('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2023/reviews', {
      flagId: 'basis:205/NQ-HĐND',
      expectedVersion: edit.version,
    });
    const flag = (reviewed.plan.reviewFlags as Flag[]).find((f) => f.id === 'basis:205/NQ-HĐND');
    expect(flag?.reviewedAt).toEqual(expect.any(String));
    expect(flag?.reviewedBy).toBe((await ok('vpntm.krongno', 'GET', '/api/v1/auth/session')).user.displayName);
    const unknown = await send('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2023/reviews', {
      flagId: 'khong-co',
      expectedVersion: reviewed.version,
    });
    expect(unknown.statusCode).toBe(404);
    const byFront = await send('mttq.krongno', 'POST', '/api/v1/plans/krong-no-2023/reviews', {
      flagId: 'basis:5168/QĐ-UBND',
      expectedVersion: reviewed.version,
    });
    expect(byFront.statusCode).toBe(403);
    const events = await auditOf('krong-no-2023');
    const last = events.filter((e) => e.action === 'plan.flag_reviewed');
    expect(last).toHaveLength(1);
    const findings = await ok('vpntm.krongno', 'GET', '/api/v1/plans/krong-no-2023/findings');
    expect(findings.findings.filter((f: Finding) => f.code.startsWith('review.'))).toHaveLength(pending - 1);
    expect(findings.findings.some((f: Finding) => f.data.flagId === 'basis:205/NQ-HĐND')).toBe(false);

    const submit = await ok('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2023/status', {
      to: 'submitted',
      expectedVersion: reviewed.version,
    });
    const refused = await send('lanhdao.krongno', 'POST', '/api/v1/plans/krong-no-2023/status', {
      to: 'approved',
      expectedVersion: submit.version,
    });
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error.code).toBe('plan.unreviewed_items');
    expect(error.message.vi).toBe(
      `Kế hoạch còn ${pending - 1} mục chuyển từ năm trước chưa được rà soát. Đọc từng mục; phê duyệt vẫn được nếu xác nhận đã biết các mục này.`,
    );
    expect(error.issues).toHaveLength(pending - 1);
    expect(error.details.flags.map((f: { id: string }) => f.id)).toContain('basis:5168/QĐ-UBND');
    view = await ok('lanhdao.krongno', 'GET', '/api/v1/plans/krong-no-2023');
    expect(view.plan.status).toBe('submitted');

    const approved = await ok('lanhdao.krongno', 'POST', '/api/v1/plans/krong-no-2023/status', {
      to: 'approved',
      expectedVersion: submit.version,
      acknowledgeUnreviewed: true,
    });
    expect(approved.plan.status).toBe('approved');
    expect(approved.plan.statusHistory.at(-1).note).toBe(`Phê duyệt khi còn ${pending - 1} mục chưa rà soát (lãnh đạo đã xác nhận biết).`);
    const approval = (await auditOf('krong-no-2023')).find((e) => e.action === 'plan.approved');
    const after = JSON.parse(approval?.after ?? '{}');
    expect(after.acknowledgedUnreviewed).toHaveLength(pending - 1);
    expect(after.acknowledgedUnreviewed).not.toContain('basis:205/NQ-HĐND');
  });
});
