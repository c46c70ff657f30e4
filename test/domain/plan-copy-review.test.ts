/** A copy that says what it carried: bases checked against the catalogue, texts naming the old year, numbers recomputed. */
import { describe, expect, it } from 'vitest';
import { legalBasisCatalog } from '../../src/catalog/legal-bases/index.js';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { copyPlanForNextYear } from '../../src/domain/plan/plan-copy.js';
import { namesYear } from '../../src/domain/plan/plan-copy-review.js';

const plan = krongNoPlan2022();
const baseline = krongNoPlanBaseline2022();
const catalog = legalBasisCatalog();
const all = baseline.criterionNumbers;

describe('review flags of a copy', () => {
  it('a year is named in "năm 2022" or "cuối năm 2022", not in a date or a phase', () => {
    expect(namesYear('phấn đấu đến hết năm 2022 tỷ lệ', 2022)).toBe(true);
    expect(namesYear('Quyết định ngày 08 tháng 3 năm 2022 giai đoạn 2021-2025', 2022)).toBe(false);
    expect(namesYear('QĐ 318/QĐ-TTg ngày 8/3/2022', 2022)).toBe(false);
    expect(namesYear('giai đoạn 2022-2025', 2022)).toBe(false);
  });

  it('2025 → 2026: the standing bases of 2021-2025 have expired, the yearly ones belong to 2022; unlisted ones are said so', () => {
    const p = planSchema.parse({
      ...plan,
      year: 2025,
      issuedOn: { year: 2025, month: 1, day: null },
      legalBases: [
        ...plan.legalBases,
        { documentType: 'Công văn', number: '99/UBND', date: '2024-11-02', issuer: 'UBND tỉnh', title: 'về việc hướng dẫn chung' },
        { documentType: 'Nghị quyết', number: '7/NQ-HĐND', date: '2024-12-20', issuer: 'HĐND huyện', title: 'về kế hoạch năm 2025' },
      ],
    });
    const { plan: copy } = copyPlanForNextYear(p, { code: 'h-2026', catalog });
    const kinds = Object.fromEntries(copy.reviewFlags.filter((f) => f.id.startsWith('basis:')).map((f) => [f.id, f.kind]));
    expect(kinds).toEqual({
      'basis:25/2021/QH15': 'basis_expired',
      'basis:263/QĐ-TTg': 'basis_expired',
      'basis:318/QĐ-TTg': 'basis_expired',
      'basis:12-NQ/TU': 'basis_expired',
      'basis:205/NQ-HĐND': 'basis_other_year',
      'basis:5168/QĐ-UBND': 'basis_other_year',
      'basis:99/UBND': 'basis_unlisted',
      'basis:7/NQ-HĐND': 'basis_other_year',
    });
    expect(copy.reviewFlags.find((f) => f.id === 'basis:318/QĐ-TTg')?.message).toBe(
      'Căn cứ Quyết định số 318/QĐ-TTg của Thủ tướng Chính phủ áp dụng cho giai đoạn 2021-2025, đã hết trước năm 2026: thay bằng văn bản của giai đoạn mới hoặc bỏ.',
    );
  });

  it('with a new baseline the stated numbers follow it: a commune that reached the standard no longer counts', () => {
    // Nâm Nung met everything by 31/12/2022 and was recognised; the others stand where they did.
    const newBaseline = {
      ...baseline,
      communes: baseline.communes.map((c) => (c.unitCode === '24703' ? { ...c, met: all, recognisedTier: 'ntm' as const } : c)),
    };
    const metAtYearEnd = Object.fromEntries(newBaseline.communes.map((c) => [c.unitCode, c.met]));
    const { plan: copy } = copyPlanForNextYear(plan, {
      code: 'krong-no-2023',
      yearEnd: { criterionNumbers: all, metAtYearEnd, units: baseline.units },
      newBaseline,
      catalog,
    });
    expect(() => planSchema.parse(copy)).not.toThrow();
    const met = new Map(newBaseline.communes.map((c) => [c.unitCode, c.met]));
    const adds = copy.communeTargets.flatMap((t) => t.criteria.filter((n) => !met.get(t.unitCode)?.includes(n)));
    const o = (id: string) => copy.objectives.find((x) => x.id === id);
    expect(o('I.1.a')).toMatchObject({ kind: 'criteriaAdded', total: adds.length });
    expect(adds.length).toBe(16); // 21 less Nâm Nung's 5
    expect(o('I.1.c')).toMatchObject({ count: 2, unitCodes: ['24715', '24692'] });
    expect(o('I.1.c')?.text).toBe("2 xã về đích nông thôn mới năm 2023: Nâm N'Đir, Nam Xuân");
    const distribution = o('I.1.e');
    expect(distribution?.kind === 'distribution' && distribution.buckets.reduce((n, b) => n + b.communes, 0)).toBe(7);
    const flag = copy.reviewFlags.find((f) => f.id === 'objective:I.1.a');
    expect(flag?.message).toBe(
      'Mục tiêu I.1.a đã được tính lại theo hiện trạng ngày 31/12/2022 và các cam kết chuyển sang: thêm 21 tiêu chí → thêm 16 tiêu chí. Rà soát trước khi trình.',
    );
  });

  it('without a baseline the stated numbers are left out and each one is flagged, never carried silently', () => {
    const { plan: copy } = copyPlanForNextYear(plan, { code: 'krong-no-2023', catalog });
    expect(copy.objectives.map((o) => o.kind)).toEqual(['minimumGain', 'indicator', 'text', 'text']);
    const dropped = copy.reviewFlags.filter((f) => f.kind === 'objective_not_recomputed').map((f) => f.id);
    expect(dropped).toEqual(['objective:I.1.a', 'objective:I.1.c', 'objective:I.1.d', 'objective:I.1.e']);
    expect(copy.reviewFlags.find((f) => f.id === 'objective:I.1.d')?.message).toContain(
      'không tính lại được vì chưa có hiện trạng các xã ngày 31/12/2022',
    );
  });
});
