/**
 * The values workbook round trip keeps what people rely on: an unedited sheet writes nothing (no version,
 * no audit row, every verification, return, author and demo flag kept); edited cells — also in a copy
 * saved by LibreOffice — are the only new versions; a second copy of the same export with another edit is
 * not refused for cells it left alone; a cell both the sheet and the system changed is a conflict.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALUES_SHEET } from '../../src/documents/values-xlsx.js';
import { ORIGINAL_SHEET } from '../../src/documents/values-xlsx-original.js';
import type { AppError } from '../../src/domain/errors.js';
import { indicatorIndex } from '../../src/domain/evaluation/value.validator.js';
import { getSet } from '../../src/services/catalog.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { valuesXlsxFile } from '../../src/services/document.service.js';
import { importValues } from '../../src/services/import.service.js';
import { reviewValue } from '../../src/services/review.service.js';
import { decodeValue } from '../../src/services/value.codec.js';
import { recordValues } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { cellOf, countRows, load, save } from '../support/values-sheet.js';

const run = promisify(execFile);
const DISTRICT = '664';
const NAM_XUAN = '24692';
const NAM_NUNG = '24703';
const SET = 'demo-krong-no-ntm-2022';
// A quarter's report date: the export shows the 2021 baseline (the demo's next values are at 31/12/2022).
const AS_OF = '2022-09-30';

/** The workbook as LibreOffice Calc saves it (opened and saved again as .xlsx, headless). */
async function throughLibreOffice(buf: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'ntm-lo-'));
  try {
    await writeFile(join(dir, 'in.xlsx'), buf);
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'in.xlsx'),
      ],
      {
        timeout: 120_000,
      },
    );
    return await readFile(join(dir, 'out', 'in.xlsx'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const hasLibreOffice = await run('soffice', ['--version']).then(
  () => true,
  () => false,
);
if (!hasLibreOffice && process.env.CI)
  throw new Error('LibreOffice (soffice) must be installed in CI: the round trip through it may not be skipped');

describe.each(DIALECTS)('values workbook round trip on %s', (dialect) => {
  let t: TestDatabase;
  let exported: Buffer;
  /** Every stored value with what a person would notice changing. */
  const snapshot = async () =>
    (
      await t.database.db
        .selectFrom('indicatorValue')
        .select([
          'unitCode',
          'indicatorCode',
          'asOf',
          'valueNum',
          'version',
          'verification',
          'verifiedBy',
          'enteredBy',
          'demo',
          'note',
          'reviewComment',
        ])
        .orderBy('unitCode')
        .orderBy('indicatorCode')
        .orderBy('asOf')
        .execute()
    ).map((r) => ({ ...r, valueNum: r.valueNum === null ? null : Number(r.valueNum) }));
  const auditCount = () => countRows(t.database, 'auditEvent');
  const stored = async (unitCode: string, indicatorCode: string) =>
    t.database.db
      .selectFrom('indicatorValue')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .where('indicatorCode', '=', indicatorCode)
      .where('asOf', '<=', AS_OF)
      .orderBy('asOf', 'desc')
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    // A value the department returned, with its reason: an unedited sheet must not make it pending again.
    const v = await stored(NAM_NUNG, '9.2');
    await reviewValue(t.ctx, {
      unitCode: NAM_NUNG,
      setCode: SET,
      indicatorCode: '9.2',
      asOf: v.asOf,
      action: 'return',
      comment: 'Thiếu biên bản kiểm tra',
      expectedVersion: v.version,
    });
    exported = (await valuesXlsxFile(t.ctx, { unitCode: DISTRICT, asOf: AS_OF })).buffer;
  });
  afterAll(() => t.close());

  it('writes nothing for an unedited export: 0 values, 0 audit rows, every verification kept', async () => {
    const [before, audits] = [await snapshot(), await auditCount()];
    const preview = await importValues(t.ctx, { file: exported, mode: 'all', dryRun: true });
    expect(preview).toMatchObject({ written: 0, changed: 0, new: 0, conflicts: 0 });
    expect(preview.unchanged).toBe(preview.values);
    expect(preview.unchanged).toBeGreaterThan(500);
    const r = await importValues(t.ctx, { file: exported, mode: 'all' });
    expect(r).toMatchObject({ written: 0, changed: 0, new: 0, conflicts: 0, dryRun: false });
    expect(r.communes).toHaveLength(11);
    expect(r.communes.find((c) => c.unitCode === NAM_NUNG)?.name).toBe('Nâm Nung');
    expect(await auditCount()).toBe(audits);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.filter((v) => v.verification === 'verified').length).toBeGreaterThan(500);
    expect((await stored(NAM_NUNG, '9.2')).verification).toBe('returned');
  });

  it.skipIf(!hasLibreOffice)('writes exactly the two cells edited in a copy saved by LibreOffice', async () => {
    const wb = await load(exported);
    const a = cellOf(wb, NAM_XUAN, '9.2');
    const b = cellOf(wb, NAM_NUNG, '17.1');
    a.value = Number(a.value) === 77 ? 78 : 77;
    b.value = typeof b.value === 'number' ? b.value + 1 : 'Đạt';
    const file = await throughLibreOffice(await save(wb));
    // LibreOffice keeps the hidden sheet of exported values, which tells edited cells from untouched ones.
    expect((await load(file)).getWorksheet(ORIGINAL_SHEET)?.rowCount).toBe(11);
    const [before, audits] = [await snapshot(), await auditCount()];
    const preview = await importValues(t.ctx, { file, mode: 'all', dryRun: true });
    expect(preview.issues).toEqual([]);
    expect(preview).toMatchObject({ written: 2, conflicts: 0 });
    expect(preview.changed + preview.new).toBe(2);
    expect(
      preview.communes
        .filter((c) => c.changed + c.new > 0)
        .map((c) => c.unitCode)
        .sort(),
    ).toEqual([NAM_XUAN, NAM_NUNG].sort());
    expect(await snapshot()).toEqual(before);
    const r = await importValues(t.ctx, { file, mode: 'all' });
    expect(r.written).toBe(2);
    // Two values and the import's own summary: three audit rows.
    expect(await auditCount()).toBe(audits + 3);
    const after = await snapshot();
    const key = (v: (typeof after)[number]) => `${v.unitCode}/${v.indicatorCode}/${v.asOf}`;
    const old = new Map(before.map((v) => [key(v), v]));
    const touched = after.filter((v) => JSON.stringify(old.get(key(v))) !== JSON.stringify(v));
    expect(touched.map((v) => `${v.unitCode}/${v.indicatorCode}`).sort()).toEqual([`${NAM_NUNG}/17.1`, `${NAM_XUAN}/9.2`].sort());
    expect(touched.every((v) => v.asOf === AS_OF && v.verification === 'self_assessed')).toBe(true);
    // The row each new one follows is kept as it was (same version and review), only superseded.
    expect(after.filter((v) => v.verification === 'verified').length).toBe(before.filter((v) => v.verification === 'verified').length);
  });

  it('takes a second copy of the same export with another edit, without false conflicts', async () => {
    const first = await load(exported);
    const toggle = (c: ExcelJS.Cell) => {
      c.value = c.value === 'Đạt' ? 'Không đạt' : 'Đạt';
      return c.value === 'Đạt' ? 1 : 0;
    };
    const one = toggle(cellOf(first, NAM_XUAN, '1.1'));
    await importValues(t.ctx, { file: await save(first), mode: 'all' });
    const second = await load(exported);
    const two = toggle(cellOf(second, NAM_XUAN, '3.2'));
    const audits = await auditCount();
    const r = await importValues(t.ctx, { file: await save(second), mode: 'all' });
    expect(r).toMatchObject({ written: 1, conflicts: 0, issues: [] });
    expect(await auditCount()).toBe(audits + 2);
    // The first copy's edit stands: the second copy left that cell as exported.
    expect(Number((await stored(NAM_XUAN, '1.1')).valueNum)).toBe(one);
    expect(Number((await stored(NAM_XUAN, '3.2')).valueNum)).toBe(two);
  });

  it('reports a cell both the sheet and the system changed as a conflict at its cell, and writes nothing', async () => {
    const sheet = await load(exported);
    const cell = cellOf(sheet, NAM_XUAN, '5');
    const exportedValue = Number(cell.value);
    await recordValues(t.ctx, { unitCode: NAM_XUAN, setCode: SET, asOf: AS_OF, values: { '5': exportedValue - 3 } });
    cell.value = exportedValue - 5;
    const other = cellOf(sheet, NAM_NUNG, '5');
    other.value = Number(other.value) - 1;
    const [before, audits] = [await snapshot(), await auditCount()];
    const err = (await importValues(t.ctx, { file: await save(sheet), mode: 'all' }).catch((e) => e)) as AppError;
    const issues = err.details?.issues as { code: string; cell: string; vi: string }[];
    expect(issues).toEqual([expect.objectContaining({ code: 'import.changed_since_export', cell: `${VALUES_SHEET}!${cell.address}` })]);
    expect(issues[0]?.vi).toContain(`giá trị hiện tại là ${String(exportedValue - 3).replace('.', ',')}`);
    expect([await snapshot(), await auditCount()]).toEqual([before, audits]);
    // Writing only the valid rows leaves the conflicted commune's row out and reports it.
    const r = await importValues(t.ctx, { file: await save(sheet), mode: 'valid' });
    expect(r).toMatchObject({ written: 1, conflicts: 1 });
    expect(r.communes.find((c) => c.unitCode === NAM_XUAN)).toMatchObject({ conflicts: 1 });
  });

  it('a typed save of the stored value writes nothing; typing a returned value again resubmits it', async () => {
    const kinds = indicatorIndex(await getSet(t.ctx, SET));
    const verified = await stored(NAM_XUAN, '7');
    const audits = await auditCount();
    const r = await recordValues(t.ctx, {
      unitCode: NAM_XUAN,
      setCode: SET,
      asOf: verified.asOf,
      values: { '7': decodeValue(kinds.get('7')?.kind, verified) },
    });
    expect(r.written).toBe(0);
    expect(await stored(NAM_XUAN, '7')).toEqual(verified);
    expect(await auditCount()).toBe(audits);
    const returned = await stored(NAM_NUNG, '9.2');
    expect(returned.verification).toBe('returned');
    const again = await recordValues(t.ctx, {
      unitCode: NAM_NUNG,
      setCode: SET,
      asOf: returned.asOf,
      values: { '9.2': decodeValue(kinds.get('9.2')?.kind, returned) },
    });
    expect(again.written).toBe(1);
    expect(await stored(NAM_NUNG, '9.2')).toMatchObject({ verification: 'self_assessed', version: returned.version + 1 });
  });
});
