/**
 * Documents at national scale: the Krông Nô plan as .docx (median of several), the values workbook of
 * every commune × every indicator written and read back by our writer/reader, each beside a bare
 * exceljs write/read of the same cells in the same run; and, on a database, the import of that sheet
 * (validated in full as a dry run, then written whole through the value service, each value audited).
 */
import ExcelJS from 'exceljs';
import { builtinSets } from '../src/catalog/index.js';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../src/catalog/plans/index.js';
import { planDocx } from '../src/documents/plan-docx.js';
import {
  HEADER_ROWS,
  INFO_SHEET,
  LEAD_COLUMNS,
  VALUES_SHEET,
  type ValuesSheetCommune,
  valueCell,
  valuesXlsx,
  WORD_MET,
  WORD_NOT_MET,
} from '../src/documents/values-xlsx.js';
import { readHead, readValuesSheet } from '../src/documents/values-xlsx-reader.js';
import type { IndicatorValue } from '../src/domain/evaluation/evaluation.types.js';
import { formatDateVi } from '../src/domain/text/vietnamese.js';
import { importValues } from '../src/services/import.service.js';
import type { BenchDatabase } from './databases.js';
import { asOfOf, type NationalDataset, YEARS } from './national-dataset.js';
import { fmtMs, fmtRate, medians, note, problem, record, time } from './report.js';

/** Communes with their values of year index `y`, as the export service hands them to the writer. */
function sheetCommunes(ds: NationalDataset, y: number): ValuesSheetCommune[] {
  const vals = ds.values[y] as Float64Array;
  const n = ds.indicators.length;
  return ds.communes.map((c, ci) => {
    const m = new Map<string, IndicatorValue | null>();
    ds.indicators.forEach((ind, i) => {
      const v = vals[ci * n + i] as number;
      m.set(ind.code, Number.isNaN(v) ? 'not_applicable' : ind.kind === 'boolean' ? v === 1 : v);
    });
    return { unitCode: c.code, name: c.name, values: m };
  });
}

/** The same cells with exceljs alone: one row per commune, no styles, no escaping, no info sheet. */
async function bareWrite(communes: readonly ValuesSheetCommune[], codes: readonly string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['', '', ...codes]);
  for (const c of communes) ws.addRow([c.unitCode, c.name, ...codes.map((k) => valueCell(c.values.get(k)))]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function bareRead(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  let cells = 0;
  (wb.worksheets[0] as ExcelJS.Worksheet).eachRow((row) => {
    row.eachCell(() => {
      cells++;
    });
  });
  return cells;
}

export interface NationalSheet {
  file: Buffer;
  asOf: string;
  communes: number;
}

export async function benchDocuments(ds: NationalDataset): Promise<NationalSheet> {
  const plan = krongNoPlan2022();
  const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
  if (!set) throw new Error('plan set missing');
  const metAtStart = new Map(krongNoPlanBaseline2022().communes.map((c) => [c.unitCode, c.met.length]));
  const docx = await medians({ plan: () => planDocx({ plan, criteria: set.criteria, metAtStart }) }, 7, 2);
  const size = (await planDocx({ plan, criteria: set.criteria, metAtStart })).length;
  record({
    section: 'documents',
    name: 'Krông Nô 2022 plan → .docx (median of 7)',
    value: `${fmtMs(docx.plan)} (${(size / 1024).toFixed(0)} KB, 25 tasks, 11 communes)`,
    baseline: '—',
    ratio: '—',
    target: '< 1 s',
    ok: docx.plan < 1000,
  });

  const y = ds.values.length - 1;
  // The sheet of the last year's values, dated the day they stand for: what the system would export.
  const asOf = asOfOf(YEARS[y] as number);
  const communes = sheetCommunes(ds, y);
  const codes = ds.indicators.map((i) => i.code);
  const cells = communes.length * codes.length;
  const input = {
    setCode: ds.set.code,
    setName: ds.set.name,
    asOf,
    scope: null,
    indicators: ds.indicators,
    communes,
    exportedAt: new Date().toISOString(),
    withResults: false,
  };
  // Round-robin, one timed run each after a warm-up: the figure and its baseline see the same machine load.
  const w = await medians({ ours: () => valuesXlsx(input), bare: () => bareWrite(communes, codes) }, 1, 1);
  const file = await valuesXlsx(input);
  note(
    `national values sheet: ${communes.length} communes × ${codes.length} indicators = ${cells} value cells, ${(file.length / 1024 / 1024).toFixed(1)} MB`,
  );
  record({
    section: 'documents',
    name: `export values sheet (${communes.length} × ${codes.length})`,
    value: `${fmtMs(w.ours)} · ${fmtRate(communes.length / (w.ours / 1000), 'rows')}`,
    baseline: `bare exceljs write of the same cells ${fmtMs(w.bare)}`,
    ratio: `${(w.ours / w.bare).toFixed(2)}×`,
    target: '≤ 2× bare',
    ok: w.ours <= 2 * w.bare,
  });

  const read = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const head = readHead(wb);
    return [head, readValuesSheet(wb, ds.set)];
  };
  const bareFile = await bareWrite(communes, codes);
  const r = await medians({ ours: read, bare: () => bareRead(bareFile) }, 1, 1);
  const parsed = await time(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    return readValuesSheet(wb, ds.set);
  });
  if (parsed.result.issues.length > 0 || parsed.result.rows.length !== communes.length) {
    problem(`the exported national sheet reads back with ${parsed.result.issues.length} issues and ${parsed.result.rows.length} rows`);
  }
  const back = parsed.result.rows.reduce((n, row) => n + Object.keys(row.values).length, 0);
  if (back !== cells) problem(`read back ${back} values of ${cells}`);
  record({
    section: 'documents',
    name: `read + validate values sheet (${communes.length} × ${codes.length})`,
    value: `${fmtMs(r.ours)} · ${fmtRate(communes.length / (r.ours / 1000), 'rows')} · ${fmtRate(cells / (r.ours / 1000), 'cells')}`,
    baseline: `bare exceljs load + visit of the same cells ${fmtMs(r.bare)}`,
    ratio: `${(r.ours / r.bare).toFixed(2)}×`,
    target: '≤ 2× bare',
    ok: r.ours <= 2 * r.bare,
  });
  return { file, asOf, communes: communes.length };
}

/** The sheet through the import service: validated whole (dry run), then written whole at a new date. */
export async function benchImportDb(b: BenchDatabase, sheet: NationalSheet) {
  const dry = await time(() => importValues(b.ctx, { file: sheet.file, mode: 'all', dryRun: true }));
  if (dry.result.issues.length > 0 || dry.result.acceptedRows !== sheet.communes) {
    problem(`${b.label}: dry-run import found ${dry.result.issues.length} issues, ${dry.result.acceptedRows} rows`);
  }
  record({
    section: `import ${b.label}`,
    name: `national sheet checked in full (dry run: zip guard, read, every cell, every commune and right)`,
    value: `${fmtMs(dry.ms)} · ${fmtRate(sheet.communes / (dry.ms / 1000), 'rows')}`,
    baseline: '—',
    ratio: '—',
    target: '',
    ok: null,
  });
  // Imported again unedited: every cell equals the stored value, nothing is written (no version, no audit row).
  const same = await time(() => importValues(b.ctx, { file: sheet.file, mode: 'all' }));
  if (same.result.written !== 0) problem(`${b.label}: the unedited national sheet wrote ${same.result.written} values`);
  record({
    section: `import ${b.label}`,
    name: `national sheet imported unedited (${same.result.unchanged} values compared, ${same.result.written} written)`,
    value: `${fmtMs(same.ms)} · ${fmtRate(same.result.unchanged / (same.ms / 1000), 'values')}`,
    baseline: `dry run of the same sheet ${fmtMs(dry.ms)}`,
    ratio: `${(same.ms / dry.ms).toFixed(2)}×`,
    target: '0 written',
    ok: same.result.written === 0,
  });
  // The whole sheet written through the value service (versions, chain, one audit row per value) at a new
  // date, every value changed (an unchanged value is not written at all).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sheet.file as unknown as ArrayBuffer);
  (wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet).getCell('B2').value = formatDateVi('2025-03-31');
  const changed = changeEveryValue(wb.getWorksheet(VALUES_SHEET) as ExcelJS.Worksheet);
  const dated = Buffer.from(await wb.xlsx.writeBuffer());
  const w = await time(() => importValues(b.ctx, { file: dated, mode: 'all' }));
  if (w.result.written !== changed) problem(`${b.label}: import wrote ${w.result.written} of ${changed} changed values`);
  record({
    section: `import ${b.label}`,
    name: `national sheet written (${w.result.acceptedRows} communes, ${w.result.written} values, each audited, one transaction)`,
    value: `${fmtMs(w.ms)} · ${fmtRate(w.result.acceptedRows / (w.ms / 1000), 'rows')} · ${fmtRate(w.result.written / (w.ms / 1000), 'values')}`,
    baseline: '—',
    ratio: '—',
    target: '',
    ok: null,
  });
}

/** Every value cell changed and still valid: yes/no flipped, a number moved by one towards the middle. */
function changeEveryValue(ws: ExcelJS.Worksheet): number {
  let n = 0;
  for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = LEAD_COLUMNS + 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      if (v === WORD_MET || v === WORD_NOT_MET) cell.value = v === WORD_MET ? WORD_NOT_MET : WORD_MET;
      else if (typeof v === 'number') cell.value = v >= 1 ? v - 1 : v + 1;
      else continue;
      n++;
    }
  }
  return n;
}
