/** The consistency checks on the Krông Nô 2022 plan against the demo baseline: the numbers the issue asks to show. */
import { describe, expect, it } from 'vitest';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { checkPlan, type PlanFinding } from '../../src/domain/plan/plan-checks.js';
import { planOutlook } from '../../src/domain/plan/plan-metrics.js';
import { target } from './plan-fixtures.js';

const codes = (fs: readonly PlanFinding[]) => fs.map((f) => f.code);
const only = (fs: readonly PlanFinding[], code: string) => {
  const found = fs.filter((f) => f.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as PlanFinding;
};

describe('Krông Nô 2022: the plan against the demo baseline of 31/12/2021', () => {
  const plan = krongNoPlan2022();
  const baseline = krongNoPlanBaseline2022();
  const findings = checkPlan(plan, baseline);

  it('finds no error, one warning (the average) and confirms the rest', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.code)).toEqual(['objective.average_mismatch']);
    expect(codes(findings.filter((f) => f.severity === 'info')).sort()).toEqual([
      'objective.distribution_consistent',
      'objective.reach_standard_consistent',
      'objective.total_consistent',
      'target.reach_standard_covered',
    ]);
  });

  it('the commitments add up to the stated 21', () => {
    const f = only(findings, 'objective.total_consistent');
    expect(f.data).toMatchObject({ stated: 21, listed: 21, adds: 21 });
    expect(f.message).toBe('Các xã cam kết tổng cộng 21 tiêu chí, khớp với mục tiêu tăng thêm 21 tiêu chí.');
  });

  it('the targets imply 18,09 over the 11 communes and 17,75 over the 8 not yet recognised, not the stated 17,9', () => {
    const f = only(findings, 'objective.average_mismatch');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      'Kế hoạch nêu bình quân 17,9 tiêu chí/xã, nhưng theo mục tiêu từng xã thì bình quân là ' +
        '18,09 tiêu chí/xã trên cả 11 xã (199/11) và ' +
        '17,75 tiêu chí/xã trên 8 xã chưa đạt chuẩn (142/8, không tính 3 xã đã đạt chuẩn: Nam Đà, Đắk Sôr, Đắk Drô). ' +
        'Theo mục tiêu, mức 17,9 chỉ đạt nếu tính trên cả 11 xã.',
    );
    expect(f.messageEn).toContain('18.09 criteria per commune over all 11 communes (199/11)');
    expect(f.messageEn).toContain('17.75 criteria per commune over the 8 communes not yet recognised (142/8');
    const implied = f.data.implied as { scope: string; total: number; count: number; unitCodes: string[] }[];
    expect(implied.map(({ scope, total, count }) => ({ scope, total, count }))).toEqual([
      { scope: 'all', total: 199, count: 11 },
      { scope: 'notRecognised', total: 142, count: 8 },
    ]);
    expect(implied[1]?.unitCodes.sort()).toEqual(['24692', '24694', '24699', '24703', '24706', '24709', '24712', '24715']);
  });

  it('the stated distribution 3×19, 2×18, 1×17, 2×16 agrees with the targets over the 8 communes not yet recognised', () => {
    const f = only(findings, 'objective.distribution_consistent');
    expect(f.data.scope).toBe('notRecognised');
    expect(f.data.implied).toEqual([
      { criteria: 19, communes: 3 },
      { criteria: 18, communes: 2 },
      { criteria: 17, communes: 1 },
      { criteria: 16, communes: 2 },
    ]);
    const after = planOutlook(plan, baseline)
      .filter((o) => !o.recognised)
      .map((o) => o.after)
      .sort((a, b) => b - a);
    expect(after).toEqual([19, 19, 19, 18, 18, 17, 16, 16]);
    expect(f.message).toBe(
      'Phân bố nêu trong kế hoạch (3 xã 19 tiêu chí, 2 xã 18 tiêu chí, 1 xã 17 tiêu chí, 2 xã 16 tiêu chí) khớp với mục tiêu từng xã trên 8 xã chưa đạt chuẩn.',
    );
  });

  it('no commune commits to a criterion it already meets; the 3 reaching the standard cover exactly what they lack', () => {
    expect(codes(findings)).not.toContain('target.already_met');
    for (const o of planOutlook(plan, baseline).filter((x) => plan.communeTargets.find((t) => t.unitCode === x.unitCode)?.reachStandard)) {
      expect(o.adds.sort()).toEqual(o.lacking.sort());
      expect(o.after).toBe(19);
    }
    expect(only(findings, 'target.reach_standard_covered').message).toBe(
      "Cả 3 xã về đích (Nâm Nung, Nâm N'Đir, Nam Xuân) đều cam kết đủ các tiêu chí còn thiếu (Nâm Nung: 5; Nâm N'Đir: 4; Nam Xuân: 2).",
    );
  });

  it('a target on a unit that exists only from 1/7/2025 is an error in a 2022 plan', () => {
    const bad = planSchema.parse({ ...plan, communeTargets: [...plan.communeTargets, target('24703-2025', [5])] });
    const f = only(checkPlan(bad, baseline), 'target.unit.not_valid_in_year');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      'Mục tiêu đặt cho Nâm Nung (mã 24703-2025), nhưng đơn vị này không tồn tại trong năm 2022 (hiệu lực từ 01/07/2025).',
    );
    expect(f.path).toBe('communeTargets.11');
  });
});
