/**
 * Loading a stored plan and deciding who may act on it. The plan row holds the plan without its tasks;
 * `assemble` puts the tasks back so the domain sees one Plan. Authorization follows plan-policy.ts.
 */
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { planRepository } from '../../db/repositories/plan.repository.js';
import type { PlanRow, PlanTaskRow } from '../../db/schema.js';
import { AppError, notFound } from '../../domain/errors.js';
import { type Plan, planSchema } from '../../domain/plan/plan.schema.js';
import { taskSchema } from '../../domain/plan/plan-task.schema.js';
import { canOnPlan, type PlanAction, type PlanPlace } from '../../policies/plan-policy.js';
import { ancestorsOf, unauthenticated } from '../access.js';
import type { ServiceContext } from '../context.js';

export const planNotFound = (code: string) =>
  notFound('plan.not_found', { vi: `Không có kế hoạch "${code}"`, en: `No plan "${code}"` }, { code });

export const planForbidden = (action: string, code: string) =>
  new AppError(
    'auth.forbidden',
    'forbidden',
    {
      vi: `Bạn không có quyền ${ACTION_VI[action] ?? action} đối với kế hoạch "${code}"`,
      en: `You may not ${action} on plan "${code}"`,
    },
    [],
    { action, plan: code },
  );

export const statusForbidden = () =>
  new AppError('auth.forbidden', 'forbidden', {
    vi: 'Chỉ cơ quan của đơn vị ban hành mới chuyển trạng thái kế hoạch',
    en: "Only the issuing unit's bodies change a plan's status",
  });

const ACTION_VI: Record<string, string> = {
  'plans.read': 'xem',
  'plans.write': 'chỉnh sửa',
  'tasks.update': 'cập nhật nhiệm vụ',
  'supervision.write': 'ghi kết quả giám sát',
};

export const staleVersion = (what: string, current: number) =>
  new AppError(
    'plan.stale_version',
    'conflict',
    {
      vi: `${what} đã được người khác sửa (phiên bản hiện tại ${current}); hãy tải lại rồi sửa tiếp.`,
      en: `${what} was changed by someone else (current version ${current}); reload and edit again.`,
    },
    [],
    { currentVersion: current },
  );

export async function placeOf(ctx: ServiceContext, issuingUnitCode: string): Promise<PlanPlace> {
  return {
    issuingUnitCode,
    issuingAncestors: await ancestorsOf(ctx, issuingUnitCode),
    principalAncestors: ctx.actor.unitCode ? await ancestorsOf(ctx, ctx.actor.unitCode) : [],
  };
}

export async function authorizePlan(ctx: ServiceContext, action: PlanAction, issuingUnitCode: string, code: string) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  const place = await placeOf(ctx, issuingUnitCode);
  if (!canOnPlan(ctx.actor, action, place)) throw planForbidden(action, code);
  return place;
}

/** The stored plan with its tasks, after checking the actor may do `action` on it. */
export async function loadPlan(ctx: ServiceContext, code: string, action: PlanAction = 'plans.read') {
  const row = await planRepository.byCode(ctx.database.db, code);
  if (!row) throw planNotFound(code);
  const place = await authorizePlan(ctx, action, row.issuingUnitCode, code);
  const tasks = await planRepository.tasks(ctx.database.db, row.id);
  return { row, tasks, place, plan: assemble(row, tasks) };
}

export function assemble(row: PlanRow, tasks: readonly PlanTaskRow[]): Plan {
  const doc = JSON.parse(row.document) as Record<string, unknown>;
  return planSchema.parse({ ...doc, status: row.status, tasks: tasks.map((t) => taskSchema.parse(JSON.parse(t.document))) });
}

/** The plan as stored in the plan row: everything but the tasks. */
export const planDocument = (plan: Plan) => JSON.stringify({ ...plan, tasks: [] });

/** Agency codes the actor acts for in the plan's issuing unit. */
export async function actorAgencies(ctx: ServiceContext, issuingUnitCode: string): Promise<string[]> {
  const rows = await agencyRepository.ofUser(ctx.database.db, ctx.actor.id);
  return rows.filter((r) => r.scopeUnitCode === issuingUnitCode).map((r) => r.code);
}
