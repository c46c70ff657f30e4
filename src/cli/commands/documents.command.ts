/**
 * `ntm export docx plan|report …`, `ntm export xlsx board|values|plan …` and `ntm import xlsx TỆP …`:
 * the same service functions as the HTTP routes, run as the system account, writing or reading files.
 * Without --unit the demo district is used; dates are dd/mm/yyyy or yyyy-mm-dd.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { krongNoDemoBaseline } from '../../catalog/index.js';
import { PERIOD_KINDS, type PeriodKind } from '../../documents/report-input.js';
import { cellRef } from '../../documents/values-xlsx-reader.js';
import { parseDate, vietnamDay } from '../../domain/text/vietnamese.js';
import type { ServiceContext } from '../../services/context.js';
import {
  boardXlsxFile,
  planDocxFile,
  planXlsxFile,
  reportDocxFile,
  resolvePlanCode,
  valuesXlsxFile,
} from '../../services/document.service.js';
import { importValues } from '../../services/import.service.js';
import { usageError } from '../runtime.js';

export interface DocumentFlags {
  unit?: string | undefined;
  'as-of'?: string | undefined;
  set?: string | undefined;
  year?: string | undefined;
  plan?: string | undefined;
  period?: string | undefined;
  index?: string | undefined;
  'issued-on'?: string | undefined;
  out?: string | undefined;
  'valid-only'?: boolean | undefined;
  'dry-run'?: boolean | undefined;
}

const USAGE_VI =
  'Dùng: ntm export docx plan|report [--unit MÃ] [--year NĂM] [--period month|quarter|half|year] [--index N] [--issued-on NGÀY] [--out TỆP]\n' +
  '      ntm export xlsx board|values|plan [--unit MÃ] [--as-of NGÀY] [--out TỆP]\n' +
  '      ntm import xlsx TỆP [--unit MÃ] [--valid-only] [--dry-run]';
const usage = () => usageError(USAGE_VI, 'Usage: see above');

function dateFlag(raw: string, flag: string): string {
  const d = parseDate(raw);
  if (!d) throw usageError(`${flag}: ngày không hợp lệ "${raw}" (dùng dd/mm/yyyy)`, `${flag}: invalid date "${raw}" (use dd/mm/yyyy)`);
  return d;
}

const asOfOf = (ctx: ServiceContext, raw: string | undefined) => (raw ? dateFlag(raw, '--as-of') : vietnamDay(ctx.now()));

function int(raw: string | undefined, what: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw usageError(`${what} phải là số nguyên: "${raw}"`, `${what} must be a whole number: "${raw}"`);
  return n;
}

async function save(file: { buffer: Buffer; filename: string }, out: string | undefined) {
  const path = out ?? file.filename;
  await writeFile(path, file.buffer);
  return `Đã ghi ${path} (${new Intl.NumberFormat('vi-VN').format(file.buffer.length)} byte) / written`;
}

export async function exportCommand(ctx: ServiceContext, args: string[], f: DocumentFlags): Promise<string> {
  const [format, what] = args;
  const unitCode = f.unit ?? krongNoDemoBaseline().districtCode;
  const asOf = asOfOf(ctx, f['as-of']);
  const year = int(f.year, '--year') ?? Number(asOf.slice(0, 4));
  if (format === 'docx' && what === 'plan') {
    const planCode = await resolvePlanCode(ctx, { unitCode, year, planCode: f.plan });
    return save(await planDocxFile(ctx, { planCode }), f.out);
  }
  if (format === 'docx' && what === 'report') {
    const kind = (f.period ?? 'year') as PeriodKind;
    if (!PERIOD_KINDS.includes(kind)) throw usage();
    const issuedOn = f['issued-on'] === undefined ? undefined : dateFlag(f['issued-on'], '--issued-on');
    return save(await reportDocxFile(ctx, { unitCode, kind, year, index: int(f.index, '--index'), issuedOn }), f.out);
  }
  if (format === 'xlsx' && what === 'board') return save(await boardXlsxFile(ctx, { unitCode, asOf, setCode: f.set }), f.out);
  if (format === 'xlsx' && what === 'values') return save(await valuesXlsxFile(ctx, { unitCode, asOf, setCode: f.set }), f.out);
  if (format === 'xlsx' && what === 'plan') {
    const planCode = await resolvePlanCode(ctx, { unitCode, year, planCode: f.plan });
    return save(await planXlsxFile(ctx, { planCode, asOf }), f.out);
  }
  throw usage();
}

export async function importCommand(ctx: ServiceContext, args: string[], f: DocumentFlags): Promise<string> {
  const [format, path] = args;
  if (format !== 'xlsx' || !path) throw usage();
  const file = await readFile(path);
  const r = await importValues(ctx, {
    unitCode: f.unit,
    file,
    mode: f['valid-only'] ? 'valid' : 'all',
    dryRun: f['dry-run'] === true,
    onProgress: (stage, done, total) => {
      if (stage === 'write' && done > 0) process.stderr.write(`\r  ghi / writing ${done}/${total}`);
    },
  });
  const lines = [
    `${r.dryRun ? 'Kiểm tra xong (chưa ghi)' : 'Đã nhập'}: ${r.acceptedRows}/${r.rows} dòng, ${r.written} giá trị ${r.dryRun ? 'sẽ ghi' : 'đã ghi'} (${r.changed} thay đổi, ${r.unchanged} không đổi, ${r.new} mới, ${r.conflicts} xung đột), bộ ${r.setCode}, ngày ${r.asOf}`,
    `${r.dryRun ? 'Checked (nothing written)' : 'Imported'}: ${r.acceptedRows}/${r.rows} rows, ${r.written} values ${r.dryRun ? 'to write' : 'written'} (${r.changed} changed, ${r.unchanged} unchanged, ${r.new} new, ${r.conflicts} conflicts)`,
  ];
  for (const i of r.issues) lines.push(`  - ${cellRef(i)}: ${i.vi} / ${i.en}`);
  return lines.join('\n');
}
