/**
 * Reads the allocation plan workbook back (allocation-xlsx.ts): the unit and year from "Thông tin", one
 * line per row of "Kế hoạch vốn" with every cell checked and located (sheet, row, column; vi + en).
 * Pure: which source codes exist comes from the caller (the catalogue's leaves of the year's period).
 */
import type ExcelJS from 'exceljs';
import type { CellIssue } from '../values-xlsx-reader.js';
import { columnLetter, unescapeText } from '../xlsx-cells.js';
import { PLAN_SHEET, type PlanColumnKey, planColumn } from './allocation-xlsx.js';
import { FUNDING_INFO_LABELS, FUNDING_INFO_SHEET } from './funding-sheets.js';

export interface ReadPlanLine {
  row: number;
  id: string | null;
  version: number | null;
  sourceCode: string;
  programmeName: string | null;
  communeCode: string | null;
  workCode: string | null;
  setCode: string | null;
  criterionNumber: number | null;
  amount: number;
  note: string | null;
}

export interface SourceRule {
  needsProgrammeName: boolean;
}

type Raw = ExcelJS.CellValue;

/** A cell as text or number; a formula gives its cached result. */
function plain(v: Raw): string | number | null | { problem: string } {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = unescapeText(v).trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'boolean' || v instanceof Date) return { problem: 'type' };
  if (typeof v === 'object') {
    if ('richText' in v)
      return (
        v.richText
          .map((r) => r.text)
          .join('')
          .trim() || null
      );
    if ('result' in v) {
      const r = (v as { result?: unknown }).result;
      if (typeof r === 'number' || typeof r === 'string') return r;
    }
    if ('error' in v) return { problem: 'error' };
  }
  return { problem: 'type' };
}

export function readPlanHead(wb: ExcelJS.Workbook): { unitCode: string | null; year: number | null; issues: CellIssue[] } {
  const info = wb.getWorksheet(FUNDING_INFO_SHEET);
  if (!info)
    return {
      unitCode: null,
      year: null,
      issues: [
        {
          sheet: FUNDING_INFO_SHEET,
          row: 0,
          column: '',
          code: 'import.no_info',
          vi: `Thiếu trang "${FUNDING_INFO_SHEET}" (đơn vị, năm); hãy dùng tệp xuất từ hệ thống`,
          en: `The "${FUNDING_INFO_SHEET}" sheet (unit, year) is missing; use the file exported by the system`,
        },
      ],
    };
  let unitCode: string | null = null;
  let year: number | null = null;
  for (let r = 2; r <= info.rowCount; r++) {
    const key = plain(info.getCell(r, 1).value);
    const val = plain(info.getCell(r, 3).value);
    if (key === FUNDING_INFO_LABELS.unitCode && typeof val === 'string') unitCode = val;
    if (key === FUNDING_INFO_LABELS.unitCode && typeof val === 'number') unitCode = String(val);
    if (key === FUNDING_INFO_LABELS.year && typeof val === 'number') year = val;
  }
  const issues: CellIssue[] = [];
  if (!unitCode || !year)
    issues.push({
      sheet: FUNDING_INFO_SHEET,
      row: 0,
      column: 'C',
      code: 'import.no_info',
      vi: 'Trang "Thông tin" thiếu mã đơn vị hoặc năm kế hoạch',
      en: 'The "Thông tin" sheet lacks the unit code or the plan year',
    });
  return { unitCode, year, issues };
}

export function readPlanSheet(wb: ExcelJS.Workbook, sources: ReadonlyMap<string, SourceRule>) {
  const ws = wb.getWorksheet(PLAN_SHEET);
  const issues: CellIssue[] = [];
  const lines: ReadPlanLine[] = [];
  if (!ws) {
    issues.push({
      sheet: PLAN_SHEET,
      row: 0,
      column: '',
      code: 'import.no_sheet',
      vi: `Thiếu trang "${PLAN_SHEET}"`,
      en: `The "${PLAN_SHEET}" sheet is missing`,
    });
    return { lines, issues };
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    const at = (key: PlanColumnKey) => plain(ws.getCell(r, planColumn(key)).value);
    const problem = (key: PlanColumnKey, vi: string, en: string) =>
      issues.push({ sheet: PLAN_SHEET, row: r, column: columnLetter(planColumn(key)), code: 'import.bad_cell', vi, en });
    const text = (key: PlanColumnKey, max = 500): string | null => {
      const v = at(key);
      if (v === null) return null;
      if (typeof v === 'object') {
        problem(key, 'Ô có công thức lỗi hoặc kiểu không đọc được', 'The cell holds an error or an unreadable type');
        return null;
      }
      const s = String(v);
      if (s.length > max) problem(key, `Quá dài (tối đa ${max} ký tự)`, `Too long (at most ${max} characters)`);
      return s;
    };
    const source = text('source', 60);
    const amountRaw = at('amount');
    // The total row and empty rows carry no source code.
    if (source === null) {
      const rest = (['programme', 'commune', 'work', 'criterion', 'id'] as const).some((k) => at(k) !== null);
      if (rest || (amountRaw !== null && text('sourceName') !== 'TỔNG SỐ'))
        problem('source', 'Thiếu mã nguồn vốn', 'The source code is missing');
      continue;
    }
    const rule = sources.get(source);
    if (!rule)
      problem(
        'source',
        `Mã nguồn vốn "${source}" không có trong danh mục của giai đoạn (chỉ nguồn chi tiết nhận vốn)`,
        `Source "${source}" is not a leaf source of the period`,
      );
    const programmeName = text('programme', 300);
    if (rule?.needsProgrammeName && !programmeName)
      problem(
        'programme',
        'Vốn lồng ghép "khác" phải ghi tên chương trình, dự án',
        'Other integrated funds must name the programme or project',
      );
    let amount = 0;
    if (typeof amountRaw !== 'number') problem('amount', 'Số tiền phải là số nguyên (đồng)', 'The amount must be a whole number of đồng');
    else if (!Number.isSafeInteger(amountRaw) || amountRaw < 0)
      problem(
        'amount',
        `Số tiền ${amountRaw} không hợp lệ: số nguyên đồng, không âm`,
        `Amount ${amountRaw} is invalid: whole đồng, not negative`,
      );
    else amount = amountRaw;
    const crit = at('criterion');
    let criterionNumber: number | null = null;
    if (crit !== null) {
      if (typeof crit !== 'number' || !Number.isInteger(crit) || crit < 1 || crit > 99)
        problem('criterion', 'Số tiêu chí phải là số nguyên từ 1 đến 99', 'The criterion number must be a whole number 1–99');
      else criterionNumber = crit;
    }
    const setCode = text('set', 100);
    if (criterionNumber !== null && !setCode)
      problem('set', 'Có số tiêu chí thì phải ghi bộ tiêu chí', 'A criterion number needs its criteria set');
    const version = at('version');
    const id = text('id', 100);
    if (id && (typeof version !== 'number' || !Number.isInteger(version)))
      problem('version', 'Cột phiên bản (ẩn) bị sửa; hãy xuất lại tệp', 'The hidden version column was edited; export the file again');
    const commune = at('commune');
    lines.push({
      row: r,
      id,
      version: typeof version === 'number' ? version : null,
      sourceCode: source,
      programmeName,
      communeCode: commune === null ? null : String(commune),
      workCode: text('work', 60),
      setCode,
      criterionNumber,
      amount,
      note: text('note', 2000),
    });
  }
  return { lines, issues };
}
