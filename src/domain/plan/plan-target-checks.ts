/**
 * Consistency rules about each commune's targets against the baseline: units that do not exist in the
 * plan's year, unknown criteria, commitments to criteria already met, reach-the-standard communes whose
 * commitments leave gaps, "maintain" on a commune not recognised, gains below the stated minimum.
 */
import { formatDateVi } from '../text/vietnamese.js';
import type { Plan } from './plan.schema.js';
import type { CommuneOutlook, PlanBaseline, UnitValidity } from './plan-metrics.js';
import type { ObjectiveOf } from './plan-objective.schema.js';
import { communeNames, listOf, type PlanFinding } from './plan-text.js';

const yearStart = (y: number) => `${y}-01-01`;
const yearEnd = (y: number) => `${y}-12-31`;

/** Error when the unit is unknown or does not exist at all in the year; warning when it ends before 31/12. */
export function unitValidityFinding(
  unit: UnitValidity | undefined,
  code: string,
  year: number,
  path: string,
  what: { vi: string; en: string },
): PlanFinding | null {
  if (!unit) {
    return {
      code: 'unit.unknown',
      severity: 'error',
      message: `${what.vi} mã đơn vị ${code}, không có trong danh mục đơn vị hành chính.`,
      messageEn: `${what.en} unit code ${code}, which is not in the unit catalogue.`,
      path,
      data: { unitCode: code, year },
    };
  }
  const to = unit.validTo ?? null;
  if (unit.validFrom > yearEnd(year) || (to !== null && to < yearStart(year))) {
    const span = `${formatDateVi(unit.validFrom)}${to ? ` – ${formatDateVi(to)}` : ''}`;
    return {
      code: 'unit.not_valid_in_year',
      severity: 'error',
      message: `${what.vi} ${unit.name} (mã ${code}), nhưng đơn vị này không tồn tại trong năm ${year} (hiệu lực ${to ? '' : 'từ '}${span}).`,
      messageEn: `${what.en} ${unit.name} (code ${code}), which does not exist in ${year} (valid ${to ? '' : 'from '}${span}).`,
      path,
      data: { unitCode: code, year, validFrom: unit.validFrom, validTo: to },
    };
  }
  if (to !== null && to < yearEnd(year)) {
    return {
      code: 'unit.ends_in_year',
      severity: 'warning',
      message: `${unit.name} (mã ${code}) chỉ tồn tại đến ${formatDateVi(to)}, trước khi năm ${year} kết thúc; mục tiêu cuối năm cần chuyển sang đơn vị kế tiếp.`,
      messageEn: `${unit.name} (code ${code}) ends on ${to}, before the end of ${year}; year-end targets must move to its successor.`,
      path,
      data: { unitCode: code, year, validTo: to },
    };
  }
  return null;
}

export function targetFindings(plan: Plan, baseline: PlanBaseline, outlooks: readonly CommuneOutlook[]): PlanFinding[] {
  const out: PlanFinding[] = [];
  const units = new Map(baseline.units.map((u) => [u.code, u]));
  const byUnit = new Map(outlooks.map((o) => [o.unitCode, o]));
  plan.communeTargets.forEach((t, i) => {
    const path = `communeTargets.${i}`;
    const unit = unitValidityFinding(units.get(t.unitCode), t.unitCode, plan.year, path, {
      vi: 'Mục tiêu đặt cho',
      en: 'A target is set on',
    });
    if (unit) out.push({ ...unit, code: `target.${unit.code}` });
    const o = byUnit.get(t.unitCode);
    if (!o) {
      if (unit?.severity !== 'error') {
        out.push({
          code: 'target.no_baseline',
          severity: 'warning',
          message: `Chưa có hiện trạng đầu năm của xã ${t.name} (mã ${t.unitCode}) nên chưa kiểm tra được mục tiêu của xã này.`,
          messageEn: `There is no start-of-year baseline for ${t.name} (code ${t.unitCode}), so its targets cannot be checked.`,
          path,
          data: { unitCode: t.unitCode },
        });
      }
      return;
    }
    if (o.unknown.length > 0) {
      out.push({
        code: 'target.unknown_criterion',
        severity: 'error',
        message: `Xã ${o.name} cam kết tiêu chí ${listOf(o.unknown)}, không có trong bộ tiêu chí ${plan.criteriaSetCode}.`,
        messageEn: `${o.name} commits to criterion ${listOf(o.unknown)}, which is not in criteria set ${plan.criteriaSetCode}.`,
        path: `${path}.criteria`,
        data: { unitCode: o.unitCode, criteria: o.unknown },
      });
    }
    if (o.alreadyMet.length > 0) {
      out.push({
        code: 'target.already_met',
        severity: 'warning',
        message: `Xã ${o.name} cam kết tiêu chí ${listOf(o.alreadyMet)} nhưng đã đạt ${o.alreadyMet.length === 1 ? 'tiêu chí này' : 'các tiêu chí này'} từ đầu năm; cam kết không làm tăng số tiêu chí.`,
        messageEn: `${o.name} commits to criterion ${listOf(o.alreadyMet)}, already met at the start of the year; it adds nothing.`,
        path: `${path}.criteria`,
        data: { unitCode: o.unitCode, criteria: o.alreadyMet },
      });
    }
    if (t.reachStandard && o.uncovered.length > 0) {
      const n = baseline.criterionNumbers.length;
      out.push({
        code: 'target.reach_standard_not_covered',
        severity: 'error',
        message: `Xã ${o.name} được đặt mục tiêu về đích nhưng cam kết chưa gồm ${o.uncovered.length} tiêu chí còn thiếu: ${listOf(o.uncovered)} (đầu năm đạt ${o.metAtStart}/${n}; nếu đạt hết cam kết cũng chỉ được ${o.after}/${n}).`,
        messageEn: `${o.name} is to reach the standard but its commitments leave out ${o.uncovered.length} lacking criteria: ${listOf(o.uncovered)} (${o.metAtStart}/${n} at the start; ${o.after}/${n} even if every commitment is met).`,
        path: `${path}.criteria`,
        data: { unitCode: o.unitCode, uncovered: o.uncovered, metAtStart: o.metAtStart, after: o.after, criteriaCount: n },
      });
    }
    if (t.maintain && !o.recognised) {
      out.push({
        code: 'target.maintain_not_recognised',
        severity: 'warning',
        message: `Xã ${o.name} được giao duy trì chuẩn nhưng chưa được công nhận đạt chuẩn (đầu năm đạt ${o.metAtStart}/${baseline.criterionNumbers.length} tiêu chí).`,
        messageEn: `${o.name} is to maintain the standard but is not recognised (${o.metAtStart}/${baseline.criterionNumbers.length} criteria at the start).`,
        path: `${path}.maintain`,
        data: { unitCode: o.unitCode, metAtStart: o.metAtStart },
      });
    }
  });
  const reaching = plan.communeTargets.filter((t) => t.reachStandard).map((t) => byUnit.get(t.unitCode));
  if (reaching.length > 0 && reaching.every((o) => o !== undefined && o.uncovered.length === 0)) {
    const list = reaching as CommuneOutlook[];
    out.push({
      code: 'target.reach_standard_covered',
      severity: 'info',
      message: `Cả ${list.length} xã về đích (${communeNames(list)}) đều cam kết đủ các tiêu chí còn thiếu (${list.map((o) => `${o.name}: ${o.adds.length}`).join('; ')}).`,
      messageEn: `All ${list.length} communes reaching the standard (${communeNames(list)}) commit to every criterion they lack (${list.map((o) => `${o.name}: ${o.adds.length}`).join('; ')}).`,
      data: { communes: list.map((o) => ({ unitCode: o.unitCode, adds: o.adds })) },
    });
  }
  return out;
}

/** Each commune not yet recognised (and not already meeting everything) should gain at least the stated minimum. */
export function minimumGainFindings(o: ObjectiveOf<'minimumGain'>, outlooks: readonly CommuneOutlook[]): PlanFinding[] {
  return outlooks
    .filter((c) => !c.recognised && c.lacking.length > 0 && c.adds.length < Math.min(o.atLeast, c.lacking.length))
    .map((c) => ({
      code: 'target.below_minimum_gain',
      severity: 'warning' as const,
      message: `Xã ${c.name} chỉ cam kết thêm ${c.adds.length} tiêu chí, ít hơn mức tối thiểu ${o.atLeast} tiêu chí/xã nêu trong kế hoạch.`,
      messageEn: `${c.name} commits to only ${c.adds.length} new criteria, below the plan's minimum of ${o.atLeast} per commune.`,
      data: { unitCode: c.unitCode, adds: c.adds.length, minimum: o.atLeast, objectiveId: o.id },
    }));
}
