/**
 * Importing the official list of administrative units on each database: the dry run reports the
 * changes and writes nothing, the import writes exactly them with audit rows, bad rows are located
 * at their cell and nothing is written, a second import changes nothing, CSV reads with and without
 * BOM, and only the administrator may import (CLI as system, API as admin.demo).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsCommand } from '../../src/cli/commands/units.command.js';
import type { AppError } from '../../src/domain/errors.js';
import { loadAuditNames } from '../../src/services/audit/audit-names.js';
import { presentAuditEvent } from '../../src/services/audit/audit-presenter.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { importUnits } from '../../src/services/unit-import.service.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { multipart } from '../support/multipart.js';

const HEADER = ['Mã', 'Tên', 'Cấp', 'Mã cấp trên', 'Hiệu lực từ', 'Hiệu lực đến', 'Đơn vị kế tiếp', 'Hình thức', 'Ngày hiệu lực', 'Căn cứ'];
const BASIS = 'Nghị quyết số 9999/NQ-UBTVQH15 (thử nghiệm)';
/** Two unchanged units, a rename, a re-parent, a merger into a new commune of a new province. */
const ROWS = [
  ['68-2025', 'Lâm Đồng', 'Tỉnh', '', '01/07/2025', '', '', '', '', ''],
  ['24703-2025', 'Nâm Nung', 'Xã', '68-2025', '01/07/2025', '', '', '', '', ''],
  ['24712-2025', 'Quảng Phú Mới', 'Xã', '68-2025', '', '', '', '', '', ''],
  ['24697-2025', 'Nam Đà', 'Xã', '68-2025', '', '', '99001', 'Sáp nhập', '01/01/2026', BASIS],
  ['24678-2025', 'Đắk Sắk', 'Xã', '99', '', '', '', '', '', ''],
  ['99', 'Tỉnh Thử Nghiệm', 'Tỉnh', '', '01/01/2026', '', '', '', '', ''],
  ['99001', 'Đức Lập Thử Nghiệm', 'Xã', '99', '01/01/2026', '', '', '', '', ''],
];

const csv = (rows: string[][], sep = ';') => rows.map((r) => r.map((c) => (c.includes(sep) ? `"${c}"` : c)).join(sep)).join('\r\n');
const BOM = '\uFEFF';

async function xlsx(rows: (string | number | Date)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh mục');
  ws.addRow(['DANH MỤC ĐƠN VỊ HÀNH CHÍNH (thử nghiệm)']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(DIALECTS)('units import on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const count = async (table: 'administrativeUnit' | 'unitSuccession' | 'auditEvent') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    units: await count('administrativeUnit'),
    links: await count('unitSuccession'),
    audit: await count('auditEvent'),
  });
  const links = () =>
    t.database.db
      .selectFrom('unitSuccession')
      .select(['predecessorCode', 'successorCode', 'kind', 'effectiveDate', 'legalBasis'])
      .orderBy('predecessorCode')
      .orderBy('successorCode')
      .execute();
  const file = Buffer.from(BOM + csv([HEADER, ...ROWS]), 'utf8');

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('a bad row is reported at its sheet, row and column and nothing is written', async () => {
    const before = await counts();
    const bad = await xlsx([
      ['24703-2025', 'Nâm Nung', 'Xã', '68-2025', '01/07/2025'],
      ['99002', 'Xã Không Cấp Trên', 'Xã', '77777', '01/01/2026'],
      ['24703-2025', 'Nâm Nung lần hai', 'Xã', '68-2025', '01/07/2025'],
      ['99003', 'Xã Ngày Sai', 'Xã', '68-2025', '31/02/2026'],
      ['99004', 'Khu Lạ', 'Thôn', '68-2025', '01/01/2026'],
      ['99005', 'Xã Đúng', 'Xã', '68-2025', new Date(Date.UTC(2026, 0, 1))],
    ]);
    const err = (await importUnits(t.ctx, { file: bad }).catch((e) => e)) as AppError;
    expect(err.code).toBe('unit_import.invalid');
    const issues = (err.details?.issues as { cell: string; code: string; vi: string; en: string }[]).map((i) => [i.cell, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['Danh mục!D4', 'unit_import.unknown_parent'],
        ['Danh mục!A5', 'unit_import.duplicate_code'],
        ['Danh mục!E6', 'unit_import.bad_date'],
        ['Danh mục!C7', 'unit_import.unknown_kind'],
      ]),
    );
    expect(issues).toHaveLength(4);
    expect(err.messages.vi).toContain('chưa ghi gì');
    expect(err.issues.find((i) => i.path === 'Danh mục!D4')?.message).toContain('Không có đơn vị cấp trên mã "77777"');
    expect(await counts()).toEqual(before);
  });

  it('the dry run reports the changes and writes nothing', async () => {
    const before = await counts();
    const r = await importUnits(t.ctx, { file, dryRun: true });
    expect(r.dryRun).toBe(true);
    expect(r.rows).toBe(7);
    expect(r.created.map((u) => u.code)).toEqual(['99', '99001']);
    // The new commune takes the region of the commune merged into it.
    expect(r.created.find((u) => u.code === '99001')).toMatchObject({
      name: 'Đức Lập Thử Nghiệm',
      kind: 'commune',
      parentCode: '99',
      region: 'TN',
      validFrom: '2026-01-01',
    });
    expect(r.renamed).toEqual([
      { code: '24712-2025', name: 'Quảng Phú Mới', before: { name: 'Quảng Phú' }, after: { name: 'Quảng Phú Mới' } },
    ]);
    expect(r.reparented).toEqual([{ code: '24678-2025', name: 'Đắk Sắk', before: { parentCode: '68-2025' }, after: { parentCode: '99' } }]);
    expect(r.ended).toEqual([{ code: '24697-2025', name: 'Nam Đà', before: { validTo: null }, after: { validTo: '2025-12-31' } }]);
    expect(r.successions).toEqual([
      { predecessorCode: '24697-2025', successorCode: '99001', kind: 'merge', effectiveDate: '2026-01-01', legalBasis: BASIS },
    ]);
    expect(r.unchanged).toBe(2);
    expect(r.written).toEqual({ units: 0, successions: 0, auditRows: 0 });
    expect(await counts()).toEqual(before);
  });

  it('the import writes exactly those changes with their audit rows; the demo links stay', async () => {
    const before = await counts();
    const demoLinks = await links();
    const r = await importUnits(t.ctx, { file });
    expect(r.written).toEqual({ units: 5, successions: 1, auditRows: 6 });
    expect(await counts()).toEqual({ units: before.units + 2, links: before.links + 1, audit: before.audit + 6 });
    const unit = (code: string) =>
      t.database.db.selectFrom('administrativeUnit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
    expect(await unit('24712-2025')).toMatchObject({ name: 'Quảng Phú Mới', nameSearch: 'quang phu moi' });
    expect((await unit('24678-2025')).parentCode).toBe('99');
    expect((await unit('24697-2025')).validTo).toBe('2025-12-31');
    expect(await unit('99001')).toMatchObject({ parentCode: '99', validTo: null });
    const classified = await t.database.db.selectFrom('unitClassification').selectAll().where('unitCode', '=', '99001').execute();
    expect(classified.map((c) => [c.dimension, c.value, c.validFrom])).toEqual([['region', 'TN', (await unit('99001')).validFrom]]);
    const after = await links();
    expect(after.filter((l) => l.successorCode !== '99001')).toEqual(demoLinks);
    const actions = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityId'])
      .where('action', 'in', ['unit.import_create', 'unit.import_update', 'unit_succession.import'])
      .orderBy('action')
      .orderBy('entityId')
      .execute();
    expect(actions.map((a) => `${a.action} ${a.action.startsWith('unit_succession') ? '' : a.entityId}`.trim())).toEqual([
      'unit.import_create 99',
      'unit.import_create 99001',
      'unit.import_update 24678-2025',
      'unit.import_update 24697-2025',
      'unit.import_update 24712-2025',
      'unit_succession.import',
    ]);
    // The log words them: the unit by name, before → after of each field, the link from its date.
    const rows = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', 'in', ['unit.import_update', 'unit_succession.import'])
      .execute();
    const names = await loadAuditNames(t.ctx, rows);
    const shown = rows.map((row) => presentAuditEvent(row, names));
    expect(shown.find((e) => e.object.label === 'Quảng Phú Mới')?.changes).toEqual([
      { field: 'name', before: { type: 'text', text: 'Quảng Phú' }, after: { type: 'text', text: 'Quảng Phú Mới' } },
    ]);
    expect(shown.find((e) => e.changes.some((c) => c.field === 'successor'))).toMatchObject({
      object: { type: 'unit', label: 'Đức Lập Thử Nghiệm' },
      dataDate: '2026-01-01',
      changes: [
        { field: 'successor', before: { type: 'text', text: 'Nam Đà' }, after: { type: 'text', text: 'Đức Lập Thử Nghiệm' } },
        { field: 'note', after: { text: BASIS } },
      ],
    });
  });

  it('importing the same file again changes nothing', async () => {
    const before = await counts();
    const r = await importUnits(t.ctx, { file });
    expect([r.created, r.changed, r.successions]).toEqual([[], [], []]);
    expect(r.unchanged).toBe(7);
    expect(r.written).toEqual({ units: 0, successions: 0, auditRows: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reads Vietnamese diacritics from a CSV in UTF-8 with and without BOM, comma or semicolon', async () => {
    const rows = [HEADER, ['24703-2025', 'Nâm Nung Đức Xuyên', 'Xã', '68-2025', '', '', '', '', '', '']];
    for (const content of [Buffer.from(csv(rows, ','), 'utf8'), Buffer.from(BOM + csv(rows, ';'), 'utf8')]) {
      const r = await importUnits(t.ctx, { file: content, dryRun: true });
      expect(r.sheet).toBe('CSV');
      expect(r.renamed[0]?.after.name).toBe('Nâm Nung Đức Xuyên');
    }
    const latin1 = Buffer.from(csv(rows, ','), 'latin1');
    expect(((await importUnits(t.ctx, { file: latin1, dryRun: true }).catch((e) => e)) as AppError).code).toBe('unit_import.unreadable');
  });

  it('the API imports for the administrator only, with a dry run', async () => {
    const body = multipart(
      {},
      { name: 'danh-muc.csv', content: Buffer.from(csv([HEADER, ['24703-2025', 'Nâm Nung Mới', 'Xã', '68-2025']]), 'utf8') },
    );
    const admin = await signIn(app, 'admin.demo');
    const before = await counts();
    const dry = await admin.request({ method: 'POST', url: '/api/v1/units/import?dryRun=1', ...body });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, renamed: [{ code: '24703-2025', after: { name: 'Nâm Nung Mới' } }] });
    expect(await counts()).toEqual(before);
    const office = await signIn(app, 'vpdp.daknong');
    expect((await office.request({ method: 'POST', url: '/api/v1/units/import', ...body })).statusCode).toBe(403);
    const none = await admin.request({ method: 'POST', url: '/api/v1/units/import', ...multipart({}) });
    expect([none.statusCode, none.json().error.code]).toEqual([422, 'unit_import.no_file']);
    const bad = multipart(
      {},
      { name: 'x.csv', content: Buffer.from(csv([HEADER, ['99009', 'Xã Lạ', 'Xóm', '68-2025', '01/01/2026']]), 'utf8') },
    );
    const r = await admin.request({ method: 'POST', url: '/api/v1/units/import', ...bad });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.issues[0].path).toBe('CSV!C2');
    const ok = await admin.request({ method: 'POST', url: '/api/v1/units/import', ...body });
    expect(ok.json().written).toEqual({ units: 1, successions: 0, auditRows: 1 });
    const after = await counts();
    expect([after.units, after.links]).toEqual([before.units, before.links]);
  });

  it('the CLI prints what a dry run would change, in Vietnamese, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ntm-units-'));
    const path = join(dir, 'danh-muc.csv');
    await writeFile(path, BOM + csv([HEADER, ['24712-2025', 'Quảng Phú Cũ', 'Xã', '68-2025']]), 'utf8');
    const before = await counts();
    const out = await unitsCommand(t.ctx, ['import', path], { 'dry-run': true });
    expect(out).toContain('CHẠY THỬ');
    expect(out).toContain('24712-2025 Quảng Phú Cũ: "Quảng Phú Mới" → "Quảng Phú Cũ"');
    expect(await counts()).toEqual(before);
  });
});
