/**
 * `ntm units import FILE [--dry-run]`: keeps the unit tree current from the official list (.xlsx or
 * CSV). Prints what changes (or would, with --dry-run) in Vietnamese first; a bad row stops the whole
 * import and is printed at its cell by the CLI's error printer.
 */
import { readFile } from 'node:fs/promises';
import { invalid } from '../../domain/errors.js';
import type { UnitChange } from '../../domain/units/unit-import-plan.js';
import type { ServiceContext } from '../../services/context.js';
import { importUnits, type UnitImportResult } from '../../services/unit-import.service.js';
import { usageError } from '../runtime.js';

export const UNITS_USAGE =
  '  ntm units import TỆP [--dry-run]      nhập danh mục đơn vị hành chính (.xlsx/.csv; --dry-run: chỉ xem thay đổi)';

const KIND_VI: Record<string, string> = { merge: 'sáp nhập', split: 'chia tách', rename: 'đổi tên', transfer: 'điều chỉnh' };
const vn = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '…');

function render(r: UnitImportResult): string {
  const change = (c: UnitChange, what: string) => `    ${c.code} ${c.name}: ${what}`;
  const lines = [
    r.dryRun ? 'CHẠY THỬ — chưa ghi gì / dry run, nothing written' : 'Đã nhập danh mục đơn vị / list imported',
    `  ${r.rows} dòng (${r.sheet}); ${r.created.length} đơn vị mới, ${r.renamed.length} đổi tên, ${r.reparented.length} đổi cấp trên, ${r.ended.length} chấm dứt, ${r.successions.length} liên kết kế tiếp mới, ${r.changed.length} đơn vị thay đổi, ${r.unchanged} không đổi`,
  ];
  if (r.created.length)
    lines.push(
      '  Đơn vị mới:',
      ...r.created.map((u) => `    ${u.code} ${u.name} (cấp trên ${u.parentCode ?? '—'}, từ ${vn(u.validFrom)})`),
    );
  if (r.renamed.length) lines.push('  Đổi tên:', ...r.renamed.map((c) => change(c, `"${c.before.name}" → "${c.after.name}"`)));
  if (r.reparented.length)
    lines.push('  Đổi cấp trên:', ...r.reparented.map((c) => change(c, `${c.before.parentCode ?? '—'} → ${c.after.parentCode ?? '—'}`)));
  if (r.ended.length) lines.push('  Chấm dứt:', ...r.ended.map((c) => change(c, `đến hết ngày ${vn(c.after.validTo)}`)));
  if (r.successions.length) {
    lines.push(
      '  Liên kết kế tiếp mới:',
      ...r.successions.map(
        (s) => `    ${s.predecessorCode} → ${s.successorCode} (${KIND_VI[s.kind] ?? s.kind}, từ ${vn(s.effectiveDate)}; ${s.legalBasis})`,
      ),
    );
  }
  if (r.ignoredColumns.length) lines.push(`  Cột không dùng / ignored columns: ${r.ignoredColumns.join(', ')}`);
  if (!r.dryRun) lines.push(`  Đã ghi ${r.written.units} đơn vị, ${r.written.successions} liên kết, ${r.written.auditRows} dòng nhật ký`);
  return lines.join('\n');
}

export async function unitsCommand(ctx: ServiceContext, args: string[], flags: { 'dry-run'?: boolean | undefined }): Promise<string> {
  const [sub, path] = args;
  if (sub !== 'import' || !path) throw usageError('Dùng: ntm units import TỆP [--dry-run]', 'Usage: ntm units import FILE [--dry-run]');
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (e) {
    throw invalid('unit_import.no_file', { vi: `Không đọc được tệp ${path}`, en: `Cannot read the file ${path}` }, [
      { path, message: (e as Error).message },
    ]);
  }
  return render(await importUnits(ctx, { file, dryRun: flags['dry-run'] === true }));
}
