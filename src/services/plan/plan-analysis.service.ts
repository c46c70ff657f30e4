/**
 * The computed views of a plan, never stored: consistency findings against the start-of-year baseline
 * (with the copy's items still to review),
 * and the dashboard — every target's state on a date, targets against actuals per commune and per
 * criterion, the year-end forecast of the average, and the tasks that are overdue.
 */
import { planRepository } from '../../db/repositories/plan.repository.js';
import { checkPlan } from '../../domain/plan/plan-checks.js';
import { taskDateFindings } from '../../domain/plan/plan-date-checks.js';
import { overdueTasks, planProgress, type TargetState } from '../../domain/plan/plan-progress.js';
import { type ServiceContext, SYSTEM_ACTOR } from '../context.js';
import { loadPlan } from './plan-access.js';
import { planBaseline, planSnapshots } from './plan-baseline.js';
import { reviewFindings } from './plan-review.service.js';

const asSystem = (ctx: ServiceContext): ServiceContext => ({ ...ctx, actor: SYSTEM_ACTOR });

export async function planFindings(ctx: ServiceContext, code: string) {
  const { plan, tasks } = await loadPlan(ctx, code);
  const baseline = await planBaseline(asSystem(ctx), plan);
  const numberOf = new Map(tasks.map((t) => [t.id, t.number]));
  const updates = (await planRepository.updates(ctx.database.db, [...numberOf.keys()])).map((u) => ({
    taskNumber: numberOf.get(u.taskId) ?? '',
    reportedOn: u.reportedOn,
  }));
  const consistency = checkPlan(plan, baseline);
  // Task dates outside the plan's year are warnings: after the other warnings, before the confirmations.
  const checks = [
    ...consistency.filter((f) => f.severity !== 'info'),
    ...taskDateFindings(plan, updates),
    ...consistency.filter((f) => f.severity === 'info'),
  ];
  return {
    code,
    baselineDate: `${plan.year - 1}-12-31`,
    // Items a copy carried from last year come first among the warnings: they are what the leader is asked about.
    findings: [...checks.filter((f) => f.severity === 'error'), ...reviewFindings(plan), ...checks.filter((f) => f.severity !== 'error')],
    criterionNumbers: [...baseline.criterionNumbers],
    baseline: baseline.communes.map((c) => ({
      unitCode: c.unitCode,
      name: c.name,
      met: [...c.met],
      recognised: c.recognisedTier !== null,
    })),
  };
}

export async function planDashboard(ctx: ServiceContext, code: string, asOf: string) {
  const { plan } = await loadPlan(ctx, code);
  const sys = asSystem(ctx);
  const baseline = await planBaseline(sys, plan);
  const progress = planProgress(plan, baseline, await planSnapshots(sys, plan, asOf), asOf);
  const perCriterion = baseline.criterionNumbers.map((n) => {
    const states = progress.targets.flatMap((t) => t.criteria.filter((c) => c.number === n).map((c) => c.state));
    const count = (s: TargetState) => states.filter((x) => x === s).length;
    return {
      number: n,
      committed: states.length,
      done: count('done'),
      onTrack: count('on_track'),
      atRisk: count('at_risk'),
      missed: count('missed'),
    };
  });
  const overdue = overdueTasks(plan, asOf).map((t) => ({
    number: t.number,
    text: t.text,
    deadline: t.deadline,
    leadAgencyCode: t.leadAgencyCode,
    status: t.status,
  }));
  const taskCounts = Object.fromEntries(
    ['not_started', 'in_progress', 'done', 'cancelled'].map((s) => [s, plan.tasks.filter((t) => t.status === s).length]),
  );
  return {
    code,
    year: plan.year,
    asOf,
    baselineDate: `${plan.year - 1}-12-31`,
    progress,
    baseline: baseline.communes.map((c) => ({
      unitCode: c.unitCode,
      name: c.name,
      metAtStart: c.met.length,
      recognised: c.recognisedTier !== null,
    })),
    perCriterion,
    tasks: { total: plan.tasks.length, counts: taskCounts, overdue },
  };
}
