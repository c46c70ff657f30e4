/**
 * The commune's self-assessment report from its data, on each database: Nâm Nung on 31/12/2022 from the
 * demo (17/19, illustrative), a value the commune typed but nobody verified printed as a claim and not
 * counted, evidence listed with its date; the download over HTTP with its errors, and the CLI export.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/documents.command.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { uploadEvidence } from '../../src/services/evidence.service.js';
import { buildSelfAssessmentInput } from '../../src/services/recognition-docs/self-assessment.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { createEvidenceStore } from '../../src/storage/evidence-store.js';
import { docxParagraphs } from '../documents/docx-text.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { PDF } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';
const NAM_NUNG = '24703';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(DIALECTS)('the self-assessment report on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    const store = createEvidenceStore(await mkdtemp(join(tmpdir(), 'ntm-selfassess-')));
    await uploadEvidence(t.ctx, store, {
      unitCode: NAM_NUNG,
      setCode: SET,
      indicatorCode: '2.1',
      asOf: '2022-12-31',
      fileName: 'bien-ban-nghiem-thu-duong-xa.pdf',
      content: PDF,
    });
    // Typed by the commune in 2023, not verified: it replaces the verified 2022 value of 1.1 from that day.
    await recordValues(t.ctx, { unitCode: NAM_NUNG, setCode: SET, asOf: '2023-03-01', values: { '1.1': true } });
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('writes Nâm Nung on 31/12/2022 from the verified demo values: 17/19, demo, criteria 17 and 18 not met', async () => {
    const input = await buildSelfAssessmentInput(t.ctx, NAM_NUNG, '2022-12-31', 'ntm');
    expect(input).toMatchObject({ unitName: 'Nâm Nung', asOf: '2022-12-31', year: 2022, metCount: 17, totalCount: 19, demo: true });
    expect(input.issuer).toEqual({
      bodyName: 'Ủy ban nhân dân xã Nâm Nung',
      parentBodyName: null,
      place: 'Nâm Nung',
      documentNumber: null,
      date: '2022-12-31',
    });
    expect(input.criteria.filter((c) => c.result !== 'met').map((c) => [c.code, c.resultLabel])).toEqual([
      ['17', 'Chưa đạt'],
      ['18', 'Chưa đạt'],
    ]);
    const road = input.criteria[1]?.indicators[0];
    expect(road).toMatchObject({
      code: '2.1',
      value: '100%',
      resultLabel: 'Đạt',
      evidence: ['bien-ban-nghiem-thu-duong-xa.pdf (31/12/2022)'],
    });
  });

  it('prints a value nobody verified as the commune claims it, and does not count its criterion as met', async () => {
    const input = await buildSelfAssessmentInput(t.ctx, NAM_NUNG, '2023-03-01', 'ntm');
    const planning = input.criteria[0];
    expect(planning?.result).toBe('incomplete');
    expect(planning?.resultLabel).toBe('Chờ xác minh');
    expect(planning?.indicators[0]).toMatchObject({
      code: '1.1',
      value: 'Đạt (xã tự đánh giá, chưa xác minh)',
      resultLabel: 'Chưa xác minh',
    });
    // Its 2022 values are in force and say their date; the road evidence is of their date, so still listed.
    expect(input.criteria[1]?.indicators[0]).toMatchObject({
      value: '100% (số liệu ngày 31/12/2022)',
      evidence: ['bien-ban-nghiem-thu-duong-xa.pdf (31/12/2022)'],
    });
    const before = await buildSelfAssessmentInput(t.ctx, NAM_NUNG, '2022-12-31', 'ntm');
    expect(input.metCount).toBe(before.metCount - 1);
  });

  it('downloads the report over HTTP for a reader of the commune', async () => {
    const r = await office.request({
      method: 'GET',
      url: `/api/v1/units/${NAM_NUNG}/self-assessment.docx?date=2022-12-31&tier=ntm&issuedOn=2023-06-12`,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe(DOCX);
    expect(r.headers['content-disposition']).toContain('bao-cao-ket-qua-24703-ntm-2022-12-31.docx');
    const p = await docxParagraphs(r.rawPayload);
    expect(p).toContain('Nâm Nung, ngày 12 tháng 6 năm 2023');
    expect(p).toContain('Đến ngày 31/12/2022, xã Nâm Nung đạt 17/19 tiêu chí nông thôn mới; 2 tiêu chí chưa đạt.');
    expect(p).toContain('bien-ban-nghiem-thu-duong-xa.pdf (31/12/2022)');
  });

  it('says what is wrong: no date, not a commune, a tier the commune has no set of, a unit outside the reader', async () => {
    const noDate = await office.request({ method: 'GET', url: `/api/v1/units/${NAM_NUNG}/self-assessment.docx` });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.issues.map((i: { path: string }) => i.path)).toContain('querystring.date');
    const district = await office.request({ method: 'GET', url: '/api/v1/units/664/self-assessment.docx?date=2022-12-31' });
    expect(district.statusCode).toBe(422);
    expect(district.json().error.code).toBe('recognition_doc.not_a_commune');
    expect(district.json().error.message.vi).toContain('không phải là xã');
    const tier = await office.request({ method: 'GET', url: `/api/v1/units/${NAM_NUNG}/self-assessment.docx?date=2022-12-31&tier=modern` });
    expect(tier.statusCode).toBe(422);
    expect(tier.json().error).toMatchObject({ code: 'evaluation.no_criteria_set', issues: [{ path: 'tier', message: 'modern' }] });
    const other = await signIn(app, 'xa.namnung');
    const outside = await other.request({ method: 'GET', url: '/api/v1/units/24692/self-assessment.docx?date=2022-12-31' });
    expect(outside.statusCode).toBe(403);
  });

  it('exports the same report from the CLI, and asks for the date rather than guessing it', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'ntm-selfassess-cli-')), 'bao-cao.docx');
    const said = await exportCommand(t.ctx, ['docx', 'self-assessment'], { unit: NAM_NUNG, 'as-of': '31/12/2022', out });
    expect(said).toContain(out);
    expect(await docxParagraphs(await readFile(out))).toContain('Kết quả thực hiện xây dựng nông thôn mới của xã Nâm Nung năm 2022');
    await expect(exportCommand(t.ctx, ['docx', 'self-assessment'], { unit: NAM_NUNG })).rejects.toThrow(/--as-of/u);
  });
});
