/**
 * A copy's numeric objectives restated from the new baseline (where the communes stand at the end of
 * the old year) and the targets carried over: total criteria to add, the average, the distribution and
 * the communes to reach the standard. Each recomputed or dropped objective leaves a review flag saying
 * what it was and what it is now; without a baseline the numbers cannot be recomputed and are dropped.
 */
import { formatDateVi, formatNumberVi } from '../text/vietnamese.js';
import type { Plan } from './plan.schema.js';
import { averageOver, type CommuneOutlook, decimalsOf, distributionOf, type PlanBaseline, planOutlook, roundTo } from './plan-metrics.js';
import type { Objective, ObjectiveOf } from './plan-objective.schema.js';
import type { ReviewFlag } from './plan-review.schema.js';
import { distributionEn, distributionVi, numEn, numVi } from './plan-text.js';

export const RESTATED: readonly Objective['kind'][] = ['criteriaAdded', 'averageCriteria', 'distribution', 'communesReachingStandard'];

type Result = { objective: Objective | null; before: string; after: string; beforeEn: string; afterEn: string } | null;

/** Replaces the first `old` number standing alone in the text; null when the text does not contain it. */
function replaceNumber(text: string, old: string, next: string): string | null {
  const re = new RegExp(`(?<![\\d,.])${old.replace(/[.,]/g, (c) => `\\${c}`)}(?![\\d,])`);
  return re.test(text) ? text.replace(re, next) : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function recompute(o: Objective, copy: Plan, outlooks: CommuneOutlook[], hasBaseline: boolean): Result {
  if (o.kind === 'communesReachingStandard') {
    const reach = copy.communeTargets.filter((t) => t.reachStandard);
    const names = reach.map((t) => t.name).join(', ');
    const objective: ObjectiveOf<'communesReachingStandard'> = {
      ...o,
      count: reach.length,
      unitCodes: reach.map((t) => t.unitCode),
      text: `${reach.length} xã về đích nông thôn mới năm ${copy.year}${names ? `: ${names}` : ''}`,
    };
    const label = (n: number) => `${n} xã về đích`;
    return {
      objective: reach.length === 0 ? null : objective,
      before: label(o.count),
      after: label(reach.length),
      beforeEn: `${o.count} communes reaching the standard`,
      afterEn: `${reach.length} communes reaching the standard`,
    };
  }
  if (!hasBaseline) return null;
  if (o.kind === 'criteriaAdded') {
    const known = new Set(outlooks.map((c) => c.unitCode));
    const unchecked = copy.communeTargets.filter((t) => !known.has(t.unitCode)).reduce((n, t) => n + t.criteria.length, 0);
    const total = outlooks.reduce((n, c) => n + c.adds.length, 0) + unchecked;
    const text = replaceNumber(o.text, String(o.total), String(total)) ?? `Phấn đấu hoàn thành tổng cộng thêm ${total} tiêu chí`;
    return {
      objective: { ...o, total, text },
      before: `thêm ${o.total} tiêu chí`,
      after: `thêm ${total} tiêu chí`,
      beforeEn: `${o.total} criteria to add`,
      afterEn: `${total} criteria to add`,
    };
  }
  if (o.kind === 'averageCriteria') {
    const a = averageOver(outlooks, o.scope ?? 'all', (c) => c.after);
    const places = Math.max(1, decimalsOf(o.atLeast));
    if (a.count === 0 || !(a.average > 0))
      return { objective: null, before: numVi(o.atLeast), after: '', beforeEn: numEn(o.atLeast), afterEn: '' };
    const atLeast = roundTo(a.average, places);
    const next = formatNumberVi(atLeast, places);
    const text = replaceNumber(o.text, formatNumberVi(o.atLeast, places), next) ?? `Số tiêu chí bình quân đạt ${next} tiêu chí/xã trở lên`;
    const other = o.scope === null ? averageOver(outlooks, 'notRecognised', (c) => c.after) : null;
    const otherVi =
      other && other.count > 0 && other.count !== a.count
        ? `; trên ${other.count} xã chưa đạt chuẩn là ${numVi(roundTo(other.average, places))}`
        : '';
    const otherEn =
      other && other.count > 0 && other.count !== a.count
        ? `; over the ${other.count} not recognised ${numEn(roundTo(other.average, places))}`
        : '';
    return {
      objective: { ...o, atLeast, text },
      before: `${numVi(o.atLeast)} tiêu chí/xã`,
      after: `${next} tiêu chí/xã trên ${a.scope === 'all' ? `cả ${a.count} xã` : `${a.count} xã chưa đạt chuẩn`}${otherVi}`,
      beforeEn: `${numEn(o.atLeast)} criteria per commune`,
      afterEn: `${numEn(atLeast)} over ${a.count} communes${otherEn}`,
    };
  }
  if (o.kind === 'distribution') {
    const stated = o.buckets.reduce((n, b) => n + b.communes, 0);
    const scope = o.scope ?? (stated < outlooks.length ? 'notRecognised' : 'all');
    const counts = outlooks.filter((c) => scope === 'all' || !c.recognised).map((c) => c.after);
    const buckets = distributionOf(counts);
    const before = { before: distributionVi(o.buckets), beforeEn: distributionEn(o.buckets) };
    if (buckets.length === 0) return { objective: null, ...before, after: '', afterEn: '' };
    const text = buckets.map((b) => `${pad2(b.communes)} xã đạt ${b.criteria} tiêu chí`).join(', ');
    return { objective: { ...o, buckets, text }, ...before, after: distributionVi(buckets), afterEn: distributionEn(buckets) };
  }
  return null;
}

/**
 * The copy's objectives with the restated ones recomputed in place (or left out), and a flag for each.
 * `copy` must already hold the carried-over commune targets; `baseline` is the copy's start of year.
 */
export function recomputeObjectives(old: Plan, copy: Plan, baseline: PlanBaseline | null) {
  const outlooks = baseline ? planOutlook(copy, baseline) : [];
  const hasBaseline = baseline !== null && outlooks.length > 0;
  const day = formatDateVi(`${old.year}-12-31`);
  const objectives: Objective[] = [];
  const flags: ReviewFlag[] = [];
  for (const o of old.objectives) {
    const carried = copy.objectives.find((x) => x.id === o.id);
    if (!RESTATED.includes(o.kind)) {
      if (carried) objectives.push(carried);
      continue;
    }
    const r = recompute(o, copy, outlooks, hasBaseline);
    const common = { id: `objective:${o.id}`, reviewedAt: null, reviewedBy: null };
    if (r?.objective) {
      objectives.push(r.objective);
      const change = r.before === r.after ? `${r.before} (không đổi)` : `${r.before} → ${r.after}`;
      const changeEn = r.beforeEn === r.afterEn ? `${r.beforeEn} (unchanged)` : `${r.beforeEn} → ${r.afterEn}`;
      flags.push({
        ...common,
        kind: 'objective_recomputed',
        path: `objectives.${objectives.length - 1}`,
        message: `Mục tiêu ${o.id} đã được tính lại theo hiện trạng ngày ${day} và các cam kết chuyển sang: ${change}. Rà soát trước khi trình.`,
        messageEn: `Objective ${o.id} was recomputed from the baseline of ${day} and the carried-over targets: ${changeEn}. Review it before submitting.`,
        data: { objectiveId: o.id, before: o, after: r.objective },
      });
    } else {
      const why =
        hasBaseline || o.kind === 'communesReachingStandard' ? 'không còn xã nào để tính' : `chưa có hiện trạng các xã ngày ${day}`;
      const whyEn =
        hasBaseline || o.kind === 'communesReachingStandard'
          ? 'no commune is left to compute it over'
          : 'there is no baseline of the communes';
      flags.push({
        ...common,
        kind: 'objective_not_recomputed',
        path: 'objectives',
        message: `Mục tiêu ${o.id} của năm ${old.year} («${o.text}») không tính lại được vì ${why}, nên đã được bỏ khỏi bản sao: nêu lại nếu cần.`,
        messageEn: `Objective ${o.id} of ${old.year} could not be recomputed (${whyEn}) and was left out of the copy: state it again if needed.`,
        data: { objectiveId: o.id, before: o },
      });
    }
  }
  return { objectives, flags };
}
