/** The plan document's shape: cross-references, partial dates, document number, numbering of tasks. */
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { documentNumberVi, placeAndDateVi } from '../../src/domain/plan/plan-document.schema.js';
import { sectionOf } from '../../src/domain/plan/plan-task.schema.js';
import { testPlan } from './plan-fixtures.js';

const base = testPlan();
const issues = (input: unknown) => {
  const r = planSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('plan schema', () => {
  it('prints the number and a partly blank date as on paper', () => {
    expect(documentNumberVi({ number: null, symbol: 'KH-UBND' })).toBe('Số: …/KH-UBND');
    expect(documentNumberVi({ number: '125', symbol: 'KH-UBND' })).toBe('Số: 125/KH-UBND');
    expect(placeAndDateVi('Krông Nô', { year: 2022, month: 4, day: null })).toBe('Krông Nô, ngày … tháng 4 năm 2022');
    expect(placeAndDateVi('Krông Nô', { year: 2022, month: 4, day: 5 })).toBe('Krông Nô, ngày 05 tháng 4 năm 2022');
  });

  it('rejects impossible dates and a plan issued outside its year or the year before', () => {
    expect(issues({ ...base, issuedOn: { year: 2022, month: 2, day: 30 } })).toEqual(['issuedOn.day: not a real date']);
    expect(issues({ ...base, issuedOn: { year: 2022, month: null, day: 3 } })).toEqual(['issuedOn.month: a day needs a month']);
    expect(issues({ ...base, issuedOn: { year: 2021, month: 12, day: 20 } })).toEqual([]);
    expect(issues({ ...base, issuedOn: { year: 2020, month: 12, day: 20 } })[0]).toMatch(/^issuedOn.year/);
  });

  it('rejects two targets on one unit and a criterion committed twice', () => {
    const t = { unitCode: 'A', name: 'Xã A', criteria: [3] };
    expect(issues({ ...base, communeTargets: [t, t] })).toEqual(['communeTargets.1: target unit "A" appears twice']);
    expect(issues({ ...base, communeTargets: [{ ...t, criteria: [3, 3] }] })).toEqual([
      'communeTargets.0.criteria: a criterion appears twice',
    ]);
  });

  it('checks task numbering, sections and agency references', () => {
    const agencies = [{ code: 'vp', name: 'Văn phòng NTM', kind: 'ntm_office' }];
    const task = { number: 'II.1.1', text: 'x', leadAgencyCode: 'vp' };
    const plan = { ...base, agencies, taskSections: [{ number: 'II.1', title: 'chung' }] };
    expect(issues({ ...plan, tasks: [task] })).toEqual([]);
    expect(issues({ ...plan, tasks: [{ ...task, leadAgencyCode: 'x' }] })).toEqual(['tasks.0.leadAgencyCode: unknown agency "x"']);
    expect(issues({ ...plan, tasks: [{ ...task, cooperatingAgencyCodes: ['vp'] }] })).toEqual([
      'tasks.0.cooperatingAgencyCodes.0: "vp" is already the lead agency',
    ]);
    expect(issues({ ...plan, tasks: [{ ...task, number: 'II.2.1' }] })).toEqual(['tasks.0.number: no section "II.2" for task II.2.1']);
    expect(issues({ ...plan, tasks: [{ ...task, number: '1.1' }] })[0]).toMatch(/^tasks.0.number: expected a task number/);
    expect(issues({ ...plan, tasks: [task, task] })).toEqual(['tasks.1: task "II.1.1" appears twice']);
    expect(issues({ ...plan, recipients: [{ name: 'VP', agencyCode: 'nope' }] })).toEqual([
      'recipients.0.agencyCode: unknown agency "nope"',
    ]);
    expect(sectionOf('II.1.11')).toBe('II.1');
    expect(sectionOf('III.4')).toBe('III');
  });

  it('defaults a new plan to draft with no targets, tasks or history', () => {
    const p = planSchema.parse({ ...base, communeTargets: undefined, status: undefined });
    expect(p).toMatchObject({ status: 'draft', communeTargets: [], tasks: [], statusHistory: [], copiedFromCode: null });
  });

  it('rejects an objective of unknown kind and a distribution with a repeated count', () => {
    expect(issues({ ...base, objectives: [{ id: 'x', kind: 'other', text: 'x' }] }).length).toBeGreaterThan(0);
    const dist = {
      id: 'd',
      kind: 'distribution',
      text: 'x',
      scope: null,
      buckets: [
        { criteria: 19, communes: 1 },
        { criteria: 19, communes: 2 },
      ],
    };
    expect(issues({ ...base, objectives: [dist] })).toEqual(['objectives.0.buckets: a criteria count appears twice']);
  });
});
