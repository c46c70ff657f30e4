/**
 * Import of the disbursement entries sheet ("Chứng từ giải ngân" of the progress workbook): rows with
 * an id are entries already recorded — unchanged they count 0, edited they are refused at the cell
 * (entries are reversed, not edited); rows without an id are new entries, written through M's
 * recordDisbursement (its checks and audit). Every cell is checked before anything is written.
 */

import ExcelJS from 'exceljs';
import { fundingFilesRepository as files } from '../../db/repositories/funding-files.repository.js';
import { ENTRIES_SHEET, type ENTRY_COLUMNS, entryColumn } from '../../documents/funding/progress-xlsx.js';
import type { CellIssue } from '../../documents/values-xlsx-reader.js';
import { columnLetter, unescapeText } from '../../documents/xlsx-cells.js';
import { guardXlsx } from '../../documents/zip-guard.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access.js';
import type { ServiceContext } from '../context.js';
import { inTransaction } from '../context.js';
import { importFailed } from '../import.service.js';
import { getUnit } from '../unit.service.js';
import { scopeOf } from './dashboard.service.js';
import { prepareDisbursement, writeDisbursement } from './disbursement.service.js';

type Key = (typeof ENTRY_COLUMNS)[number]['key'];

const cellText = (v: ExcelJS.CellValue): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return unescapeText(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return (
      v.richText
        .map((r) => r.text)
        .join('')
        .trim() || null
    );
  if (typeof v === 'object' && 'result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  return null;
};

/** dd/mm/yyyy or yyyy-mm-dd (or a date cell) → ISO; null when it is not a real day. */
function isoDay(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  const iso = m ? `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

export async function importDisbursements(ctx: ServiceContext, input: { unitCode: string; year: number; file: Buffer; apply: boolean }) {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'disbursements.write', unit.code);
  guardXlsx(input.file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input.file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('import.unreadable', 'invalid', {
      vi: 'Không đọc được bảng tính (tệp hỏng hoặc không đúng định dạng .xlsx)',
      en: 'The workbook cannot be read (damaged or not .xlsx)',
    });
  }
  const ws = wb.getWorksheet(ENTRIES_SHEET);
  const issues: CellIssue[] = [];
  const at = (row: number, key: Key, vi: string, en: string) =>
    issues.push({ sheet: ENTRIES_SHEET, row, column: columnLetter(entryColumn(key)), code: 'import.bad_cell', vi, en });
  if (!ws)
    throw importFailed([
      {
        sheet: ENTRIES_SHEET,
        row: 0,
        column: '',
        code: 'import.no_sheet',
        vi: `Thiếu trang "${ENTRIES_SHEET}"`,
        en: `The "${ENTRIES_SHEET}" sheet is missing`,
      },
    ]);
  const scope = (await scopeOf(ctx, unit.code, `${input.year}-12-31`)).codes;
  const stored = new Map((await files.entries(ctx.database.db, scope, input.year, '9999-12-31')).map((e) => [e.id, e]));
  const areaLines = await files.lineIdsOfYear(ctx.database.db, scope, input.year);
  const fresh: { row: number; lineId: string; paidOn: string; amount: number; document: string | null; note: string | null }[] = [];
  let unchanged = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const get = (k: Key) => cellText(ws.getCell(r, entryColumn(k)).value);
    const id = get('id');
    const lineId = get('line');
    const paidOn = isoDay(get('paidOn'));
    const rawAmount = ws.getCell(r, entryColumn('amount')).value;
    if (!id && !lineId && rawAmount === null) continue;
    const amount = typeof rawAmount === 'number' ? rawAmount : Number.NaN;
    if (id) {
      const s = stored.get(id);
      if (!s) {
        at(
          r,
          'id',
          'Chứng từ không thuộc địa bàn, năm này (cột id ẩn bị sửa); hãy xuất lại tệp',
          'The entry is not of this area and year (hidden id edited)',
        );
        continue;
      }
      const edited: Key[] = [];
      if (lineId !== s.line) edited.push('line');
      if (paidOn !== s.paidOn) edited.push('paidOn');
      if (amount !== s.amount) edited.push('amount');
      if ((get('document') ?? null) !== (s.document ?? null)) edited.push('document');
      if ((get('note') ?? null) !== (s.note ?? null)) edited.push('note');
      for (const k of edited)
        at(
          r,
          k,
          'Chứng từ giải ngân đã ghi không sửa được; hãy ghi một bút toán điều chỉnh giảm',
          'A recorded entry cannot be edited; record a reversal instead',
        );
      if (edited.length === 0) unchanged++;
      continue;
    }
    if (!lineId || !areaLines.has(lineId))
      at(
        r,
        'line',
        'Mã dòng kế hoạch không thuộc kế hoạch vốn năm này của địa bàn',
        'The plan line is not of this area’s plan for the year',
      );
    if (!paidOn) at(r, 'paidOn', 'Ngày giải ngân không hợp lệ (dd/mm/yyyy)', 'Invalid payment date (dd/mm/yyyy)');
    else if (Number(paidOn.slice(0, 4)) < input.year)
      at(r, 'paidOn', 'Ngày giải ngân trước năm kế hoạch', 'The payment is dated before the plan year');
    if (!Number.isSafeInteger(amount) || amount < 1)
      at(
        r,
        'amount',
        'Số tiền phải là số nguyên đồng, lớn hơn 0 (điều chỉnh giảm: ghi trên trang giải ngân)',
        'The amount must be whole đồng above 0 (reversals: on the disbursement page)',
      );
    if (lineId && paidOn && Number.isSafeInteger(amount) && amount >= 1)
      fresh.push({ row: r, lineId, paidOn, amount, document: get('document'), note: get('note') });
  }
  if (issues.length > 0) throw importFailed(issues);
  let written = 0;
  if (input.apply && fresh.length > 0) {
    // All or nothing: every entry is checked, then all are written in one transaction; a refusal rolls it back.
    const cellOf = (e: (typeof fresh)[number], err: AppError) =>
      importFailed([
        {
          sheet: ENTRIES_SHEET,
          row: e.row,
          column: columnLetter(entryColumn('amount')),
          code: err.code,
          vi: err.messages.vi,
          en: err.messages.en,
        },
      ]);
    const attempt = async <T>(e: (typeof fresh)[number], f: () => Promise<T>) => {
      try {
        return await f();
      } catch (err) {
        if (err instanceof AppError) throw cellOf(e, err);
        throw err;
      }
    };
    const prepared: { e: (typeof fresh)[number]; p: Awaited<ReturnType<typeof prepareDisbursement>> }[] = [];
    for (const e of fresh)
      prepared.push({
        e,
        p: await attempt(e, () =>
          prepareDisbursement(ctx, { lineId: e.lineId, paidOn: e.paidOn, amount: e.amount, document: e.document, note: e.note }),
        ),
      });
    await inTransaction(
      ctx,
      async (trx) => {
        for (const { e, p } of prepared) await attempt(e, () => writeDisbursement(ctx, trx, p));
      },
      'none',
    );
    written = prepared.length;
  }
  const n = fresh.length;
  return {
    unitCode: unit.code,
    year: input.year,
    applied: input.apply && n > 0,
    unchanged,
    added: n,
    written,
    summary: n === 0 ? { vi: '0 thay đổi', en: '0 changed' } : { vi: `${n} chứng từ mới`, en: `${n} new entries` },
  };
}
