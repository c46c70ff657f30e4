/**
 * The document routes over HTTP on each database: each download opens and says what the data says,
 * the import takes the exported sheet back (also as a stream of stages), and the rights are those of
 * reading and entering values in the chosen area.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFO_SHEET, VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { docxParagraphs, docxParts } from '../documents/docx-text.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart } from '../support/multipart.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(DIALECTS)('document routes on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
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

  it('downloads the 2022 plan as .docx, with the start-of-year counts', async () => {
    const r = await office.request({ method: 'GET', url: '/api/v1/documents/plan.docx?unit=664&year=2022' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe(DOCX);
    expect(r.headers['content-disposition']).toContain('ke-hoach-krong-no-2022.docx');
    const paras = await docxParagraphs(r.rawPayload);
    expect(paras).toContain('Nguyễn Xuân Danh');
    expect(paras.slice(paras.indexOf('PHỤ LỤC I: MỤC TIÊU CỦA TỪNG XÃ NĂM 2022'))).toContain('Đạt đầu năm');
  });

  it('says there is no plan for a year without one', async () => {
    const r = await office.request({ method: 'GET', url: '/api/v1/documents/plan.docx?unit=664&year=2024' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('plan.not_found');
  });

  it('downloads the quarterly report with its tables and chart', async () => {
    const r = await office.request({ method: 'GET', url: '/api/v1/documents/report.docx?unit=664&period=quarter&year=2022&index=2' });
    expect(r.statusCode, r.body).toBe(200);
    const paras = await docxParagraphs(r.rawPayload);
    const text = paras.join('\n');
    expect(text).toContain('quý II năm 2022');
    expect(text).toContain('từ ngày 01/04/2022 đến ngày 30/06/2022');
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA KẾ HOẠCH');
    expect(paras).toContain('Nâm Nung');
    expect(text).toContain('Tổng số 25 nhiệm vụ');
    expect((await docxParts(r.rawPayload)).some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
  });

  it('downloads the board and the plan progress as .xlsx', async () => {
    const b = await office.request({ method: 'GET', url: '/api/v1/documents/board.xlsx?unit=664&asOf=2021-12-31' });
    expect(b.statusCode, b.body).toBe(200);
    expect(b.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell('C2').value).toBe('TC 1');
    expect(ws.rowCount).toBe(3 + 11 + 1);
    const p = await office.request({ method: 'GET', url: '/api/v1/documents/plan.xlsx?unit=664&year=2022&asOf=2022-06-30' });
    expect(p.statusCode, p.body).toBe(200);
    const pw = new ExcelJS.Workbook();
    await pw.xlsx.load(p.rawPayload as unknown as ArrayBuffer);
    expect(pw.getWorksheet('Nhiệm vụ')?.rowCount).toBe(26);
    expect(pw.getWorksheet('Mục tiêu')?.rowCount).toBe(12);
  });

  it('imports the exported values sheet back, and streams its stages on request', async () => {
    const v = await office.request({ method: 'GET', url: '/api/v1/documents/values.xlsx?unit=664&asOf=2021-12-31' });
    expect(v.statusCode, v.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(v.rawPayload as unknown as ArrayBuffer);
    (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = '31/03/2022';
    const edited = (wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet).getCell('E5');
    edited.value = Number(edited.value) - 1;
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const m = multipart({}, { name: 'gia-tri.xlsx', content: file });
    const dry = await office.request({ method: 'POST', url: '/api/v1/imports/values?unit=664&dryRun=1', ...m });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, written: 1, changed: 1, unchanged: 604, acceptedRows: 11 });
    const m2 = multipart({}, { name: 'gia-tri.xlsx', content: file });
    const r = await office.request({ method: 'POST', url: '/api/v1/imports/values?unit=664&progress=1', ...m2 });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/x-ndjson');
    const lines = r.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.stage).filter(Boolean)).toEqual(expect.arrayContaining(['check', 'read', 'write', 'done']));
    expect(lines.at(-1).result).toMatchObject({ acceptedRows: 11, asOf: '2022-03-31' });
    expect(lines.at(-1).result).toMatchObject({ written: 1, changed: 1, conflicts: 0 });
  });

  it('reports a refused file in the stream and as a 422 with the cells', async () => {
    const m = multipart({}, { name: 'bang.xlsx', content: Buffer.from('không phải bảng tính') });
    const r = await office.request({ method: 'POST', url: '/api/v1/imports/values?unit=664', ...m });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('import.not_spreadsheet');
    const m2 = multipart({}, { name: 'bang.xlsx', content: Buffer.from('không phải bảng tính') });
    const s = await office.request({ method: 'POST', url: '/api/v1/imports/values?unit=664&progress=1', ...m2 });
    expect(JSON.parse(s.body.trim().split('\n').at(-1) as string).error.code).toBe('import.not_spreadsheet');
  });

  it('lets a commune officer import only into their commune, and a leader not at all', async () => {
    const officer = await signIn(app, 'xa.namnung');
    const m = multipart({}, { name: 'x.xlsx', content: Buffer.from('x') });
    expect((await officer.request({ method: 'POST', url: '/api/v1/imports/values?unit=664', ...m })).statusCode).toBe(403);
    const leader = await signIn(app, 'lanhdao.krongno');
    const m2 = multipart({}, { name: 'x.xlsx', content: Buffer.from('x') });
    expect((await leader.request({ method: 'POST', url: '/api/v1/imports/values?unit=664', ...m2 })).statusCode).toBe(403);
    expect((await leader.request({ method: 'GET', url: '/api/v1/documents/board.xlsx?unit=664&asOf=2021-12-31' })).statusCode).toBe(200);
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const p of ['plan.docx', 'plan.xlsx', 'board.xlsx', 'values.xlsx', 'report.docx'])
      expect(doc.paths[`/api/v1/documents/${p}`]).toBeDefined();
    expect(doc.paths['/api/v1/imports/values'].post).toBeDefined();
  });
});
