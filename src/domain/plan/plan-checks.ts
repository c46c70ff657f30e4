/**
 * The consistency checks of a plan against the start-of-year baseline, as one pure function: do the
 * stated total, average, distribution and number of communes reaching the standard agree with the
 * commune targets, and are the targets themselves possible (plan-target-checks.ts)? Never stored.
 */

import type { Plan } from './plan.schema.js';
import {
  type AverageOver,
  averageOver,
  type CommuneOutlook,
  decimalsOf,
  distributionOf,
  type PlanBaseline,
  planOutlook,
  roundTo,
  sameDistribution,
} from './plan-metrics.js';
import type { ObjectiveOf } from './plan-objective.schema.js';
import { minimumGainFindings, targetFindings, unitValidityFinding } from './plan-target-checks.js';
import {
  averageEn,
  averageVi,
  communeNames,
  distributionEn,
  distributionVi,
  numEn,
  numVi,
  type PlanFinding,
  scopeEn,
  scopeVi,
} from './plan-text.js';

export type { PlanFinding, Severity } from './plan-text.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every finding on the plan, errors first, then warnings, then confirmations (info). */
export function checkPlan(plan: Plan, baseline: PlanBaseline): PlanFinding[] {
  const outlooks = planOutlook(plan, baseline);
  const out: PlanFinding[] = [];
  const units = new Map(baseline.units.map((u) => [u.code, u]));
  const issuer = unitValidityFinding(units.get(plan.issuingUnit.unitCode), plan.issuingUnit.unitCode, plan.year, 'issuingUnit', {
    vi: 'Đơn vị ban hành kế hoạch là',
    en: 'The issuing unit is',
  });
  if (issuer) out.push({ ...issuer, code: `plan.issuing_${issuer.code}` });
  const needsCommunes = plan.objectives.some((o) => o.kind === 'averageCriteria' || o.kind === 'distribution' || o.kind === 'minimumGain');
  if (outlooks.length === 0 && needsCommunes) {
    out.push({
      code: 'plan.no_baseline',
      severity: 'warning',
      message: 'Chưa có hiện trạng đầu năm của các xã nên chưa kiểm tra được bình quân, phân bố và mức tăng tối thiểu.',
      messageEn: 'There is no start-of-year baseline for the communes, so the average, distribution and minimum gain cannot be checked.',
      data: {},
    });
  }
  plan.objectives.forEach((o, i) => {
    const path = `objectives.${i}`;
    if (outlooks.length === 0 && (o.kind === 'averageCriteria' || o.kind === 'distribution')) return;
    if (o.kind === 'criteriaAdded') out.push(totalFinding(o, plan, outlooks, path));
    if (o.kind === 'averageCriteria') out.push(averageFinding(o, outlooks, path));
    if (o.kind === 'distribution') out.push(distributionFinding(o, outlooks, path));
    if (o.kind === 'communesReachingStandard') out.push(reachCountFinding(o, plan, path));
    if (o.kind === 'minimumGain') out.push(...minimumGainFindings(o, outlooks));
    if (o.kind === 'indicator' && baseline.indicatorCodes && !baseline.indicatorCodes.includes(o.indicatorCode)) {
      out.push({
        code: 'objective.unknown_indicator',
        severity: 'warning',
        message: `Mục tiêu "${o.id}" gắn với chỉ tiêu ${o.indicatorCode}, không có trong bộ tiêu chí ${plan.criteriaSetCode}.`,
        messageEn: `Objective "${o.id}" is tied to indicator ${o.indicatorCode}, which is not in criteria set ${plan.criteriaSetCode}.`,
        path: `${path}.indicatorCode`,
        data: { objectiveId: o.id, indicatorCode: o.indicatorCode },
      });
    }
  });
  out.push(...targetFindings(plan, baseline, outlooks));
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Sum of the commitments as listed vs the stated total; also says when some commitments add nothing. */
function totalFinding(o: ObjectiveOf<'criteriaAdded'>, plan: Plan, outlooks: readonly CommuneOutlook[], path: string): PlanFinding {
  const listed = plan.communeTargets.reduce((n, t) => n + t.criteria.length, 0);
  const known = new Set(outlooks.map((c) => c.unitCode));
  const unchecked = plan.communeTargets.filter((t) => !known.has(t.unitCode)).reduce((n, t) => n + t.criteria.length, 0);
  const adds = outlooks.reduce((n, c) => n + c.adds.length, 0) + unchecked;
  const data = { objectiveId: o.id, stated: o.total, listed, adds };
  const addsVi = adds !== listed ? `; tính theo hiện trạng đầu năm, các cam kết chỉ làm tăng ${adds} tiêu chí` : '';
  const addsEn = adds !== listed ? `; against the start-of-year baseline they add only ${adds}` : '';
  if (listed === o.total && adds === listed) {
    return {
      code: 'objective.total_consistent',
      severity: 'info',
      message: `Các xã cam kết tổng cộng ${listed} tiêu chí, khớp với mục tiêu tăng thêm ${o.total} tiêu chí.`,
      messageEn: `The communes commit to ${listed} criteria in total, matching the stated ${o.total}.`,
      path,
      data,
    };
  }
  const diff = listed - o.total;
  const gapVi = diff === 0 ? 'bằng số nêu' : diff < 0 ? `thiếu ${-diff}` : `nhiều hơn ${diff}`;
  const gapEn = diff === 0 ? 'equal to it' : diff < 0 ? `${-diff} short` : `${diff} more`;
  return {
    code: 'objective.total_mismatch',
    severity: 'warning',
    message: `Kế hoạch nêu tăng thêm ${o.total} tiêu chí, nhưng tổng số tiêu chí các xã cam kết là ${listed} (${gapVi})${addsVi}.`,
    messageEn: `The plan states ${o.total} criteria to add, but the communes commit to ${listed} (${gapEn})${addsEn}.`,
    path,
    data,
  };
}

/** The stated average vs the average the targets imply, over all communes and over those not recognised. */
function averageFinding(o: ObjectiveOf<'averageCriteria'>, outlooks: readonly CommuneOutlook[], path: string): PlanFinding {
  const all = averageOver(outlooks, 'all', (c) => c.after);
  const notRecognised = averageOver(outlooks, 'notRecognised', (c) => c.after);
  const scopes: AverageOver[] = notRecognised.count === all.count || notRecognised.count === 0 ? [all] : [all, notRecognised];
  const compared = o.scope === null ? scopes : scopes.filter((s) => s.scope === o.scope);
  const places = decimalsOf(o.atLeast);
  const matching = compared.find((s) => roundTo(s.average, places) === o.atLeast);
  const implied = scopes.map((s) => ({
    scope: s.scope,
    total: s.total,
    count: s.count,
    average: s.average,
    unitCodes: s.communes.map((c) => c.unitCode),
  }));
  const data = { objectiveId: o.id, stated: o.atLeast, statedScope: o.scope, implied };
  const statedVi = `${numVi(o.atLeast)} tiêu chí/xã${o.scope === null ? '' : ` trên ${scopeVi(o.scope === 'all' ? all : notRecognised)}`}`;
  const statedEn = `${numEn(o.atLeast)} criteria per commune${o.scope === null ? '' : ` over ${scopeEn(o.scope === 'all' ? all : notRecognised)}`}`;
  if (matching) {
    return {
      code: 'objective.average_consistent',
      severity: 'info',
      message: `Bình quân ${statedVi} nêu trong kế hoạch khớp với mục tiêu từng xã: ${averageVi(matching)}.`,
      messageEn: `The stated average of ${statedEn} matches the commune targets: ${averageEn(matching)}.`,
      path,
      data,
    };
  }
  const reached = scopes.filter((s) => s.average >= o.atLeast);
  const reachVi =
    reached.length === scopes.length
      ? ''
      : reached.length === 0
        ? ` Theo mục tiêu, mức ${numVi(o.atLeast)} không đạt trên phạm vi nào.`
        : ` Theo mục tiêu, mức ${numVi(o.atLeast)} chỉ đạt nếu tính trên ${reached.map(scopeVi).join(' hoặc ')}.`;
  const reachEn =
    reached.length === scopes.length
      ? ''
      : reached.length === 0
        ? ` The targets reach ${numEn(o.atLeast)} over neither.`
        : ` The targets reach ${numEn(o.atLeast)} only over ${reached.map(scopeEn).join(' or ')}.`;
  return {
    code: 'objective.average_mismatch',
    severity: 'warning',
    message: `Kế hoạch nêu bình quân ${statedVi}, nhưng theo mục tiêu từng xã thì bình quân là ${scopes.map(averageVi).join(' và ')}.${reachVi}`,
    messageEn: `The plan states an average of ${statedEn}, but the commune targets imply ${scopes.map(averageEn).join(' and ')}.${reachEn}`,
    path,
    data,
  };
}

/** The stated distribution vs the targets', over the communes it evidently counts (by scope or by number). */
function distributionFinding(o: ObjectiveOf<'distribution'>, outlooks: readonly CommuneOutlook[], path: string): PlanFinding {
  const statedCount = o.buckets.reduce((n, b) => n + b.communes, 0);
  const all = averageOver(outlooks, 'all', (c) => c.after);
  const notRecognised = averageOver(outlooks, 'notRecognised', (c) => c.after);
  const fallback = notRecognised.count > 0 ? 'notRecognised' : 'all';
  const scope =
    o.scope ?? (statedCount === notRecognised.count && statedCount > 0 ? 'notRecognised' : statedCount === all.count ? 'all' : fallback);
  const over = scope === 'all' ? all : notRecognised;
  const inScope = new Set(over.communes.map((c) => c.unitCode));
  const implied = distributionOf(outlooks.filter((c) => inScope.has(c.unitCode)).map((c) => c.after));
  const stated = distributionOf(o.buckets.flatMap((b) => Array<number>(b.communes).fill(b.criteria)));
  const data = { objectiveId: o.id, scope, stated, implied, statedCount, scopeCount: over.count };
  if (sameDistribution(stated, implied)) {
    return {
      code: 'objective.distribution_consistent',
      severity: 'info',
      message: `Phân bố nêu trong kế hoạch (${distributionVi(stated)}) khớp với mục tiêu từng xã trên ${scopeVi(over)}.`,
      messageEn: `The stated distribution (${distributionEn(stated)}) matches the commune targets over ${scopeEn(over)}.`,
      path,
      data,
    };
  }
  const countVi = statedCount !== over.count ? `; kế hoạch tính ${statedCount} xã` : '';
  const countEn = statedCount !== over.count ? `; the plan counts ${statedCount} communes` : '';
  return {
    code: 'objective.distribution_mismatch',
    severity: 'warning',
    message: `Phân bố nêu trong kế hoạch (${distributionVi(stated)}) khác với phân bố theo mục tiêu từng xã trên ${scopeVi(over)} (${distributionVi(implied)})${countVi}.`,
    messageEn: `The stated distribution (${distributionEn(stated)}) differs from the targets' over ${scopeEn(over)} (${distributionEn(implied)})${countEn}.`,
    path,
    data,
  };
}

/** The stated number (and names) of communes reaching the standard vs the targets flagged so. */
function reachCountFinding(o: ObjectiveOf<'communesReachingStandard'>, plan: Plan, path: string): PlanFinding {
  const flagged = plan.communeTargets.filter((t) => t.reachStandard);
  const named = new Set(o.unitCodes);
  const sameNames = o.unitCodes.length === 0 || (named.size === flagged.length && flagged.every((t) => named.has(t.unitCode)));
  const data = { objectiveId: o.id, stated: o.count, flagged: flagged.map((t) => t.unitCode), named: o.unitCodes };
  if (flagged.length === o.count && sameNames) {
    return {
      code: 'objective.reach_standard_consistent',
      severity: 'info',
      message: `Kế hoạch nêu ${o.count} xã về đích; mục tiêu từng xã đánh dấu về đích đúng ${flagged.length} xã: ${communeNames(flagged)}.`,
      messageEn: `The plan states ${o.count} communes reaching the standard; the targets flag exactly ${flagged.length}: ${communeNames(flagged)}.`,
      path,
      data,
    };
  }
  const namesVi = sameNames ? '' : `; các xã nêu tên (${o.unitCodes.join(', ')}) khác các xã được đánh dấu`;
  const namesEn = sameNames ? '' : `; the named communes (${o.unitCodes.join(', ')}) differ from those flagged`;
  return {
    code: 'objective.reach_standard_mismatch',
    severity: 'warning',
    message: `Kế hoạch nêu ${o.count} xã về đích, nhưng mục tiêu từng xã đánh dấu về đích ${flagged.length} xã${flagged.length > 0 ? `: ${communeNames(flagged)}` : ''}${namesVi}.`,
    messageEn: `The plan states ${o.count} communes reaching the standard, but the targets flag ${flagged.length}${flagged.length > 0 ? `: ${communeNames(flagged)}` : ''}${namesEn}.`,
    path,
    data,
  };
}
