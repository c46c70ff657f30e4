/**
 * Import of the allocation plan workbook, with the values import's rules: bytes guarded, every cell
 * checked and located, all or nothing, preview then apply, and only changed, new or removed lines
 * written — through M's saveLines, so validation and audit are the allocation service's. A file
 * re-imported unchanged is "0 thay đổi" and writes nothing. An approved plan is refused: adjust it.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { fundingPeriodOfYear, sourceLeaves } from '../../catalog/funding/index.js';
import { fundingFilesRepository as files } from '../../db/repositories/funding-files.repository.js';
import { PLAN_SHEET, planColumn } from '../../documents/funding/allocation-xlsx.js';
import { type ReadPlanLine, readPlanHead, readPlanSheet } from '../../documents/funding/allocation-xlsx-reader.js';
import type { CellIssue } from '../../documents/values-xlsx-reader.js';
import { columnLetter } from '../../documents/xlsx-cells.js';
import { guardXlsx } from '../../documents/zip-guard.js';
import { AppError } from '../../domain/errors.js';
import { ancestorsOf, authorize } from '../access.js';
import type { ServiceContext } from '../context.js';
import { importFailed } from '../import.service.js';
import { getUnit } from '../unit.service.js';
import { saveLines } from './allocation.service.js';
import { allocationNotFound } from './funding-files.service.js';

export interface PlanImportResult {
  unitCode: string;
  year: number;
  applied: boolean;
  rows: number;
  unchanged: number;
  changed: number;
  added: number;
  removed: number;
  /** "0 thay đổi" / "3 thay đổi (1 sửa, 1 mới, 1 xóa)". */
  summary: { vi: string; en: string };
}

const unreadable = (e: unknown) =>
  new AppError(
    'import.unreadable',
    'invalid',
    { vi: 'Không đọc được bảng tính (tệp hỏng hoặc không đúng định dạng .xlsx)', en: 'The workbook cannot be read (damaged or not .xlsx)' },
    [{ path: 'file', message: e instanceof Error ? e.message.slice(0, 200) : 'unreadable' }],
  );

export const planNotDraft = (status: string) =>
  new AppError('fundboard.plan_not_draft', 'conflict', {
    vi: `Kế hoạch vốn đã ở trạng thái "${status === 'approved' ? 'đã phê duyệt' : 'đã trình'}": không nhập đè được; hãy lập điều chỉnh kế hoạch vốn`,
    en: `The funding plan is ${status}: it cannot be overwritten by an import; create an adjustment instead`,
  });

export const planHasPayments = () =>
  new AppError('fundboard.plan_has_payments', 'conflict', {
    vi: 'Kế hoạch vốn đã có giải ngân trên các dòng: không nhập đè được; hãy lập điều chỉnh kế hoạch vốn',
    en: 'Payments were already recorded on the plan’s lines: it cannot be overwritten by an import; create an adjustment instead',
  });

/** What a line is compared on: a line is "changed" when one of these differs from the stored one. */
const key = (l: {
  sourceCode: string;
  programmeName: string | null;
  communeCode: string | null;
  workId: string | null;
  setCode: string | null;
  criterionNumber: number | null;
  amount: number;
  note: string | null;
}) => JSON.stringify([l.sourceCode, l.programmeName, l.communeCode, l.workId, l.setCode, l.criterionNumber, l.amount, l.note]);

function summaryOf(changed: number, added: number, removed: number) {
  const n = changed + added + removed;
  return n === 0
    ? { vi: '0 thay đổi', en: '0 changed' }
    : {
        vi: `${n} thay đổi (${changed} sửa, ${added} mới, ${removed} xóa)`,
        en: `${n} changed (${changed} edited, ${added} new, ${removed} removed)`,
      };
}

async function workIds(ctx: ServiceContext, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const r = await sql<{
    id: string;
    code: string;
  }>`select id, code from work where code in (${sql.join(codes.map((c) => sql`${c}`))})`.execute(ctx.database.db);
  return new Map(r.rows.map((x) => [x.code, x.id]));
}

const FIELD_COLUMN: Record<string, Parameters<typeof planColumn>[0]> = {
  sourceCode: 'source',
  programmeName: 'programme',
  communeCode: 'commune',
  workId: 'work',
  setCode: 'set',
  criterionNumber: 'criterion',
  amount: 'amount',
  note: 'note',
};

/** The allocation service's `lines[i].field` problems, told at the cell of the sheet they came from. */
function locateLineErrors(e: unknown, lines: readonly ReadPlanLine[]) {
  if (!(e instanceof AppError) || e.kind !== 'invalid' || e.issues.length === 0) return e;
  const issues: CellIssue[] = e.issues.map((i) => {
    const m = /^lines\[(\d+)\]\.(\w+)/u.exec(i.path);
    const line = m ? lines[Number(m[1])] : undefined;
    const col = m ? FIELD_COLUMN[m[2] as string] : undefined;
    const [vi, en] = i.message.split(' / ');
    return {
      sheet: PLAN_SHEET,
      row: line?.row ?? 0,
      column: col ? columnLetter(planColumn(col)) : '',
      code: e.code,
      vi: vi ?? i.message,
      en: en ?? i.message,
    };
  });
  return importFailed(issues);
}

export async function importAllocationPlan(
  ctx: ServiceContext,
  input: { unitCode: string; year: number; file: Buffer; apply: boolean },
): Promise<PlanImportResult> {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'allocations.write', unit.code);
  const allocation = await files.allocation(ctx.database.db, unit.code, input.year);
  if (!allocation) throw allocationNotFound(unit.code, input.year);
  if (allocation.status !== 'draft' && allocation.status !== 'returned') throw planNotDraft(allocation.status);
  guardXlsx(input.file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input.file as unknown as ArrayBuffer);
  } catch (e) {
    throw unreadable(e);
  }
  const head = readPlanHead(wb);
  const issues: CellIssue[] = [...head.issues];
  if (head.unitCode && head.year && (head.unitCode !== unit.code || head.year !== input.year))
    issues.push({
      sheet: 'Thông tin',
      row: 0,
      column: 'C',
      code: 'import.wrong_plan',
      vi: `Tệp là kế hoạch vốn của đơn vị ${head.unitCode} năm ${head.year}, không phải ${unit.code} năm ${input.year}`,
      en: `The file is the plan of ${head.unitCode} for ${head.year}, not ${unit.code} for ${input.year}`,
    });
  const period = fundingPeriodOfYear(input.year);
  const leaves = new Map(sourceLeaves(period).map((s) => [s.code, { needsProgrammeName: s.needsProgrammeName === true }]));
  const sheet = readPlanSheet(wb, leaves);
  issues.push(...sheet.issues);
  const works = await workIds(ctx, [...new Set(sheet.lines.flatMap((l) => (l.workCode ? [l.workCode] : [])))]);
  const stored = await files.planLines(ctx.database.db, allocation.id);
  const byId = new Map(stored.map((l) => [l.id, l]));
  const at = (l: ReadPlanLine, col: Parameters<typeof planColumn>[0], vi: string, en: string) =>
    issues.push({ sheet: PLAN_SHEET, row: l.row, column: columnLetter(planColumn(col)), code: 'import.bad_cell', vi, en });
  const next: (ReadPlanLine & { workId: string | null })[] = [];
  const seen = new Set<string>();
  for (const l of sheet.lines) {
    const workId = l.workCode ? (works.get(l.workCode) ?? null) : null;
    if (l.workCode && !workId) at(l, 'work', `Không có công trình mã "${l.workCode}"`, `No work with code "${l.workCode}"`);
    if (l.id) {
      const s = byId.get(l.id);
      if (!s)
        at(
          l,
          'id',
          'Dòng không thuộc kế hoạch vốn này (cột id ẩn bị sửa); hãy xuất lại tệp',
          'The line is not of this plan (hidden id edited); export again',
        );
      else if (l.version !== null && l.version !== s.version)
        at(
          l,
          'version',
          `Dòng đã được sửa sau khi xuất tệp (phiên bản ${s.version}); hãy xuất lại tệp`,
          `The line changed since the export (version ${s.version}); export again`,
        );
      if (seen.has(l.id)) at(l, 'id', 'Dòng bị lặp (cùng id)', 'Duplicate line (same id)');
      seen.add(l.id);
    }
    next.push({ ...l, workId });
  }
  if (issues.length > 0) throw importFailed(issues);
  let changed = 0;
  let added = 0;
  let unchanged = 0;
  for (const l of next) {
    const s = l.id ? byId.get(l.id) : undefined;
    if (!s) added++;
    else if (
      key(l) ===
      key({
        ...s,
        sourceCode: s.source,
        programmeName: s.programme,
        communeCode: s.commune,
        workId: s.workId,
        criterionNumber: s.criterion,
      })
    )
      unchanged++;
    else changed++;
  }
  const removed = stored.filter((s) => !seen.has(s.id)).length;
  const total = changed + added + removed;
  if (input.apply && total > 0) {
    // saveLines replaces the plan's lines: refused (not a 500) when a line already has payments.
    const paid = await sql<{ n: unknown }>`select count(*) as n from disbursement d join allocation_line l on l.id = d.allocation_line_id
      where l.allocation_id = ${allocation.id}`.execute(ctx.database.db);
    if (Number(paid.rows[0]?.n) > 0) throw planHasPayments();
    // saveLines checks each commune's ancestors through the read cache; warmed here, outside its
    // transaction, so that on SQLite (one connection) the check does not wait on the transaction itself.
    for (const c of new Set(next.flatMap((l) => (l.communeCode ? [l.communeCode] : [])))) await ancestorsOf(ctx, c);
    try {
      await saveLines(ctx, {
        allocationId: allocation.id,
        version: allocation.version,
        lines: next.map((l) => ({
          sourceCode: l.sourceCode,
          programmeName: l.programmeName,
          componentCode: null,
          communeCode: l.communeCode,
          workId: l.workId,
          setCode: l.setCode,
          criterionNumber: l.criterionNumber,
          amount: l.amount,
          note: l.note,
        })),
      });
    } catch (e) {
      throw locateLineErrors(e, next);
    }
  }
  return {
    unitCode: unit.code,
    year: input.year,
    applied: input.apply && total > 0,
    rows: next.length,
    unchanged,
    changed,
    added,
    removed,
    summary: summaryOf(changed, added, removed),
  };
}
