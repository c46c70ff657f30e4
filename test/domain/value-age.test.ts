/** The age of values behind a criterion, and task dates against a plan's year (pure rules). */
import { describe, expect, it } from 'vitest';
import { criterionAges, datedStatuses, isOldValue } from '../../src/domain/freshness/value-age.js';
import { taskDateFindings } from '../../src/domain/plan/plan-date-checks.js';

describe('value age', () => {
  it('a value is old when it is of an earlier year than the reporting date', () => {
    expect(isOldValue('2021-12-31', '2022-01-01')).toBe(true);
    expect(isOldValue('2022-01-01', '2022-12-31')).toBe(false);
  });

  it('a criterion is outdated only when it has values and all are old; one current value is enough', () => {
    // indicators 0,1 → criterion 0; 2,3 → criterion 1; 4 → criterion 2 (no value)
    const ages = criterionAges([0, 0, 1, 1, 2], ['2023-12-31', '2022-12-31', '2023-12-31', '2025-03-31', null], 3, '2025-06-30');
    expect(ages).toEqual([
      { valueDate: '2022-12-31', stale: true, outdated: true },
      { valueDate: '2023-12-31', stale: true, outdated: false },
      { valueDate: null, stale: false, outdated: false },
    ]);
    const d = datedStatuses(['met', 'not_met', 'incomplete'], ages);
    expect(d).toEqual({ criteria: ['outdated', 'not_met', 'incomplete'], metCount: 0, notMetCount: 1, outdatedCount: 1 });
  });
});

describe('task dates against the plan year', () => {
  const task = (number: string, deadline: string | null) => ({
    number,
    text: 'x',
    leadAgencyCode: null,
    cooperatingAgencyCodes: [],
    communeUnitCodes: [],
    criteria: [],
    deadline,
    status: 'not_started' as const,
  });
  it('warns of a deadline or an update outside the year, and of nothing inside it', () => {
    const plan = { year: 2022, tasks: [task('I.1', '2022-12-31'), task('I.2', '2023-01-15'), task('I.3', null)] };
    const f = taskDateFindings(plan, [
      { taskNumber: 'I.1', reportedOn: '2022-06-30' },
      { taskNumber: 'I.1', reportedOn: '2021-12-30' },
    ]);
    expect(f.map((x) => [x.code, x.path, x.message])).toEqual([
      ['task.deadline_outside_year', 'tasks.1.deadline', 'Nhiệm vụ I.2 có thời hạn 15/01/2023, ngoài năm kế hoạch 2022.'],
      ['task.progress_outside_year', undefined, 'Tiến độ nhiệm vụ I.1 được báo cáo ngày 30/12/2021, ngoài năm kế hoạch 2022.'],
    ]);
  });
});
