/** Next year's plan as a copy, and the status life cycle with who may move it. */
import { describe, expect, it } from 'vitest';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { AppError } from '../../src/domain/errors.js';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { copyPlanForNextYear } from '../../src/domain/plan/plan-copy.js';
import { allowedTransitions, PLAN_TRANSITIONS, plansSupersededBy, transitionPlan } from '../../src/domain/plan/plan-status.js';
import { ROLES } from '../../src/policies/policy.js';
import { testPlan } from './plan-fixtures.js';

const plan = krongNoPlan2022();
const baseline = krongNoPlanBaseline2022();

describe('copy for next year', () => {
  it('without year-end results: a 2023 draft, unnumbered, every commune kept with no commitments', () => {
    const { plan: copy, dropped } = copyPlanForNextYear(plan, { code: 'krong-no-2023' });
    expect(() => planSchema.parse(copy)).not.toThrow();
    expect(copy).toMatchObject({
      code: 'krong-no-2023',
      year: 2023,
      status: 'draft',
      statusHistory: [],
      copiedFromCode: 'krong-no-2022',
      documentNumber: { number: null, symbol: 'KH-UBND' },
      issuedOn: { year: 2023, month: null, day: null },
      provenance: { verified: false },
    });
    expect(dropped).toEqual([]);
    expect(copy.title).toBe(
      'Về việc triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Krông Nô năm 2023',
    );
    expect(copy.communeTargets.map((t) => t.unitCode)).toEqual(plan.communeTargets.map((t) => t.unitCode));
    expect(copy.communeTargets.every((t) => t.criteria.length === 0 && !t.reachStandard)).toBe(true);
    expect(copy.communeTargets.filter((t) => t.maintain).map((t) => t.name)).toEqual(['Nam Đà', 'Đắk Sôr', 'Đắk Drô']);
  });

  it('keeps legal bases, agencies, tasks (reset), recipients and signer; drops the stated numbers; moves years on', () => {
    const { plan: copy } = copyPlanForNextYear(plan, { code: 'krong-no-2023' });
    expect(copy.legalBases).toEqual(plan.legalBases);
    expect(copy.agencies).toEqual(plan.agencies);
    expect(copy.recipients).toEqual(plan.recipients);
    expect(copy.signer).toEqual(plan.signer);
    expect(copy.tasks.map((t) => t.number)).toEqual(plan.tasks.map((t) => t.number));
    expect(copy.tasks.every((t) => t.status === 'not_started')).toBe(true);
    expect(copy.objectives.map((o) => o.kind)).toEqual(['minimumGain', 'indicator', 'text', 'text']);
    const bhyt = copy.objectives.find((o) => o.kind === 'indicator');
    expect(bhyt).toMatchObject({ indicatorCode: '15.1', dueDate: '2023-12-31' });
    expect(bhyt?.text).toContain('đến hết năm 2023');
    // Phases are not years of the plan.
    expect(copy.objectives.find((o) => o.id === 'I.2.2')?.text).toContain('giai đoạn 2021-2025');
    expect(copy.objectives.find((o) => o.id === 'I.2.2')?.text).toContain('tháng 3 năm 2022');
  });

  it('with year-end results: carries over what was not achieved; a commune that reached the standard now maintains it', () => {
    const all = baseline.criterionNumbers;
    const { plan: copy } = copyPlanForNextYear(plan, {
      code: 'krong-no-2023',
      yearEnd: {
        criterionNumbers: all,
        metAtYearEnd: {
          '24703': all, // Nâm Nung reached the standard
          '24715': all.filter((n) => n !== 19), // Nâm N'Đir missed 19
          '24706': all.filter((n) => n !== 18 && n !== 10), // Đức Xuyên met 15, 16, not 18
        },
        units: baseline.units,
      },
    });
    const t = (code: string) => copy.communeTargets.find((x) => x.unitCode === code);
    expect(t('24703')).toMatchObject({ criteria: [], reachStandard: false, maintain: true });
    expect(t('24715')).toMatchObject({ criteria: [19], reachStandard: true, maintain: false });
    expect(t('24706')).toMatchObject({ criteria: [18], reachStandard: false });
    // No year-end data for Quảng Phú: its commitments are carried as they were.
    expect(t('24712')?.criteria).toEqual([5, 17]);
  });

  it('drops targets on units that no longer exist in the new year, and says which', () => {
    const p = testPlan({ year: 2025, issuedOn: { year: 2025, month: 1, day: 2 } });
    const units = [
      { code: 'A', name: 'Xã A', validFrom: '2004-01-01', validTo: '2025-06-30' },
      { code: 'B', name: 'Xã B', validFrom: '2004-01-01' },
    ];
    const { plan: copy, dropped } = copyPlanForNextYear(p, {
      code: 'h-2026',
      yearEnd: { criterionNumbers: [1, 2, 3, 4, 5], metAtYearEnd: {}, units },
    });
    expect(copy.communeTargets.map((x) => x.unitCode)).toEqual(['B']);
    expect(dropped).toEqual([{ unitCode: 'A', name: 'Xã A', reason: 'unit_not_valid' }]);
  });
});

describe('status transitions', () => {
  const draft = testPlan();
  const at = '2022-03-02T08:00:00Z';

  it('the office submits, a leader approves (or returns); each change is recorded', () => {
    const submitted = transitionPlan(draft, 'submitted', { role: 'district_office', userId: 'u1' }, at);
    expect(submitted.status).toBe('submitted');
    expect(submitted.statusHistory).toEqual([{ from: 'draft', to: 'submitted', at, role: 'district_office', userId: 'u1' }]);
    expect(transitionPlan(submitted, 'draft', { role: 'leader' }, at, 'Sửa mục tiêu bình quân').status).toBe('draft');
    const approved = transitionPlan(submitted, 'approved', { role: 'leader' }, at);
    expect(approved.statusHistory.map((h) => h.to)).toEqual(['submitted', 'approved']);
    expect(() => planSchema.parse(approved)).not.toThrow();
  });

  it('refuses a role that may not act (forbidden) and a move that does not exist (conflict)', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected an error');
    };
    const forbidden = err(() => transitionPlan(draft, 'submitted', { role: 'department' }, at));
    expect(forbidden).toBeInstanceOf(AppError);
    expect(forbidden).toMatchObject({ code: 'plan.transition_forbidden', kind: 'forbidden' });
    expect(forbidden.messages.vi).toBe('Vai trò "department" không được thực hiện thao tác "Trình phê duyệt".');
    expect(err(() => transitionPlan(draft, 'approved', { role: 'leader' }, at))).toMatchObject({
      code: 'plan.transition_not_allowed',
      kind: 'conflict',
    });
    const submitted = transitionPlan(draft, 'submitted', { role: 'district_office' }, at);
    expect(err(() => transitionPlan(submitted, 'approved', { role: 'district_office' }, at)).kind).toBe('forbidden');
  });

  it('is data: every role named is a role of the policy (or "system"); each role sees its actions', () => {
    for (const t of PLAN_TRANSITIONS) for (const r of t.roles) expect([...ROLES, 'system']).toContain(r);
    expect(allowedTransitions('draft', 'district_office').map((t) => t.action)).toEqual(['submit']);
    expect(allowedTransitions('submitted', 'leader').map((t) => t.action)).toEqual(['return', 'approve']);
    expect(allowedTransitions('approved', 'leader')).toEqual([]);
    expect(allowedTransitions('superseded', 'system')).toEqual([]);
  });

  it('approving a revised plan supersedes the approved plan of the same unit and year only', () => {
    const approved = (code: string, year: number, unitCode = 'H') =>
      planSchema.parse({
        ...testPlan({ code, year, issuedOn: { year, month: 1, day: 2 } }),
        status: 'approved',
        issuingUnit: { ...draft.issuingUnit, unitCode },
      });
    const others = [
      approved('h-2022', 2022),
      approved('h-2021', 2021),
      approved('k-2022', 2022, 'K'),
      { ...approved('h-2022-b', 2022), status: 'draft' as const },
    ];
    const revised = approved('h-2022-dc', 2022);
    expect(plansSupersededBy(revised, [...others, revised])).toEqual(['h-2022']);
    expect(transitionPlan(others[0] ?? draft, 'superseded', { role: 'system' }, at).status).toBe('superseded');
    expect(() => transitionPlan(others[0] ?? draft, 'superseded', { role: 'leader' }, at)).toThrow(AppError);
  });
});
