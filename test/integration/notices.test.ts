/**
 * Notices for every hand-off, on both databases: values awaiting review (one per reviewer, commune and
 * date, even for an import of hundreds of values), values verified or returned, plans submitted, returned
 * and approved, supervision follow-ups assigned and overdue, task progress — who gets each, who does not,
 * that the same event twice is one notice, and that texts name things in words with a link, never a code.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valuesXlsxFile } from '../../src/services/document.service.js';
import { importValues } from '../../src/services/import.service.js';
import { type Notice, notify } from '../../src/services/notice/notify.js';
import { sweepNotifications } from '../../src/services/plan/notification.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const AS_OF = '2022-09-30';
const NAM_NUNG = '24703';

interface Item {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string;
  read: boolean;
  message: { vi: string; en: string };
}

/** No plan code, unit code, id or raw JSON in a text a person reads. */
function expectWords(n: Item) {
  for (const text of [n.message.vi, n.message.en]) {
    expect(text).not.toMatch(/krong-no|demo-krong|qd318|\b(24703|24692|664)\b|[{}]|undefined|null/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  }
  expect(n.link).toMatch(/^\/[a-z-]/);
}

describe.each(DIALECTS)('notices on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    for (const u of ['vpntm.krongno', 'lanhdao.krongno', 'mttq.krongno', 'xa.namnung', 'xa.namxuan', 'phong.ktht', 'phong.yte']) {
      s[u] = await signIn(app, u);
    }
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });
  const as = (u: string) => s[u] as Session;
  const notices = async (u: string) => {
    const r = await as(u).request({ method: 'GET', url: '/api/v1/notifications' });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { unread: number; items: Item[] };
  };
  const ofKind = async (u: string, kind: string) => (await notices(u)).items.filter((n) => n.kind === kind);
  const send = async (u: string, method: 'PUT' | 'POST' | 'PATCH', url: string, payload: unknown) => {
    const r = await as(u).request({ method, url, payload: payload as Record<string, unknown> });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const review = (u: string, indicator: string, action: 'verify' | 'return', expectedVersion: number, comment?: string) =>
    send(u, 'POST', `/api/v1/units/${NAM_NUNG}/values/${indicator}/review`, {
      set: SET,
      asOf: AS_OF,
      action,
      expectedVersion,
      ...(comment ? { comment } : {}),
    });

  it('values awaiting review: one notice per reviewer and commune, kept up to date, only to who may review', async () => {
    await send('xa.namnung', 'PUT', `/api/v1/units/${NAM_NUNG}/values`, { set: SET, asOf: AS_OF, values: { '9.1': 0, '15.1': 95 } });
    await send('xa.namnung', 'PUT', `/api/v1/units/${NAM_NUNG}/values`, { set: SET, asOf: AS_OF, values: { '9.2': 81 } });
    const ktht = await ofKind('phong.ktht', 'value_review');
    expect(ktht).toHaveLength(1);
    expect(ktht[0]?.message.vi).toBe('Xã Nâm Nung: 2 giá trị chỉ tiêu (tiêu chí 9) số liệu ngày 30/09/2022 chờ xác minh.');
    expect(ktht[0]?.message.en).toBe('Commune Nâm Nung: 2 indicator values (criteria 9) as of 30/09/2022 await your review.');
    expect(ktht[0]?.link).toBe(`/xac-minh?xa=${NAM_NUNG}&ngay=${AS_OF}`);
    expect(ktht[0]?.read).toBe(false);
    expectWords(ktht[0] as Item);
    const yte = await ofKind('phong.yte', 'value_review');
    expect(yte.map((n) => n.message.vi)).toEqual(['Xã Nâm Nung: 1 giá trị chỉ tiêu (tiêu chí 15) số liệu ngày 30/09/2022 chờ xác minh.']);
    for (const u of ['xa.namnung', 'vpntm.krongno', 'lanhdao.krongno', 'mttq.krongno']) expect(await ofKind(u, 'value_review')).toEqual([]);
  });

  it('an import of hundreds of values gives each reviewer one notice per commune', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await valuesXlsxFile(t.ctx, { unitCode: '664', asOf: '2021-12-31' })).buffer as unknown as ArrayBuffer);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '30/06/2022';
    // Every number of every commune changes (within its range), so each is a value written.
    (wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet).eachRow((row, r) => {
      if (r <= 3) return;
      row.eachCell((cell, c) => {
        if (c > 2 && typeof cell.value === 'number') cell.value = cell.value >= 1 ? cell.value - 1 : cell.value + 1;
      });
    });
    const r = await importValues(t.ctx, { file: Buffer.from(await wb.xlsx.writeBuffer()), mode: 'all' });
    expect(r.written).toBeGreaterThan(300);
    const imported = (await ofKind('phong.ktht', 'value_review')).filter((n) => n.params.asOf === '2022-06-30');
    expect(imported).toHaveLength(11);
    expect(new Set(imported.map((n) => n.params.unitName)).size).toBe(11);
    for (const n of imported) {
      expect(n.message.vi).toMatch(
        /^(Xã|Thị trấn) .+: \d+ giá trị chỉ tiêu \(tiêu chí [\d, ]+\) số liệu ngày 30\/06\/2022 chờ xác minh\.$/,
      );
      expect((n.params.criteria as number[]).every((c) => [1, 2, 4, 7, 9].includes(c))).toBe(true);
      expectWords(n);
    }
    expect((await ofKind('phong.yte', 'value_review')).filter((n) => n.params.asOf === '2022-06-30')).toHaveLength(11);
  });

  it('tells whoever entered the values what was verified and returned, with the reason; the queue notice follows', async () => {
    const [kept] = await ofKind('phong.ktht', 'value_review').then((l) => l.filter((n) => n.params.asOf === AS_OF));
    await as('phong.ktht').request({ method: 'POST', url: `/api/v1/notifications/${kept?.id}/read` });
    await review('phong.ktht', '9.1', 'verify', 1);
    const verified = await ofKind('xa.namnung', 'value_verified');
    expect(verified.map((n) => n.message.vi)).toEqual(['Xã Nâm Nung: 1 giá trị chỉ tiêu số liệu ngày 30/09/2022 đã được xác minh.']);
    expect(verified[0]?.link).toBe(`/xa/${NAM_NUNG}?ngay=${AS_OF}`);
    // The reviewer's own notice now counts what is left, and stays read.
    const left = (await ofKind('phong.ktht', 'value_review')).find((n) => n.id === kept?.id);
    expect(left).toMatchObject({ read: true, params: { pending: 1 } });

    await review('phong.ktht', '9.2', 'return', 1, 'Thiếu biên bản khảo sát hộ');
    const returned = await ofKind('xa.namnung', 'value_returned');
    expect(returned).toHaveLength(1);
    expect(returned[0]?.message.vi).toBe(
      'Xã Nâm Nung: 1 giá trị chỉ tiêu số liệu ngày 30/09/2022 bị trả lại — 9.2 Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố (lý do: Thiếu biên bản khảo sát hộ).',
    );
    expect(returned[0]?.link).toBe(`/xa/${NAM_NUNG}/nhap-lieu?ngay=${AS_OF}`);
    expectWords(returned[0] as Item);
    // Nothing of the department's criteria waits any more: its notice says so and is read.
    const done = (await ofKind('phong.ktht', 'value_review')).find((n) => n.id === kept?.id);
    expect(done?.read).toBe(true);
    expect(done?.message.vi).toBe('Xã Nâm Nung: không còn giá trị chỉ tiêu nào số liệu ngày 30/09/2022 chờ xác minh.');
    // Phòng Y tế's value still waits; the reviewer is told nothing about their own reviews.
    expect((await ofKind('phong.yte', 'value_review')).find((n) => n.params.asOf === AS_OF)?.params.pending).toBe(1);
    for (const k of ['value_verified', 'value_returned']) expect(await ofKind('phong.ktht', k)).toEqual([]);
    expect(await ofKind('xa.namxuan', 'value_verified')).toEqual([]);

    // A second value verified the same day joins the same notice, unread again, instead of a new one.
    const n0 = await ofKind('xa.namnung', 'value_verified');
    await as('xa.namnung').request({ method: 'POST', url: `/api/v1/notifications/${n0[0]?.id}/read` });
    await review('phong.yte', '15.1', 'verify', 1);
    const n1 = await ofKind('xa.namnung', 'value_verified');
    expect(n1).toHaveLength(1);
    expect(n1[0]).toMatchObject({ id: n0[0]?.id, read: false, params: { count: 2 } });
  });

  it('a returned value entered again is a new hand-off to the reviewer: the kept notice is unread again', async () => {
    await send('xa.namnung', 'PUT', `/api/v1/units/${NAM_NUNG}/values`, { set: SET, asOf: AS_OF, values: { '9.2': 83 } });
    const mine = (await ofKind('phong.ktht', 'value_review')).filter((n) => n.params.asOf === AS_OF);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ read: false, params: { pending: 1, criteria: [9] } });
  });

  it('a plan submitted goes to the leaders, returned and approved to the office that drafted it, once each', async () => {
    await send('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2022/copy', { code: 'krong-no-2023' });
    const plan = async () => (await as('vpntm.krongno').request({ method: 'GET', url: '/api/v1/plans/krong-no-2023' })).json();
    const status = (u: string, to: string, version: number, note?: string) =>
      send(u, 'POST', '/api/v1/plans/krong-no-2023/status', {
        to,
        expectedVersion: version,
        ...(note ? { note } : {}),
        // The copy's items carried from 2022 are not reviewed here (plan-new.test.ts covers that).
        ...(to === 'approved' ? { acknowledgeUnreviewed: true } : {}),
      });
    await status('vpntm.krongno', 'submitted', (await plan()).version);
    const submitted = await ofKind('lanhdao.krongno', 'plan_submitted');
    expect(submitted.map((n) => n.message.vi)).toEqual([
      'Kế hoạch năm 2023 của Ủy ban nhân dân huyện Krông Nô đã được trình, chờ phê duyệt.',
    ]);
    expect(submitted[0]?.link).toBe('/ke-hoach/krong-no-2023');
    expectWords(submitted[0] as Item);
    for (const u of ['vpntm.krongno', 'mttq.krongno', 'xa.namnung']) expect(await ofKind(u, 'plan_submitted')).toEqual([]);

    await status('lanhdao.krongno', 'draft', (await plan()).version, 'Bổ sung nguồn vốn');
    const returned = await ofKind('vpntm.krongno', 'plan_returned');
    expect(returned.map((n) => n.message.vi)).toEqual([
      'Kế hoạch năm 2023 của Ủy ban nhân dân huyện Krông Nô bị trả lại để chỉnh sửa: “Bổ sung nguồn vốn”.',
    ]);
    expect(await ofKind('lanhdao.krongno', 'plan_returned')).toEqual([]);

    await status('vpntm.krongno', 'submitted', (await plan()).version);
    expect(await ofKind('lanhdao.krongno', 'plan_submitted')).toHaveLength(2);
    await status('lanhdao.krongno', 'approved', (await plan()).version);
    const approved = await ofKind('vpntm.krongno', 'plan_approved');
    expect(approved.map((n) => n.message.en)).toEqual(['The 2023 plan of Ủy ban nhân dân huyện Krông Nô was approved.']);
    expect(await ofKind('mttq.krongno', 'plan_approved')).toEqual([]);
  });

  it('a follow-up action goes to the agency it is assigned to, and its overdue deadline once', async () => {
    await send('mttq.krongno', 'POST', `/api/v1/units/${NAM_NUNG}/supervision`, {
      visitedOn: '2022-06-15',
      byKind: 'front',
      byName: 'Ủy ban MTTQ Việt Nam huyện Krông Nô',
      planCode: 'krong-no-2022',
      findings: [{ criterion: 15, finding: 'Tỷ lệ tham gia bảo hiểm y tế thấp' }],
      actions: [
        { text: 'Tuyên truyền vận động người dân tham gia bảo hiểm y tế', owner: 'Phòng Y tế', deadline: '2022-09-30' },
        { text: 'Vận động hỗ trợ xóa nhà tạm', owner: 'UBND xã Nâm Nung', deadline: '2022-09-30' },
      ],
    });
    const assigned = await ofKind('phong.yte', 'supervision_assigned');
    expect(assigned.map((n) => n.message.vi)).toEqual([
      'Việc cần làm sau giám sát tại xã Nâm Nung ngày 15/06/2022: “Tuyên truyền vận động người dân tham gia bảo hiểm y tế” — giao cho Phòng Y tế, hạn 30/09/2022.',
    ]);
    expect(assigned[0]?.link).toBe('/ke-hoach/krong-no-2022?tab=supervision');
    expectWords(assigned[0] as Item);
    expect(await ofKind('phong.ktht', 'supervision_assigned')).toEqual([]);
    expect(await ofKind('mttq.krongno', 'supervision_assigned')).toEqual([]);

    await sweepNotifications(t.ctx);
    await sweepNotifications(t.ctx);
    const overdue = await ofKind('phong.yte', 'supervision_overdue');
    expect(overdue.map((n) => n.message.vi)).toEqual([
      'Việc cần làm sau giám sát tại xã Nâm Nung ngày 15/06/2022: “Tuyên truyền vận động người dân tham gia bảo hiểm y tế” — đã quá hạn ngày 30/09/2022 mà chưa xong.',
    ]);
    // An owner that is no agency's: the district's NTM office sees the deadline pass.
    const office = await ofKind('vpntm.krongno', 'supervision_overdue');
    expect(office.map((n) => n.params.actionText)).toEqual(['Vận động hỗ trợ xóa nhà tạm']);
    expect(await ofKind('phong.ktht', 'supervision_overdue')).toEqual([]);
  });

  it("a progress update goes to the task's lead agency, not to its author", async () => {
    const tasks = (await as('vpntm.krongno').request({ method: 'GET', url: '/api/v1/plans/krong-no-2022/tasks' })).json();
    const iii4 = tasks.items.find((x: { number: string }) => x.number === 'III.4');
    const byOffice = await send('vpntm.krongno', 'POST', '/api/v1/plans/krong-no-2022/tasks/III.4/progress', {
      reportedOn: '2022-07-15',
      status: 'in_progress',
      note: 'Đã giám sát 5 xã',
      expectedVersion: iii4.version,
    });
    const front = await ofKind('mttq.krongno', 'task_update');
    expect(front).toHaveLength(1);
    expect(front[0]?.message.vi).toMatch(
      /^Nhiệm vụ III\.4 “.+” \(Kế hoạch năm 2022 của Ủy ban nhân dân huyện Krông Nô\): Văn phòng NTM huyện Krông Nô \(demo\) báo cáo tiến độ ngày 15\/07\/2022 — đang thực hiện: “Đã giám sát 5 xã”\.$/,
    );
    expect(front[0]?.link).toBe('/ke-hoach/krong-no-2022?tab=tasks');
    expectWords(front[0] as Item);
    expect(await ofKind('vpntm.krongno', 'task_update')).toEqual([]);

    await send('mttq.krongno', 'POST', '/api/v1/plans/krong-no-2022/tasks/III.4/progress', {
      reportedOn: '2022-07-30',
      status: 'done',
      note: 'Đã giám sát 11 xã',
      expectedVersion: byOffice.version,
    });
    expect(await ofKind('mttq.krongno', 'task_update')).toHaveLength(1);
    expect(await ofKind('phong.yte', 'task_update')).toEqual([]);
  });

  it('the same event written twice is one notice', async () => {
    const db = t.database.db;
    const user = await db.selectFrom('appUser').select('id').where('username', '=', 'phong.yte').executeTakeFirstOrThrow();
    const n: Notice = {
      userIds: [user.id, user.id],
      kind: 'plan_approved',
      subjectId: 'ke-hoach-thu',
      eventKey: 'v9',
      params: { planYear: 2030, authority: 'Ủy ban nhân dân huyện Krông Nô' },
      link: '/ke-hoach/ke-hoach-thu',
    };
    for (let i = 0; i < 2; i++) await db.transaction().execute((trx) => notify(t.ctx, trx, [n, n]));
    expect(await ofKind('phong.yte', 'plan_approved')).toHaveLength(1);
  });

  it('marks all read at once, and nobody else can read or mark them', async () => {
    expect((await notices('xa.namnung')).unread).toBeGreaterThan(0);
    const r = await send('xa.namnung', 'POST', '/api/v1/notifications/read-all', {});
    expect(r.marked).toBeGreaterThan(0);
    expect((await notices('xa.namnung')).unread).toBe(0);
    const theirs = (await notices('phong.yte')).items[0] as Item;
    const other = await as('xa.namnung').request({ method: 'POST', url: `/api/v1/notifications/${theirs.id}/read` });
    expect(other.statusCode).toBe(404);
    expect(((await notices('phong.yte')).items[0] as Item).read).toBe(theirs.read);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/notifications' });
    expect(anonymous.statusCode).toBe(401);
  });
});
