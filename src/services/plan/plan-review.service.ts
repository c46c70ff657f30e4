/**
 * Review flags of a copied plan: marking one reviewed (the office, on a draft, audited with who and when)
 * and the pending ones as findings beside the consistency checks, so the editor and the findings panel
 * say the same thing.
 */
import { AppError } from '../../domain/errors.js';
import type { Plan } from '../../domain/plan/plan.schema.js';
import type { PlanFinding } from '../../domain/plan/plan-checks.js';
import { pendingFlags } from '../../domain/plan/plan-review.schema.js';
import type { ServiceContext } from '../context.js';
import { writePlan } from './plan.service.js';

export function reviewFindings(plan: Plan): PlanFinding[] {
  return pendingFlags(plan.reviewFlags).map((f) => ({
    code: `review.${f.kind}`,
    severity: 'warning',
    message: `Cần rà soát: ${f.message}`,
    messageEn: `To review: ${f.messageEn}`,
    path: f.path,
    data: { flagId: f.id },
  }));
}

export function markFlagReviewed(ctx: ServiceContext, code: string, flagId: string, expectedVersion: number) {
  return writePlan(
    ctx,
    code,
    expectedVersion,
    (plan) => {
      const flag = plan.reviewFlags.find((f) => f.id === flagId);
      if (!flag) {
        throw new AppError(
          'plan.flag_not_found',
          'not_found',
          { vi: `Kế hoạch không có mục cần rà soát "${flagId}"`, en: `The plan has no review item "${flagId}"` },
          [{ path: 'flag', message: flagId }],
        );
      }
      if (flag.reviewedAt !== null) return plan;
      const reviewed = { ...flag, reviewedAt: ctx.now(), reviewedBy: ctx.actor.displayName };
      return { ...plan, reviewFlags: plan.reviewFlags.map((f) => (f.id === flagId ? reviewed : f)) };
    },
    'plan.flag_reviewed',
  );
}
