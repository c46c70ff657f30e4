/**
 * Checks on allocation lines before they are stored: the source is a leaf of the year's period valid on
 * the decision date (nsdp.huyen not after 30/6/2025), long-ghep.khac names its programme, a commune lies
 * inside the unit and exists in the year, a work belongs to the unit's area. Every problem is reported
 * with its field path (`lines[3].amount`), in Vietnamese with English.
 */
import { z } from 'zod';
import { fundingPeriodOfYear, sourceLeaves } from '../../catalog/funding/index.js';
import type { Executor } from '../../db/database.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { AppError, type ErrorIssue } from '../../domain/errors.js';
import { ancestorsOf } from '../access.js';
import type { ServiceContext } from '../context.js';

const money = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export const lineInputSchema = z.object({
  sourceCode: z.string().min(1).max(60),
  programmeName: z.string().trim().max(300).nullish(),
  componentCode: z.enum(['ntm', 'giam-ngheo', 'dtts']).nullish(),
  communeCode: z.string().max(20).nullish(),
  workId: z.string().max(60).nullish(),
  setCode: z.string().max(60).nullish(),
  criterionNumber: z.number().int().min(1).max(99).nullish(),
  amount: money,
  note: z.string().max(1000).nullish(),
});
export type LineInput = z.infer<typeof lineInputSchema>;

/** The identity of a line across the plan and its adjustments (a delta adds to the line with the same key). */
export const lineKey = (l: {
  sourceCode: string;
  programmeName?: string | null | undefined;
  communeCode?: string | null | undefined;
  workId?: string | null | undefined;
  setCode?: string | null | undefined;
  criterionNumber?: number | null | undefined;
}) => [l.sourceCode, l.programmeName ?? '', l.communeCode ?? '', l.workId ?? '', l.setCode ?? '', l.criterionNumber ?? ''].join('|');

export const invalidLines = (issues: ErrorIssue[]) =>
  new AppError(
    'allocation.invalid_lines',
    'invalid',
    { vi: 'Các dòng kế hoạch vốn chưa hợp lệ.', en: 'Some allocation lines are invalid.' },
    issues,
  );

const yearOverlaps = (u: { validFrom: string; validTo: string | null }, year: number) =>
  u.validFrom <= `${year}-12-31` && (u.validTo === null || u.validTo >= `${year}-01-01`);

/** Throws 422 with every problem; `signed` allows negative deltas (adjustments). */
export async function checkLines(
  ctx: ServiceContext,
  ex: Executor,
  input: { unitCode: string; year: number; onDate: string; lines: readonly LineInput[]; signed: boolean },
) {
  const issues: ErrorIssue[] = [];
  const period = fundingPeriodOfYear(input.year);
  const leaves = new Set(sourceLeaves(period, input.onDate).map((s) => s.code));
  const works = await worksOf(
    ex,
    input.lines.map((l) => l.workId).filter((w): w is string => !!w),
  );
  for (const [i, l] of input.lines.entries()) {
    const at = (f: string) => `lines[${i}].${f}`;
    if (!leaves.has(l.sourceCode))
      issues.push({
        path: at('sourceCode'),
        message: `Nguồn vốn "${l.sourceCode}" không phải nguồn chi tiết của giai đoạn ${period.code} hiệu lực ngày ${dmyOf(input.onDate)} / not a leaf source valid on that date`,
      });
    if (l.sourceCode === 'long-ghep.khac' && !l.programmeName)
      issues.push({
        path: at('programmeName'),
        message: 'Cần ghi tên chương trình, dự án lồng ghép / the integrated programme must be named',
      });
    if (!input.signed && l.amount < 0)
      issues.push({ path: at('amount'), message: 'Số vốn không được âm / the amount may not be negative' });
    if (l.communeCode) {
      const u = await unitRepository.get(ex, l.communeCode);
      const inside = u && (l.communeCode === input.unitCode || (await ancestorsOf(ctx, l.communeCode)).includes(input.unitCode));
      if (!u || !inside || !yearOverlaps(u, input.year))
        issues.push({
          path: at('communeCode'),
          message: `Xã ${l.communeCode} không thuộc đơn vị ${input.unitCode} trong năm ${input.year} / commune not inside the unit in that year`,
        });
    }
    if (l.workId) {
      const w = works.get(l.workId);
      const inArea = w && (w.areaUnitCode === input.unitCode || (await ancestorsOf(ctx, w.areaUnitCode)).includes(input.unitCode));
      if (!inArea)
        issues.push({ path: at('workId'), message: 'Công trình không thuộc địa bàn của đơn vị / the work is not in the unit’s area' });
    }
    if ((l.setCode == null) !== (l.criterionNumber == null))
      issues.push({ path: at('criterionNumber'), message: 'Cần ghi cả bộ tiêu chí và số tiêu chí / name both the set and the criterion' });
    else if (l.setCode && l.criterionNumber) {
      const set = await ex.selectFrom('criteriaSet').select('document').where('code', '=', l.setCode).executeTakeFirst();
      const numbers = set ? ((JSON.parse(set.document) as { criteria?: { number: number }[] }).criteria ?? []).map((c) => c.number) : [];
      if (!numbers.includes(l.criterionNumber))
        issues.push({
          path: at('criterionNumber'),
          message: `Tiêu chí ${l.criterionNumber} không có trong bộ ${l.setCode} / criterion not in the set`,
        });
    }
  }
  if (issues.length > 0) throw invalidLines(issues);
}

const dmyOf = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function worksOf(ex: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { areaUnitCode: string }>();
  const rows = await ex.selectFrom('work').select(['id', 'areaUnitCode']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
