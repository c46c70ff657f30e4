/**
 * Old values said as old, over HTTP on each database: on the Krông Nô demo (values of 31/12/2021, 2022,
 * 2023) a board at a year end is unchanged, a board later (30/06/2025) shows every criterion "chưa cập
 * nhật" with its values' date, and so do the commune, the criterion view, the sheets and the report.
 * Values the system loaded say the date they stand for; task dates outside the plan's year are warned of.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('old values and outdated criteria on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  const get = async (url: string) => {
    const r = await office.request({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('at a year end nothing is old: the real totals stand and no criterion is outdated', async () => {
    for (const [asOf, total, avg] of [
      ['2022-12-31', 164, 14.91],
      ['2023-12-31', 189, 17.18],
    ] as const) {
      const b = await get(`/api/v1/board?unit=664&asOf=${asOf}`);
      expect(b.summary.totalMet).toBe(total);
      expect(b.summary.averageMet).toBe(avg);
      expect(b.summary.totalOutdated).toBe(0);
      expect(
        b.rows.every((r: { stale: boolean[]; valueDates: string[] }) => r.stale.every((s) => !s) && r.valueDates.every((d) => d === asOf)),
      ).toBe(true);
    }
  });

  it('on 30/06/2025 every criterion rests on 2023 values: "outdated" with the date, none met, none not met', async () => {
    const b = await get('/api/v1/board?unit=664&asOf=2025-06-30');
    expect(b.summary).toMatchObject({ communes: 11, totalMet: 0, averageMet: 0, totalOutdated: 209, outdatedCommunes: 11 });
    expect(b.summary.perCriterion[0]).toEqual({ met: 0, notMet: 0, incomplete: 0, outdated: 11 });
    const namNung = b.rows.find((r: { unitCode: string }) => r.unitCode === '24703');
    expect(namNung.criteria.every((s: string) => s === 'outdated')).toBe(true);
    expect(namNung.valueDates.every((d: string) => d === '2023-12-31')).toBe(true);
    expect(namNung).toMatchObject({ metCount: 0, outdatedCount: 19, tier: null });
    // what the 2023 values gave is kept beside each outdated cell (not counted): criterion by criterion as on
    // 31/12/2023, except where a threshold of 2025 differs from 2023's (income)
    const end2023 = (await get('/api/v1/board?unit=664&asOf=2023-12-31')).rows.find((r: { unitCode: string }) => r.unitCode === '24703');
    expect(end2023.lastKnown.every((x: unknown) => x === null)).toBe(true);
    const differs = namNung.lastKnown.flatMap((x: string, i: number) => (x === end2023.criteria[i] ? [] : [i + 1]));
    expect(differs.filter((n: number) => n !== 10)).toEqual([]);
    expect(b.rows.every((r: { lastKnown: unknown[] }) => r.lastKnown.every((x) => x !== null))).toBe(true);
  });

  it('the commune and the criterion view say the same, per indicator with the value date', async () => {
    const e = (await get('/api/v1/units/24703/evaluation?asOf=2025-06-30')).evaluation;
    expect(e).toMatchObject({ metCount: 0, notMetCount: 0, outdatedCount: 19, tierReached: null });
    expect(e.criteria[0]).toMatchObject({ status: 'outdated', statusLabel: 'Chưa cập nhật', valueDate: '2023-12-31', stale: true });
    expect(e.criteria[0].indicators[0]).toMatchObject({ valueDate: '2023-12-31', stale: true });
    const atEnd = (await get('/api/v1/units/24703/evaluation?asOf=2023-12-31')).evaluation;
    expect(atEnd).toMatchObject({ metCount: 19, outdatedCount: 0, tierReached: 'ntm' });
    expect(atEnd.criteria[0]).toMatchObject({ stale: false, valueDate: '2023-12-31' });
    const c = await get('/api/v1/board/criteria/5?unit=664&asOf=2025-06-30');
    expect(c.rows.map((r: { status: string }) => r.status)).toEqual(new Array(11).fill('outdated'));
    expect(c.rows[0]).toMatchObject({ valueDate: '2023-12-31' });
    expect(c.rows[0].indicators[0]).toMatchObject({ valueDate: '2023-12-31', stale: true });
  });

  it('a criterion with one current value is judged, its older values still marked old', async () => {
    const e0 = await get('/api/v1/units/24703/evaluation?asOf=2025-06-30');
    const ind = e0.evaluation.criteria[0].indicators[0];
    const put = await office.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: e0.evaluation.set.code, asOf: '2025-03-31', values: { [ind.code]: ind.value } },
    });
    expect(put.statusCode, put.body).toBe(200);
    const e = (await get('/api/v1/units/24703/evaluation?asOf=2025-06-30')).evaluation;
    expect(e.outdatedCount).toBe(18);
    expect(e.criteria[0].status).not.toBe('outdated');
    expect(e.criteria[0].indicators[0]).toMatchObject({ valueDate: '2025-03-31', stale: false });
    if (e.criteria[0].indicators.length > 1) expect(e.criteria[0].indicators[1]).toMatchObject({ stale: true });
    expect(e.criteria[0]).toMatchObject({ stale: e.criteria[0].indicators.length > 1 });
    const b = await get('/api/v1/board?unit=664&asOf=2025-06-30');
    expect(b.summary.totalOutdated).toBe(208);
  });

  it('values the system loaded say so, and the date they stand for', async () => {
    const e = await get('/api/v1/units/24703/evaluation?asOf=2021-12-31');
    expect(e.recorded.length).toBeGreaterThan(40);
    expect(e.recorded.every((r: { loadedBySystem: boolean; asOf: string }) => r.loadedBySystem && r.asOf === '2021-12-31')).toBe(true);
  });

  it('the values sheet notes old values with their date; the report says what is not updated', async () => {
    const r = await office.request({ method: 'GET', url: '/api/v1/documents/values.xlsx?unit=664&asOf=2025-06-30' });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const results = wb.getWorksheet('Kết quả') as ExcelJS.Worksheet;
    expect(results.getRow(1).getCell(8).value).toBe('Ngày số liệu');
    const dated = results.getRow(2);
    expect(dated.getCell(8).value).toBe('31/12/2023');
    expect(String(dated.getCell(9).value)).toBe('Số liệu cũ: ngày 31/12/2023, chưa cập nhật cho năm 2025');
    const values = wb.getWorksheet('Giá trị') as ExcelJS.Worksheet;
    const noted = values.getRow(4).getCell(3);
    expect(String(noted.note && typeof noted.note === 'object' ? noted.note.texts?.map((x) => x.text).join('') : noted.note)).toMatch(
      /ngày 31\/12\/2023/,
    );
    const rep = await office.request({ method: 'GET', url: '/api/v1/documents/report.docx?unit=664&period=half&year=2025&index=1' });
    expect(rep.statusCode, rep.body).toBe(200);
    const text = (await docxParagraphs(rep.rawPayload)).join('\n');
    expect(text).toMatch(/Có 208 tiêu chí ở 11 xã chưa cập nhật: chỉ có số liệu của năm trước năm 2025/);
    expect(text).toMatch(/\(chưa cập nhật, số liệu ngày 31\/12\/2023\)/);
  });

  it('a task due or reported outside the plan year is a finding naming the task and the date', async () => {
    const list = await get('/api/v1/plans/krong-no-2022/tasks');
    const task = list.items.find((x: { number: string }) => x.number === 'III.2');
    const edit = await office.request({
      method: 'PATCH',
      url: '/api/v1/plans/krong-no-2022/tasks/III.2',
      payload: { deadline: '2032-06-30', expectedVersion: task.version },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const report = await office.request({
      method: 'POST',
      url: '/api/v1/plans/krong-no-2022/tasks/III.2/progress',
      payload: { reportedOn: '2023-01-05', status: 'in_progress', note: 'Báo cáo muộn', expectedVersion: edit.json().version },
    });
    expect(report.statusCode, report.body).toBe(200);
    const f = (await get('/api/v1/plans/krong-no-2022/findings')).findings;
    const deadline = f.find((x: { code: string }) => x.code === 'task.deadline_outside_year');
    expect(deadline).toMatchObject({
      severity: 'warning',
      message: 'Nhiệm vụ III.2 có thời hạn 30/06/2032, ngoài năm kế hoạch 2022.',
      messageEn: "Task III.2 is due on 30/06/2032, outside the plan's year 2022.",
    });
    const progress = f.find((x: { code: string }) => x.code === 'task.progress_outside_year');
    expect(progress.message).toBe('Tiến độ nhiệm vụ III.2 được báo cáo ngày 05/01/2023, ngoài năm kế hoạch 2022.');
  });
});
