/**
 * Checks of a work against the data it names, with field paths: the area exists, the communes are
 * communes under it on the work's date, the kind is in the catalogue, criteria exist in the set the
 * commune is evaluated by, funding sources are leaves of the period of each year.
 */
import { fundingPeriodOfYear, sourceLeaves, workKinds } from '../../catalog/funding/index.js';
import type { Executor } from '../../db/database.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { WorkCriterionTable } from '../../db/schema-works.js';
import { AppError, type ErrorIssue, invalid } from '../../domain/errors.js';
import { descendantsAsOf } from '../../domain/units/unit-history.js';
import { getSet } from '../catalog.service.js';
import { COMMUNE_KINDS } from '../commune-scope.js';
import type { ServiceContext } from '../context.js';
import { assignedNtmSet, nationalNtmSet } from '../set-choice.js';

export const workInvalid = (issues: ErrorIssue[]) =>
  invalid('work.invalid', { vi: 'Thông tin công trình chưa hợp lệ', en: 'The work is not valid' }, issues);

const AREA_KINDS = new Set(['province', 'district', 'commune']);

export async function checkAreaAndCommunes(ex: Executor, area: string, communes: readonly string[], onDate: string, issues: ErrorIssue[]) {
  const all = await unitRepository.listAsOf(ex, onDate);
  const areaRow = all.find((u) => u.code === area);
  if (!areaRow || !AREA_KINDS.has(areaRow.kind)) {
    issues.push({ path: 'areaUnitCode', message: `không có tỉnh, huyện hoặc xã "${area}" vào ngày ${onDate} / no such area on ${onDate}` });
    return;
  }
  const inside = new Set(
    (COMMUNE_KINDS.has(areaRow.kind) ? [areaRow] : descendantsAsOf(all, area, onDate))
      .filter((u) => COMMUNE_KINDS.has(u.kind))
      .map((u) => u.code),
  );
  const seen = new Set<string>();
  communes.forEach((c, i) => {
    if (seen.has(c)) issues.push({ path: `communeCodes.${i}`, message: 'trùng / duplicate' });
    else if (!inside.has(c))
      issues.push({
        path: `communeCodes.${i}`,
        message: `"${c}" không phải xã thuộc địa bàn vào ngày ${onDate} / not a commune of the area on ${onDate}`,
      });
    seen.add(c);
  });
}

export function checkKind(kindCode: string, issues: ErrorIssue[]) {
  if (!workKinds().some((k) => k.code === kindCode))
    issues.push({ path: 'kindCode', message: `không có loại công trình "${kindCode}" / unknown kind` });
}

const yearValid = (s: { validFrom?: string | undefined; validTo?: string | undefined }, year: number) =>
  (!s.validFrom || s.validFrom <= `${year}-12-31`) && (!s.validTo || `${year}-01-01` <= s.validTo);

/** A leaf of the period of `year` that exists during that year, else a message. */
export function sourceProblem(code: string, year: number): string | null {
  let period: ReturnType<typeof fundingPeriodOfYear>;
  try {
    period = fundingPeriodOfYear(year);
  } catch (e) {
    if (e instanceof AppError) return `năm ${year} ngoài các giai đoạn của Chương trình / outside the programme periods`;
    throw e;
  }
  const leaf = sourceLeaves(period).find((s) => s.code === code);
  if (!leaf) return `"${code}" không phải nguồn vốn chi tiết của giai đoạn ${period.code} / not a source leaf of ${period.code}`;
  if (!yearValid(leaf, year)) return `nguồn "${leaf.name}" không còn trong năm ${year} / not available in ${year}`;
  return null;
}

export function checkFundingPlan(plan: readonly { sourceCode: string; year: number }[], issues: ErrorIssue[]) {
  const seen = new Set<string>();
  plan.forEach((p, i) => {
    const key = `${p.sourceCode}|${p.year}`;
    if (seen.has(key)) issues.push({ path: `fundingPlan.${i}`, message: 'trùng nguồn và năm / duplicate source and year' });
    seen.add(key);
    const problem = sourceProblem(p.sourceCode, p.year);
    if (problem) issues.push({ path: `fundingPlan.${i}.sourceCode`, message: problem });
  });
}

/** Criteria rows for the work; each must exist in the set one of its communes is evaluated by on `onDate`. */
export async function resolveCriteria(
  ctx: ServiceContext,
  workId: string,
  communes: readonly string[],
  criteria: readonly { setCode?: string | undefined; criterionNumber: number; indicatorCode?: string | null | undefined }[],
  onDate: string,
  issues: ErrorIssue[],
  newId: () => string,
): Promise<WorkCriterionTable[]> {
  if (criteria.length === 0) return [];
  const communeSets = new Set<string>();
  for (const c of communes) {
    const s = (await assignedNtmSet(ctx, c, onDate)) ?? (await nationalNtmSet(ctx, onDate))?.setCode;
    if (s) communeSets.add(s);
  }
  const fallback = [...communeSets][0];
  const out: WorkCriterionTable[] = [];
  for (const [i, c] of criteria.entries()) {
    const setCode = c.setCode ?? fallback;
    if (!setCode) {
      issues.push({ path: `criteria.${i}.setCode`, message: `xã chưa có bộ tiêu chí vào ngày ${onDate} / no set on ${onDate}` });
      continue;
    }
    if (!communeSets.has(setCode)) {
      issues.push({
        path: `criteria.${i}.setCode`,
        message: `xã không được đánh giá theo bộ "${setCode}" vào ngày ${onDate} / not the communes' set`,
      });
      continue;
    }
    const set = await getSet(ctx, setCode);
    const criterion = set.criteria.find((x) => x.number === c.criterionNumber);
    if (!criterion) {
      issues.push({
        path: `criteria.${i}.criterionNumber`,
        message: `bộ tiêu chí không có tiêu chí số ${c.criterionNumber} / no such criterion`,
      });
      continue;
    }
    const indicatorCode = c.indicatorCode ?? null;
    if (indicatorCode && !criterion.indicators.some((x) => x.code === indicatorCode)) {
      issues.push({
        path: `criteria.${i}.indicatorCode`,
        message: `tiêu chí ${c.criterionNumber} không có chỉ tiêu "${indicatorCode}" / no such indicator`,
      });
      continue;
    }
    out.push({ id: newId(), workId, setCode, criterionNumber: c.criterionNumber, indicatorCode });
  }
  return out;
}
