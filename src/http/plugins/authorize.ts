/**
 * Authorize first: every route's declared access is checked on request, before its body is read or
 * validated, so someone who may not act sees 403 and never the validation details of a body (nor waits
 * for a 10 MB upload to be read). Services still check in full (criterion, task, plan status) afterwards;
 * this hook decides what the request line alone can decide.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { planRepository } from '../../db/repositories/plan.repository.js';
import { AppError } from '../../domain/errors.js';
import { canMovePlanStatus, PLAN_POLICY, type PlanAction } from '../../policies/plan-policy.js';
import { type Action, POLICY } from '../../policies/policy.js';
import { authorize, forbidden } from '../../services/access.js';
import type { ServiceContext } from '../../services/context.js';
import { checkDossierAccess } from '../../services/dossier/dossier-route-access.js';
import { authorizePlan, planNotFound, statusForbidden } from '../../services/plan/plan-access.js';
import { getUnit } from '../../services/unit.service.js';
import type { Access } from '../access.js';
import { checkSurveyAccess } from './authorize-survey.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 100 ? v : null);

/**
 * The action on the unit, for some criterion when the right is per criterion (a department may review
 * its own criteria here). A unit that does not exist is left to the service, which answers 404.
 */
async function mayActOnUnit(ctx: ServiceContext, action: Action, unitCode: string | null) {
  if (unitCode !== null) {
    try {
      await getUnit(ctx, unitCode);
    } catch (e) {
      if (e instanceof AppError && e.kind === 'not_found') return;
      throw e;
    }
  }
  if (!POLICY[action].byCriterion) return authorize(ctx, action, unitCode);
  const criteria = ctx.actor.criteria.length > 0 ? ctx.actor.criteria : [undefined];
  for (const criterion of criteria) {
    try {
      // before the body is read the set is not known: the scope's own set stands for it (the service checks the real one)
      return await authorize(ctx, action, unitCode, { number: criterion, setCode: ctx.actor.criteriaSet });
    } catch (e) {
      if (!(e instanceof AppError && e.kind === 'forbidden')) throw e;
    }
  }
  throw forbidden(action, unitCode);
}

const roleForbidden = (action: PlanAction) =>
  new AppError(
    'auth.forbidden',
    'forbidden',
    { vi: `Vai trò của bạn không có quyền ${ROLE_ACTION_VI[action]}`, en: `Your role may not ${action}` },
    [],
    { action },
  );
const ROLE_ACTION_VI: Record<PlanAction, string> = {
  'plans.read': 'xem kế hoạch',
  'plans.write': 'lập hoặc sửa kế hoạch',
  'tasks.update': 'cập nhật nhiệm vụ',
};

/** A task's progress may also be reported by the agencies and communes named on it: reading the plan is the least it takes. */
const leastPlanRight = (action: PlanAction): PlanAction => (action === 'tasks.update' ? 'plans.read' : action);

export async function checkDeclaredAccess(ctx: ServiceContext, access: Access, req: FastifyRequest) {
  const { role } = ctx.actor;
  if (role === 'system' || role === 'admin' || access.kind === 'public' || access.kind === 'signed-in') return;
  const params = (req.params ?? {}) as Record<string, unknown>;
  const query = (req.query ?? {}) as Record<string, unknown>;
  if (access.kind === 'role') {
    if (!(PLAN_POLICY[access.action] as readonly string[]).includes(role)) throw roleForbidden(access.action);
    return;
  }
  if (access.kind === 'dossier') return checkDossierAccess(ctx, access, params);
  if (access.kind === 'plan') {
    const code = text(params.plan);
    if (code === null) return;
    const row = await planRepository.byCode(ctx.database.db, code);
    if (!row) throw planNotFound(code);
    const place = await authorizePlan(ctx, leastPlanRight(access.action), row.issuingUnitCode, code);
    if (access.moveStatus && !canMovePlanStatus(ctx.actor, place)) throw statusForbidden();
    return;
  }
  if (access.kind === 'survey') return checkSurveyAccess(ctx, access, { code: text(params.code), id: text(params.id) });
  switch (access.unit) {
    case 'params.code': {
      const code = text(params.code);
      if (code !== null) await mayActOnUnit(ctx, access.action, code);
      return;
    }
    case 'query.unit': {
      const code = text(query.unit);
      if (code !== null) await mayActOnUnit(ctx, access.action, code);
      return;
    }
    case 'actor':
      return mayActOnUnit(ctx, access.action, ctx.actor.unitCode);
    case 'resource':
      // The unit is the stored resource's: the service loads it; here only the role is decided.
      if (!(POLICY[access.action].roles as readonly string[]).includes(role)) throw forbidden(access.action, null);
      return;
  }
}

/** Runs after the session hook (401, CSRF) and the control-character guard, before the body is parsed. */
export function registerAuthorizeFirst(app: FastifyInstance, ctx: (req: FastifyRequest) => ServiceContext) {
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    if (!access) return;
    await checkDeclaredAccess(ctx(req), access, req);
  });
}
