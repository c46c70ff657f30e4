/**
 * Dates of a plan's tasks against the plan's year: a deadline or a progress update dated outside the
 * year the plan is for is most often a typing slip (2032 for 2023) or an update filed on the wrong
 * plan, so it is warned about, naming the task and the date. Pure; shown with the plan's findings.
 */
import { formatDateVi } from '../text/vietnamese.js';
import type { Plan } from './plan.schema.js';
import type { PlanFinding } from './plan-text.js';

/** A progress update as the check needs it: which task, on what day. */
export interface DatedUpdate {
  taskNumber: string;
  reportedOn: string;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Whether `date` lies outside the plan's year. */
export const outsidePlanYear = (plan: Pick<Plan, 'year'>, date: string) => yearOf(date) !== plan.year;

export function taskDateFindings(plan: Pick<Plan, 'year' | 'tasks'>, updates: readonly DatedUpdate[] = []): PlanFinding[] {
  const out: PlanFinding[] = [];
  plan.tasks.forEach((t, i) => {
    if (!t.deadline || !outsidePlanYear(plan, t.deadline)) return;
    const d = formatDateVi(t.deadline);
    out.push({
      code: 'task.deadline_outside_year',
      severity: 'warning',
      message: `Nhiệm vụ ${t.number} có thời hạn ${d}, ngoài năm kế hoạch ${plan.year}.`,
      messageEn: `Task ${t.number} is due on ${d}, outside the plan's year ${plan.year}.`,
      path: `tasks.${i}.deadline`,
      data: { taskNumber: t.number, deadline: t.deadline, year: plan.year },
    });
  });
  for (const u of updates) {
    if (!outsidePlanYear(plan, u.reportedOn)) continue;
    const d = formatDateVi(u.reportedOn);
    out.push({
      code: 'task.progress_outside_year',
      severity: 'warning',
      message: `Tiến độ nhiệm vụ ${u.taskNumber} được báo cáo ngày ${d}, ngoài năm kế hoạch ${plan.year}.`,
      messageEn: `Progress on task ${u.taskNumber} is reported on ${d}, outside the plan's year ${plan.year}.`,
      data: { taskNumber: u.taskNumber, reportedOn: u.reportedOn, year: plan.year },
    });
  }
  return out;
}
