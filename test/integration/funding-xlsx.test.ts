/**
 * The allocation plan workbook round trip on both databases, through the routes: exported then
 * re-imported unchanged is "0 thay đổi" and writes nothing (versions and audit rows unchanged); one
 * amount edited is 1 changed; a bad cell names its sheet, row and column and nothing is written; an
 * approved plan is refused with the advice to adjust it. The progress and debt workbooks carry the figures.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationRepository } from '../../src/db/repositories/allocation.repository.js';
import { PLAN_SHEET, planColumn } from '../../src/documents/funding/allocation-xlsx.js';
import { DEBT_COMMUNES_SHEET } from '../../src/documents/funding/debt-xlsx.js';
import { BY_SOURCE_SHEET, ENTRIES_SHEET, entryColumn } from '../../src/documents/funding/progress-xlsx.js';
import { ancestorsOf } from '../../src/services/access.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { createAllocation, saveLines } from '../../src/services/funding/allocation.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { seedFundingFixture } from '../support/funding-fixture.js';
import { multipart } from '../support/multipart.js';

const M = 1_000_000;

describe.each(DIALECTS)('funding workbooks on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  let ids: Awaited<ReturnType<typeof seedFundingFixture>>;
  /** The 2023 draft, written through the allocation service (no payments yet, as a draft has none). */
  let draftId: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
    ids = await seedFundingFixture(t.database.db);
    const draft = await createAllocation(t.ctx, { unitCode: '664', year: 2023 });
    // saveLines reads the communes' ancestors through the read cache inside its transaction: warm it (SQLite has one connection).
    for (const c of ['24703', '24694']) await ancestorsOf(t.ctx, c);
    draftId = draft.id;
    await saveLines(t.ctx, {
      allocationId: draft.id,
      version: draft.version,
      lines: [
        { sourceCode: 'nstw.dtpt', communeCode: '24703', setCode: 'qd318-ntm-2021-2025', criterionNumber: 5, amount: 2_000 * M },
        { sourceCode: 'nsdp.huyen', communeCode: '24694', amount: 500 * M },
        { sourceCode: 'cong-dong.quy-doi', amount: 100 * M, note: 'Ngày công quy đổi' },
      ],
    });
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
  });
  afterAll(async () => {
    await app?.close();
    await t.close();
  });

  const setStatus = (status: string) => sql`update allocation set status = ${status} where id = ${draftId}`.execute(t.database.db);
  const counts = async () => {
    const a = await sql<{ n: unknown }>`select count(*) as n from audit_event`.execute(t.database.db);
    const v = await sql<{ s: unknown }>`select sum(version) as s from allocation_line where allocation_id = ${draftId}`.execute(
      t.database.db,
    );
    return { audit: Number(a.rows[0]?.n), versions: Number(v.rows[0]?.s) };
  };
  const download = async (url: string) => {
    const r = await office.request({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    return wb;
  };
  const upload = async (wb: ExcelJS.Workbook, mode: 'preview' | 'apply') => {
    const body = multipart({}, { name: 'ke-hoach.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    return office.request({
      method: 'POST',
      url: `/api/v1/units/664/funding/allocations/2023/import?mode=${mode}`,
      payload: body.payload,
      headers: body.headers,
    });
  };

  it('exports the plan with one row per original line, amounts in đồng', async () => {
    const wb = await download('/api/v1/units/664/funding/allocations/2022.xlsx?asOf=2022-12-31');
    const ws = wb.getWorksheet(PLAN_SHEET) as ExcelJS.Worksheet;
    const amounts: number[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      if (ws.getCell(r, planColumn('source')).value) amounts.push(Number(ws.getCell(r, planColumn('amount')).value));
    }
    expect(amounts.sort((a, b) => a - b)).toEqual([100 * M, 500 * M, 2_000 * M]);
  });

  it('re-imported unchanged: "0 thay đổi", nothing written', async () => {
    const wb = await download('/api/v1/units/664/funding/allocations/2023.xlsx');
    const before = await counts();
    const r = await upload(wb, 'apply');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ applied: false, changed: 0, added: 0, removed: 0, unchanged: 3 });
    expect(r.json().summary).toEqual({ vi: '0 thay đổi', en: '0 changed' });
    expect(await counts()).toEqual(before);
  });

  it('a bad cell is refused at its sheet, row and column, and nothing is written', async () => {
    const wb = await download('/api/v1/units/664/funding/allocations/2023.xlsx');
    const ws = wb.getWorksheet(PLAN_SHEET) as ExcelJS.Worksheet;
    ws.getCell(2, planColumn('amount')).value = 'nhiều';
    ws.getCell(3, planColumn('amount')).value = 1;
    const before = await counts();
    const r = await upload(wb, 'apply');
    expect(r.statusCode).toBe(422);
    const issues = r.json().error.details.issues as { cell: string; vi: string; en: string }[];
    expect(issues.map((i) => i.cell)).toEqual(['Kế hoạch vốn!K2']);
    expect(issues[0]?.vi).toContain('số nguyên');
    expect(await counts()).toEqual(before);
  });

  it('one amount edited: preview says 1 changed and writes nothing; apply writes it (the plan total moves by the edit)', async () => {
    const wb = await download('/api/v1/units/664/funding/allocations/2023.xlsx');
    const ws = wb.getWorksheet(PLAN_SHEET) as ExcelJS.Worksheet;
    let row = 0;
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, planColumn('amount')).value === 500 * M) row = r;
    ws.getCell(row, planColumn('amount')).value = 650 * M;
    const before = await counts();
    const p = await upload(wb, 'preview');
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toMatchObject({ applied: false, changed: 1, added: 0, removed: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
    const linesBefore = await allocationRepository.lines(t.database.db, draftId);
    const a = await upload(wb, 'apply');
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({ applied: true, changed: 1 });
    // Only the edited line is rewritten: the others keep their ids and versions (an earlier export stays valid).
    const linesAfter = await allocationRepository.lines(t.database.db, draftId);
    const moved = linesAfter.filter((l) => !linesBefore.some((b) => b.id === l.id && b.version === l.version));
    expect(linesAfter.map((l) => l.id).sort()).toEqual(linesBefore.map((l) => l.id).sort());
    expect(moved.map((l) => l.amount)).toEqual([650 * M]);
    const d = await office.request({ method: 'GET', url: '/api/v1/units/664/funding/dashboard?year=2023&asOf=2023-12-31' });
    expect(d.json().total.planned).toBe(2_750 * M);
  });

  it('an approved plan is refused with the advice to adjust it', async () => {
    await setStatus('approved');
    expect(ids.allocationId).toBeTruthy();
    const wb = await download('/api/v1/units/664/funding/allocations/2023.xlsx');
    const r = await upload(wb, 'apply');
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().error.code).toBe('fundboard.plan_not_draft');
    expect(r.json().error.message.vi).toContain('lập điều chỉnh');
  });

  it('the progress and debt workbooks carry the dashboard figures', async () => {
    const p = await download('/api/v1/units/664/funding/disbursements/2022.xlsx?asOf=2022-12-31');
    const src = p.getWorksheet(BY_SOURCE_SHEET) as ExcelJS.Worksheet;
    expect(src.getCell(2, 1).value).toBe('TỔNG SỐ');
    expect(src.getCell(2, 3).value).toBe(1_350 * M);
    const d = await download('/api/v1/units/664/funding/debt.xlsx?asOf=2022-12-31');
    const c = d.getWorksheet(DEBT_COMMUNES_SHEET) as ExcelJS.Worksheet;
    const debts = [c.getCell(2, 3).value, c.getCell(3, 3).value];
    expect(debts).toEqual([450 * M, 300 * M]);
  });

  it('disbursement entries: unchanged = 0 changed, an edited entry refused at its cell, a new row recorded', async () => {
    const url = '/api/v1/units/664/funding/disbursements/2022.xlsx?asOf=2022-12-31';
    const send = async (wb: ExcelJS.Workbook, mode: 'preview' | 'apply') => {
      const body = multipart({}, { name: 'giai-ngan.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
      return office.request({
        method: 'POST',
        url: `/api/v1/units/664/funding/disbursements/2022/import?mode=${mode}`,
        payload: body.payload,
        headers: body.headers,
      });
    };
    const before = await counts();
    const same = await send(await download(url), 'apply');
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ unchanged: 4, added: 0, written: 0, summary: { vi: '0 thay đổi', en: '0 changed' } });
    expect(await counts()).toEqual(before);

    const edited = await download(url);
    const ws = edited.getWorksheet(ENTRIES_SHEET) as ExcelJS.Worksheet;
    ws.getCell(2, entryColumn('amount')).value = 1;
    const refused = await send(edited, 'apply');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.issues.map((i: { cell: string }) => i.cell)).toEqual(['Chứng từ giải ngân!F2']);
    expect(refused.json().error.details.issues[0].vi).toContain('điều chỉnh giảm');

    // Two new rows, the second over its line's plan: refused at its row, and the first is not written either.
    const overPlan = await download(url);
    const os = overPlan.getWorksheet(ENTRIES_SHEET) as ExcelJS.Worksheet;
    os.addRow([ids.lines.l2, null, null, null, '01/12/2022', 100 * M, 'UNC 97', null, null, null]);
    os.addRow([ids.lines.l2, null, null, null, '02/12/2022', 1_000_000 * M, 'UNC 98', null, null, null]);
    const beforeOver = await counts();
    const over = await send(overPlan, 'apply');
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json().error.details.issues.map((i: { cell: string }) => i.cell)).toEqual([`Chứng từ giải ngân!F${os.rowCount}`]);
    expect(await counts()).toEqual(beforeOver);

    const added = await download(url);
    const es = added.getWorksheet(ENTRIES_SHEET) as ExcelJS.Worksheet;
    es.addRow([ids.lines.l2, null, null, null, '01/12/2022', 100 * M, 'UNC 99', null, null, null]);
    const preview = await send(added, 'preview');
    expect(preview.json()).toMatchObject({ added: 1, written: 0, unchanged: 4 });
    const apply = await send(added, 'apply');
    expect(apply.statusCode, apply.body).toBe(200);
    expect(apply.json()).toMatchObject({ added: 1, written: 1 });
    const d = await office.request({ method: 'GET', url: '/api/v1/units/664/funding/dashboard?year=2022&asOf=2022-12-31' });
    expect(d.json().total.paid).toBe(1_450 * M);
  });
});
