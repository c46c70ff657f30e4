/** The consistency checks, each rule broken by a small synthetic plan. */
import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanFinding } from '../../src/domain/plan/plan-checks.js';
import { obj, target, testBaseline, testPlan } from './plan-fixtures.js';

const codes = (fs: readonly PlanFinding[]) => fs.map((f) => f.code);
const only = (fs: readonly PlanFinding[], code: string) => {
  const found = fs.filter((f) => f.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as PlanFinding;
};

describe('each rule, broken by a synthetic plan', () => {
  const base = testBaseline();

  it('total: stated vs sum of commitments, and commitments that add nothing', () => {
    expect(codes(checkPlan(testPlan({ objectives: [obj.total(2)] }), base))).toContain('objective.total_consistent');
    const short = only(checkPlan(testPlan({ objectives: [obj.total(3)] }), base), 'objective.total_mismatch');
    expect(short.message).toBe('Kế hoạch nêu tăng thêm 3 tiêu chí, nhưng tổng số tiêu chí các xã cam kết là 2 (thiếu 1).');
    const inflated = testPlan({ objectives: [obj.total(2)], communeTargets: [target('A', [1, 3])] });
    expect(only(checkPlan(inflated, base), 'objective.total_mismatch').message).toBe(
      'Kế hoạch nêu tăng thêm 2 tiêu chí, nhưng tổng số tiêu chí các xã cam kết là 2 (bằng số nêu); tính theo hiện trạng đầu năm, các cam kết chỉ làm tăng 1 tiêu chí.',
    );
  });

  it('average: matched over one scope is info; matched over none is a warning naming both', () => {
    // After the plan: A 3, B 5, C 5 → 13/3 = 4,33 over all; 8/2 = 4 over the 2 not recognised.
    // Compared at the stated precision: 4 matches 4,33 over all 3.
    const whole = only(checkPlan(testPlan({ objectives: [obj.average(4)] }), base), 'objective.average_consistent');
    expect(whole.message).toBe(
      'Bình quân 4 tiêu chí/xã nêu trong kế hoạch khớp với mục tiêu từng xã: 4,33 tiêu chí/xã trên cả 3 xã (13/3).',
    );
    // A 4, B 5, C 5 → 4,67 over all, 4,5 over the 2 not recognised.
    const plan45 = testPlan({ objectives: [obj.average(4.5)], communeTargets: [target('A', [3, 4]), target('B', [5])] });
    expect(only(checkPlan(plan45, base), 'objective.average_consistent').message).toBe(
      'Bình quân 4,5 tiêu chí/xã nêu trong kế hoạch khớp với mục tiêu từng xã: 4,5 tiêu chí/xã trên 2 xã chưa đạt chuẩn (9/2, không tính 1 xã đã đạt chuẩn: Xã C).',
    );
    const off = only(checkPlan(testPlan({ objectives: [obj.average(4.2)] }), base), 'objective.average_mismatch');
    expect(off.message).toBe(
      'Kế hoạch nêu bình quân 4,2 tiêu chí/xã, nhưng theo mục tiêu từng xã thì bình quân là 4,33 tiêu chí/xã trên cả 3 xã (13/3) và ' +
        '4 tiêu chí/xã trên 2 xã chưa đạt chuẩn (8/2, không tính 1 xã đã đạt chuẩn: Xã C). Theo mục tiêu, mức 4,2 chỉ đạt nếu tính trên cả 3 xã.',
    );
    // A stated scope is compared alone: 4,3 over the 2 not recognised does not match, though 4,33 over all would.
    const scoped = only(checkPlan(testPlan({ objectives: [obj.average(4.3, 'notRecognised')] }), base), 'objective.average_mismatch');
    expect(scoped.message).toMatch(/^Kế hoạch nêu bình quân 4,3 tiêu chí\/xã trên 2 xã chưa đạt chuẩn, nhưng/);
    const tooHigh = only(checkPlan(testPlan({ objectives: [obj.average(4.5)] }), base), 'objective.average_mismatch');
    expect(tooHigh.message).toMatch(/Theo mục tiêu, mức 4,5 không đạt trên phạm vi nào\.$/);
  });

  it('distribution: compared over the communes it counts, or reported with both', () => {
    const ok = checkPlan(
      testPlan({
        objectives: [
          obj.distribution([
            { criteria: 5, communes: 1 },
            { criteria: 3, communes: 1 },
          ]),
        ],
      }),
      base,
    );
    expect(only(ok, 'objective.distribution_consistent').data.scope).toBe('notRecognised');
    const all = checkPlan(
      testPlan({
        objectives: [
          obj.distribution([
            { criteria: 5, communes: 2 },
            { criteria: 3, communes: 1 },
          ]),
        ],
      }),
      base,
    );
    expect(only(all, 'objective.distribution_consistent').message).toContain('trên cả 3 xã');
    const off = only(
      checkPlan(testPlan({ objectives: [obj.distribution([{ criteria: 5, communes: 2 }])] }), base),
      'objective.distribution_mismatch',
    );
    expect(off.message).toBe(
      'Phân bố nêu trong kế hoạch (2 xã 5 tiêu chí) khác với phân bố theo mục tiêu từng xã trên 2 xã chưa đạt chuẩn (1 xã 5 tiêu chí, 1 xã 3 tiêu chí).',
    );
    const count = only(
      checkPlan(testPlan({ objectives: [obj.distribution([{ criteria: 5, communes: 4 }])] }), base),
      'objective.distribution_mismatch',
    );
    expect(count.message).toMatch(/; kế hoạch tính 4 xã\.$/);
  });

  it('communes reaching the standard: count and names vs the flags', () => {
    const flagged = [target('A', [3, 4, 5], { reachStandard: true }), target('B', [5])];
    expect(codes(checkPlan(testPlan({ objectives: [obj.reach(1, ['A'])], communeTargets: flagged }), base))).toContain(
      'objective.reach_standard_consistent',
    );
    const count = only(
      checkPlan(testPlan({ objectives: [obj.reach(2)], communeTargets: flagged }), base),
      'objective.reach_standard_mismatch',
    );
    expect(count.message).toBe('Kế hoạch nêu 2 xã về đích, nhưng mục tiêu từng xã đánh dấu về đích 1 xã: Xã A.');
    const names = only(
      checkPlan(testPlan({ objectives: [obj.reach(1, ['B'])], communeTargets: flagged }), base),
      'objective.reach_standard_mismatch',
    );
    expect(names.message).toContain('các xã nêu tên (B) khác các xã được đánh dấu');
  });

  it('a commitment to a criterion already met is a warning', () => {
    const f = only(checkPlan(testPlan({ communeTargets: [target('A', [2, 3])] }), base), 'target.already_met');
    expect(f).toMatchObject({ severity: 'warning', path: 'communeTargets.0.criteria', data: { unitCode: 'A', criteria: [2] } });
    expect(f.message).toBe('Xã Xã A cam kết tiêu chí 2 nhưng đã đạt tiêu chí này từ đầu năm; cam kết không làm tăng số tiêu chí.');
  });

  it('a reach-the-standard commune whose commitments leave gaps is an error', () => {
    const f = only(
      checkPlan(testPlan({ communeTargets: [target('A', [3], { reachStandard: true })] }), base),
      'target.reach_standard_not_covered',
    );
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      'Xã Xã A được đặt mục tiêu về đích nhưng cam kết chưa gồm 2 tiêu chí còn thiếu: 4, 5 (đầu năm đạt 2/5; nếu đạt hết cam kết cũng chỉ được 3/5).',
    );
    expect(codes(checkPlan(testPlan({ communeTargets: [target('A', [3, 4, 5], { reachStandard: true })] }), base))).not.toContain(
      'target.reach_standard_not_covered',
    );
  });

  it('targets on units not valid in the year: unknown, not existing, ending in the year, no baseline', () => {
    const fs = checkPlan(testPlan({ communeTargets: [target('Z', [1]), target('N', [1]), target('E', [1]), target('D', [1])] }), base);
    expect(only(fs, 'target.unit.unknown')).toMatchObject({ severity: 'error', path: 'communeTargets.0' });
    expect(only(fs, 'target.unit.not_valid_in_year').message).toBe(
      'Mục tiêu đặt cho Xã N (mới) (mã N), nhưng đơn vị này không tồn tại trong năm 2022 (hiệu lực từ 01/07/2025).',
    );
    expect(only(fs, 'target.unit.ends_in_year')).toMatchObject({ severity: 'warning', data: { validTo: '2022-06-30' } });
    // Units that exist in the year but have no start-of-year data cannot be checked further.
    expect(fs.filter((f) => f.code === 'target.no_baseline').map((f) => f.data.unitCode)).toEqual(['E', 'D']);
  });

  it('an issuing unit that does not exist in the year is an error (a district plan for 2026)', () => {
    const f = only(
      checkPlan(testPlan({ year: 2026, issuedOn: { year: 2026, month: 1, day: 5 } }), base),
      'plan.issuing_unit.not_valid_in_year',
    );
    expect(f.message).toBe(
      'Đơn vị ban hành kế hoạch là Huyện H (mã H), nhưng đơn vị này không tồn tại trong năm 2026 (hiệu lực 01/01/2004 – 30/06/2025).',
    );
  });

  it('unknown criteria, "maintain" on a commune not recognised, gains below the minimum, unknown indicators', () => {
    const fs = checkPlan(
      testPlan({
        communeTargets: [target('A', [9], { maintain: true })],
        objectives: [
          obj.minimumGain(1),
          { id: 'bhyt', kind: 'indicator', text: 'BHYT', indicatorCode: '9.9', comparator: 'atLeast', value: 90, dueDate: null },
        ],
      }),
      base,
    );
    expect(only(fs, 'target.unknown_criterion').message).toBe('Xã Xã A cam kết tiêu chí 9, không có trong bộ tiêu chí test-set.');
    expect(only(fs, 'target.maintain_not_recognised').severity).toBe('warning');
    // A adds nothing (9 is not a criterion), B has no target; C is recognised and exempt.
    expect(fs.filter((f) => f.code === 'target.below_minimum_gain').map((f) => f.data.unitCode)).toEqual(['A', 'B']);
    expect(only(fs, 'objective.unknown_indicator').data).toMatchObject({ indicatorCode: '9.9' });
  });

  it('without any baseline commune, says the average and distribution cannot be checked instead of computing NaN', () => {
    const fs = checkPlan(
      testPlan({ objectives: [obj.average(4), obj.distribution([{ criteria: 5, communes: 2 }])] }),
      testBaseline({ communes: [] }),
    );
    expect(codes(fs)).toContain('plan.no_baseline');
    expect(codes(fs).filter((c) => c.startsWith('objective.'))).toEqual([]);
    for (const f of fs) expect(f.message).not.toContain('NaN');
  });

  it('sorts errors first, then warnings, then info', () => {
    const fs = checkPlan(
      testPlan({ objectives: [obj.total(2), obj.average(9)], communeTargets: [target('A', [3], { reachStandard: true })] }),
      base,
    );
    const rank = { error: 0, warning: 1, info: 2 };
    expect(fs.map((f) => rank[f.severity])).toEqual([...fs.map((f) => rank[f.severity])].sort());
    expect(fs[0]?.severity).toBe('error');
  });
});
