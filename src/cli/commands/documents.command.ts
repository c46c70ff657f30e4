/**
 * `ntm export docx plan|report …`, `ntm export xlsx board|values|plan …` and `ntm import xlsx TỆP …`:
 * the same service functions as the HTTP routes, run as the system account, writing or reading files.
 * Without --unit the demo district is used; dates are dd/mm/yyyy or yyyy-mm-dd; an option left out takes
 * a default that has data (export-defaults.ts), said on stderr.
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
import { selfAssessmentDocxFile } from '../../services/recognition-docs/self-assessment.service.js';
import { databaseSources } from '../../services/report-sources.js';
import { type Chosen, dayTheUnitExisted, latestPlanYear, planProgressDay } from '../export-defaults.js';
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
  tier?: string | undefined;
  out?: string | undefined;
  'valid-only'?: boolean | undefined;
  'dry-run'?: boolean | undefined;
  help?: boolean | undefined;
}

export const EXPORT_USAGE =
  '  ntm export docx plan    [--unit MÃ] [--year NĂM | --plan MÃ] [--out TỆP]\n' +
  '  ntm export docx report  [--unit MÃ] [--year NĂM] [--period month|quarter|half|year] [--index N] [--issued-on NGÀY] [--plan MÃ] [--out TỆP]\n' +
  '  ntm export docx self-assessment --unit MÃ_XÃ --as-of NGÀY [--tier ntm|advanced|model|modern] [--year NĂM] [--issued-on NGÀY] [--out TỆP]\n' +
  '  ntm export xlsx board   [--unit MÃ] [--as-of NGÀY] [--set MÃ] [--out TỆP]\n' +
  '  ntm export xlsx values  [--unit MÃ] [--as-of NGÀY] [--set MÃ] [--out TỆP]\n' +
  '  ntm export xlsx plan    [--unit MÃ] [--year NĂM | --plan MÃ] [--as-of NGÀY] [--out TỆP]';
export const IMPORT_USAGE = '  ntm import xlsx TỆP [--unit MÃ] [--valid-only] [--dry-run]';

/** Every option of `ntm export` and `ntm import`, in Vietnamese: what it is and what is used without it. */
export const DOCUMENT_OPTIONS = `Tùy chọn:
  --unit MÃ          mã đơn vị hành chính (xã, huyện, tỉnh); không ghi: huyện Krông Nô (664) của dữ liệu mẫu
  --year NĂM         năm của kế hoạch hoặc báo cáo; không ghi: kế hoạch mới nhất của đơn vị,
                     báo cáo: năm của --as-of, hoặc năm nay
  --plan MÃ          mã kế hoạch (thay cho --year); báo cáo: kế hoạch được đối chiếu
  --as-of NGÀY       ngày số liệu, dd/mm/yyyy hoặc yyyy-mm-dd; không ghi: hôm nay nếu đơn vị còn tồn tại,
                     nếu không thì ngày cuối cùng đơn vị tồn tại (kế hoạch: không quá cuối năm kế hoạch)
  --set MÃ           mã bộ tiêu chí; không ghi: bộ tiêu chí áp dụng cho đơn vị
  --period KỲ        kỳ báo cáo: month (tháng), quarter (quý), half (6 tháng), year (năm); không ghi: year
  --index N          kỳ thứ mấy trong năm: tháng 1–12, quý 1–4, 6 tháng 1–2; không ghi: 1
  --issued-on NGÀY   (báo cáo) ngày ban hành, dd/mm/yyyy; không ghi: ngày cuối kỳ
                     (báo cáo kết quả của xã: ngày đánh giá --as-of)
  --tier HẠNG        (báo cáo kết quả của xã) hạng của bộ tiêu chí: ntm, advanced, model, modern; không ghi: ntm
  --out TỆP, -o TỆP  tệp ghi ra; không ghi: tên tệp đề xuất, trong thư mục hiện tại
  --valid-only       (nhập) chỉ ghi các dòng hợp lệ, báo các dòng còn lại
  --dry-run          (nhập) chỉ kiểm tra, không ghi gì
  --help, -h         in hướng dẫn này
Ngày chọn thay khi không ghi --year/--as-of được báo ra stderr.`;

export const EXPORT_HELP = `ntm export — xuất văn bản (.docx) và bảng tính (.xlsx) từ dữ liệu

Dùng:
${EXPORT_USAGE}
${IMPORT_USAGE}

${DOCUMENT_OPTIONS}`;

const usage = () => usageError(`Dùng:\n${EXPORT_USAGE}\n${IMPORT_USAGE}\n(xem: ntm export --help)`, 'Usage: see above (ntm export --help)');

/** An option's value, or the default chosen for it, said on stderr. */
async function orDefault<T>(given: T | undefined, choose: () => Promise<Chosen<T>>, note: (line: string) => void): Promise<T> {
  if (given !== undefined) return given;
  const chosen = await choose();
  note(chosen.note);
  return chosen.value;
}

function asOfOf(raw: string | undefined): string | undefined {
  return raw ? dateFlag(raw, '--as-of') : undefined;
}

function dateFlag(raw: string, flag: string): string {
  const d = parseDate(raw);
  if (!d) throw usageError(`${flag}: ngày không hợp lệ "${raw}" (dùng dd/mm/yyyy)`, `${flag}: invalid date "${raw}" (use dd/mm/yyyy)`);
  return d;
}

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

const toStderr = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** The commune's self-assessment report: its date is the subject, so --unit and --as-of are required, never defaulted. */
async function selfAssessmentFile(ctx: ServiceContext, f: DocumentFlags) {
  if (!f.unit || !f['as-of'])
    throw usageError(
      'Báo cáo kết quả của xã cần --unit (mã xã) và --as-of (ngày đánh giá, dd/mm/yyyy)',
      'The self-assessment report needs --unit (commune code) and --as-of (assessment date)',
    );
  const issuedOn = f['issued-on'] === undefined ? undefined : dateFlag(f['issued-on'], '--issued-on');
  return selfAssessmentDocxFile(ctx, {
    unitCode: f.unit,
    asOf: dateFlag(f['as-of'], '--as-of'),
    tier: f.tier ?? 'ntm',
    issuedOn,
    year: int(f.year, '--year'),
  });
}

export async function exportCommand(ctx: ServiceContext, args: string[], f: DocumentFlags, note = toStderr): Promise<string> {
  if (f.help) return EXPORT_HELP;
  const [format, what] = args;
  const unitCode = f.unit ?? krongNoDemoBaseline().districtCode;
  const asOf = asOfOf(f['as-of']);
  const year = int(f.year, '--year');
  const planCode = async () =>
    f.plan ?? resolvePlanCode(ctx, { unitCode, year: await orDefault(year, () => latestPlanYear(ctx, unitCode), note) });
  const unitDay = () => orDefault(asOf, () => dayTheUnitExisted(ctx, unitCode), note);
  if (format === 'docx' && what === 'plan') return save(await planDocxFile(ctx, { planCode: await planCode() }), f.out);
  if (format === 'docx' && what === 'report') {
    const kind = (f.period ?? 'year') as PeriodKind;
    if (!PERIOD_KINDS.includes(kind)) throw usage();
    const reportYear = year ?? Number((asOf ?? vietnamDay(ctx.now())).slice(0, 4));
    const issuedOn = f['issued-on'] === undefined ? undefined : dateFlag(f['issued-on'], '--issued-on');
    return save(
      await reportDocxFile(ctx, { unitCode, kind, year: reportYear, index: int(f.index, '--index'), planCode: f.plan, issuedOn }),
      f.out,
    );
  }
  if (format === 'docx' && what === 'self-assessment') return save(await selfAssessmentFile(ctx, f), f.out);
  if (format === 'xlsx' && what === 'board')
    return save(await boardXlsxFile(ctx, { unitCode, asOf: await unitDay(), setCode: f.set }), f.out);
  if (format === 'xlsx' && what === 'values')
    return save(await valuesXlsxFile(ctx, { unitCode, asOf: await unitDay(), setCode: f.set }), f.out);
  if (format === 'xlsx' && what === 'plan') {
    const code = await planCode();
    // The plan's own unit and year decide the default day (--plan may name another unit's plan).
    const plan = asOf ? null : await databaseSources.plan(ctx, code);
    const day = plan ? await orDefault(asOf, () => planProgressDay(ctx, plan.issuingUnit.unitCode, plan.year), note) : asOf;
    return save(await planXlsxFile(ctx, { planCode: code, asOf: day ?? vietnamDay(ctx.now()) }), f.out);
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
