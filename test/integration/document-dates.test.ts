/**
 * A report bears the issue date the user picks (default: the period's last day), never the day it is
 * generated, over HTTP and from the CLI; a year report issued after the year end counts the targets not
 * met as missed; bad issue dates are refused with the place and a Vietnamese message. The values sheet
 * says when it was exported as dd/mm/yyyy HH:mm, Vietnam time, and the import still reads the instant.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/documents.command.js';
import { INFO_SHEET } from '../../src/documents/values-xlsx.js';
import { readHead } from '../../src/documents/values-xlsx-reader.js';
import { placeAndDateVi } from '../../src/domain/plan/plan-document.schema.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valuesXlsxFile } from '../../src/services/document.service.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const counts = (paras: string[]) => paras.find((p) => p.startsWith('Trong 11 mục tiêu của các xã:'));

describe('the issue date of a document (Nghị định 30)', () => {
  it('writes a day below 10 and the months 1 and 2 with a leading zero', () => {
    expect(placeAndDateVi('Krông Nô', { year: 2023, month: 1, day: 5 })).toBe('Krông Nô, ngày 05 tháng 01 năm 2023');
    expect(placeAndDateVi('Krông Nô', { year: 2023, month: 2, day: 28 })).toBe('Krông Nô, ngày 28 tháng 02 năm 2023');
    expect(placeAndDateVi('Krông Nô', { year: 2023, month: 3, day: 1 })).toBe('Krông Nô, ngày 01 tháng 3 năm 2023');
  });
});

describe.each(DIALECTS)('report issue dates on %s', (dialect) => {
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

  const get = async (query: string) => {
    const r = await office.request({ method: 'GET', url: `/api/v1/documents/report.docx?unit=664&${query}` });
    expect(r.statusCode, r.body).toBe(200);
    return docxParagraphs(r.rawPayload);
  };

  it('dates a report by the last day of its period unless told otherwise', async () => {
    const q = await get('period=quarter&year=2022&index=2');
    expect(q).toContain('Krông Nô, ngày 30 tháng 6 năm 2022');
    expect(q.join('\n')).toContain('Đến ngày 30/06/2022');
    const y = await get('period=year&year=2022');
    expect(y).toContain('Krông Nô, ngày 31 tháng 12 năm 2022');
    expect(counts(y)).toMatch(/ 0 không đạt\.$/);
  });

  it('counts the targets not met as missed in a year report issued after the year end', async () => {
    const y = await get('period=year&year=2022&issuedOn=2023-01-15');
    expect(y).toContain('Krông Nô, ngày 15 tháng 01 năm 2023');
    expect(y.join('\n')).toContain('Đến ngày 31/12/2022');
    expect(counts(y)).toBe('Trong 11 mục tiêu của các xã: 3 đã đạt, 0 đúng tiến độ, 0 có nguy cơ không đạt, 8 không đạt.');
  });

  it('reports as of the issue date when it comes before the period ends', async () => {
    const q = await get('period=year&year=2022&issuedOn=2022-10-10');
    expect(q).toContain('Krông Nô, ngày 10 tháng 10 năm 2022');
    expect(q.join('\n')).toContain('Đến ngày 10/10/2022');
  });

  it('refuses an issue date before the period, or one that is no date, saying where', async () => {
    const early = await office.request({
      method: 'GET',
      url: '/api/v1/documents/report.docx?unit=664&period=year&year=2022&issuedOn=2021-12-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({
      code: 'report.bad_issue_date',
      message: { vi: 'Ngày ban hành 31/12/2021 trước ngày đầu kỳ báo cáo (01/01/2022)' },
      issues: [{ path: 'issuedOn' }],
    });
    const bad = await office.request({
      method: 'GET',
      url: '/api/v1/documents/report.docx?unit=664&period=year&year=2022&issuedOn=2023-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.issues)).toContain('issuedOn');
  });

  it('takes the issue date from the CLI as --issued-on dd/mm/yyyy', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ntm-issued-')), 'bao-cao.docx');
    await exportCommand(t.ctx, ['docx', 'report'], { period: 'half', year: '2022', index: '2', 'issued-on': '05/01/2023', out });
    expect(await docxParagraphs(await readFile(out))).toContain('Krông Nô, ngày 05 tháng 01 năm 2023');
    await expect(
      exportCommand(t.ctx, ['docx', 'report'], { period: 'year', year: '2022', 'issued-on': '31/02/2023', out }),
    ).rejects.toMatchObject({ code: 'cli.usage' });
  });

  it('says when the values sheet was exported in Vietnam time, and the import reads the exact instant back', async () => {
    const ctx = { ...t.ctx, now: () => '2026-12-01T22:47:31.250Z' };
    const { buffer } = await valuesXlsxFile(ctx, { unitCode: '664', asOf: '2021-12-31' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const info = wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet;
    const row = info.getRow(4);
    // A date cell shown dd/mm/yyyy hh:mm holding the Vietnam wall time; read back to the millisecond.
    expect(row.getCell(1).value).toBe('Xuất lúc');
    expect(row.getCell(2).value).toEqual(new Date('2026-12-02T05:47:31.250Z'));
    expect(row.getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(readHead(wb).exportedAt).toBe('2026-12-01T22:47:31.250Z');
    // A file retyped by hand holds the shown text: its minute is read as Vietnam time.
    row.getCell(2).value = '02/12/2026 05:47';
    expect(readHead(wb).exportedAt).toBe('2026-12-01T22:47:00.000Z');
  });
});
