/**
 * Plans in the database: list what the actor may read, read one with what the actor may do on it,
 * create one (from a document or as a copy of last year's), edit its parts and its commune targets
 * with an optimistic version, and move it through its statuses. Every write is audited in its transaction.
 */

import { legalBasisCatalog } from '../../catalog/legal-bases/index.js';
import type { Executor } from '../../db/database.js';
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { planRepository, taskSortKey } from '../../db/repositories/plan.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { AppError, invalid, issuesFromZod } from '../../domain/errors.js';
import { type Plan, type PlanStatus, planSchema } from '../../domain/plan/plan.schema.js';
import { copyPlanForNextYear } from '../../domain/plan/plan-copy.js';
import { type CommuneTarget, communeTargetSchema } from '../../domain/plan/plan-objective.schema.js';
import { keepPrintedBases, keepPrintedTarget } from '../../domain/plan/plan-source-text.js';
import { allowedTransitions } from '../../domain/plan/plan-status.js';
import { canMovePlanStatus, canOnPlan } from '../../policies/plan-policy.js';
import { audit, inTransaction, newId, type ServiceContext, SYSTEM_ACTOR } from '../context.js';
import { getUnit } from '../unit.service.js';
import { sweepNotifications } from './notification.service.js';
import { assemble, authorizePlan, loadPlan, placeOf, planDocument, staleVersion } from './plan-access.js';
import { planBaseline, yearEndResults } from './plan-baseline.js';

export interface PlanSummary {
  code: string;
  year: number;
  title: string;
  issuingUnitCode: string;
  authority: string;
  status: PlanStatus;
  version: number;
  demo: boolean;
}

export async function listPlans(ctx: ServiceContext): Promise<PlanSummary[]> {
  const rows = await planRepository.list(ctx.database.db);
  const out: PlanSummary[] = [];
  for (const r of rows) {
    if (!canOnPlan(ctx.actor, 'plans.read', await placeOf(ctx, r.issuingUnitCode))) continue;
    const doc = JSON.parse(r.document) as Plan;
    out.push({
      code: r.code,
      year: r.year,
      title: doc.title,
      issuingUnitCode: r.issuingUnitCode,
      authority: doc.issuingUnit.authority,
      status: r.status as PlanStatus,
      version: r.version,
      demo: r.demo === 1,
    });
  }
  return out;
}

/** One plan with its version and what the actor may do with it. */
export async function getPlan(ctx: ServiceContext, code: string) {
  const { row, plan, place } = await loadPlan(ctx, code);
  return {
    plan,
    version: row.version,
    demo: row.demo === 1,
    updatedAt: row.updatedAt,
    permissions: {
      edit: canOnPlan(ctx.actor, 'plans.write', place) && plan.status === 'draft',
      transitions: canMovePlanStatus(ctx.actor, place) ? transitionsFor(ctx, plan.status) : [],
    },
  };
}

export function parsePlan(doc: unknown): Plan {
  const r = planSchema.safeParse(doc);
  if (!r.success) {
    throw invalid('plan.invalid', { vi: 'Kế hoạch không hợp lệ', en: 'The plan is not valid' }, issuesFromZod(r.error.issues));
  }
  return r.data;
}

export async function insertPlan(ctx: ServiceContext, trx: Executor, plan: Plan, demo: boolean) {
  if (await planRepository.byCode(trx, plan.code)) {
    throw new AppError('plan.exists', 'conflict', { vi: `Đã có kế hoạch mã "${plan.code}"`, en: `Plan "${plan.code}" exists` }, [
      { path: 'code', message: 'đã tồn tại / already exists' },
    ]);
  }
  const id = newId();
  const now = ctx.now();
  await planRepository.insert(trx, {
    id,
    code: plan.code,
    year: plan.year,
    issuingUnitCode: plan.issuingUnit.unitCode,
    status: plan.status,
    document: planDocument(plan),
    demo: demo ? 1 : 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  await planRepository.insertTasks(
    trx,
    plan.tasks.map((t) => ({
      id: newId(),
      planId: id,
      number: t.number,
      sortKey: taskSortKey(t.number),
      document: JSON.stringify(t),
      status: t.status,
      deadline: t.deadline,
      leadAgencyCode: t.leadAgencyCode,
      version: 1,
      updatedAt: now,
    })),
  );
  await syncAgencies(trx, plan);
  await audit(ctx, trx, [
    { action: 'plan.create', entityType: 'plan', entityId: plan.code, unitCode: plan.issuingUnit.unitCode, after: plan },
  ]);
}

/** The plan's agencies become records of its issuing unit (existing records are kept as they are). */
async function syncAgencies(trx: Executor, plan: Plan) {
  for (const a of plan.agencies) {
    if (await agencyRepository.byCode(trx, plan.issuingUnit.unitCode, a.code)) continue;
    await agencyRepository.insert(trx, {
      id: newId(),
      scopeUnitCode: plan.issuingUnit.unitCode,
      code: a.code,
      name: a.name,
      kind: a.kind,
      note: a.note ?? null,
    });
  }
}

export async function createPlan(ctx: ServiceContext, doc: unknown, opts: { demo?: boolean } = {}) {
  const plan = parsePlan(doc);
  const unit = await getUnit(ctx, plan.issuingUnit.unitCode);
  await authorizePlan(ctx, 'plans.write', unit.code, plan.code);
  if (plan.status !== 'draft' && ctx.actor.role !== 'system') {
    throw invalid('plan.new_not_draft', { vi: 'Kế hoạch mới phải ở trạng thái dự thảo', en: 'A new plan must be a draft' }, [
      { path: 'status', message: 'draft' },
    ]);
  }
  await inTransaction(ctx, (trx) => insertPlan(ctx, trx, plan, opts.demo ?? plan.demo === true), 'none');
  await sweepNotifications(ctx);
  return getPlan(ctx, plan.code);
}

/**
 * A draft for next year copied from `code`, carrying over what was not achieved by its year end, its
 * numeric objectives recomputed from the new baseline, and what belongs to the old year flagged for review.
 */
export async function copyPlan(ctx: ServiceContext, code: string, newCode: string) {
  const { plan } = await loadPlan(ctx, code, 'plans.write');
  const sys = { ...ctx, actor: SYSTEM_ACTOR };
  const yearEnd = await yearEndResults(sys, plan);
  const newBaseline = await planBaseline(sys, { ...plan, year: plan.year + 1 });
  const copy = copyPlanForNextYear(plan, { code: newCode, yearEnd, newBaseline, catalog: legalBasisCatalog() });
  const next = parsePlan({ ...copy.plan, demo: plan.demo });
  await inTransaction(ctx, (trx) => insertPlan(ctx, trx, next, plan.demo === true), 'none');
  await sweepNotifications(ctx);
  return { ...(await getPlan(ctx, newCode)), dropped: copy.dropped };
}

type Editable = Omit<
  Plan,
  'code' | 'year' | 'issuingUnit' | 'status' | 'statusHistory' | 'tasks' | 'copiedFromCode' | 'demo' | 'provenance' | 'reviewFlags'
>;

/** Parts no edit may replace: identity, status and its history, and the review flags (cleared one by one, audited). */
const FIXED = ['code', 'year', 'issuingUnit', 'status', 'statusHistory', 'tasks', 'copiedFromCode', 'demo', 'provenance', 'reviewFlags'];

export async function writePlan(ctx: ServiceContext, code: string, expectedVersion: number, change: (plan: Plan) => Plan, action: string) {
  const { row, plan, tasks } = await loadPlan(ctx, code, 'plans.write');
  if (plan.status !== 'draft') {
    throw new AppError('plan.not_draft', 'conflict', {
      vi: 'Chỉ sửa được kế hoạch ở trạng thái dự thảo; kế hoạch đã trình hoặc đã duyệt cần được trả lại trước.',
      en: 'Only a draft plan can be edited; a submitted or approved plan must be returned first.',
    });
  }
  if (row.version !== expectedVersion) throw staleVersion('Kế hoạch / The plan', row.version);
  const next = parsePlan(change(plan));
  await inTransaction(
    ctx,
    async (trx) => {
      const ok = await planRepository.update(trx, row.id, expectedVersion, {
        document: planDocument(next),
        status: next.status,
        updatedAt: ctx.now(),
      });
      if (!ok) throw staleVersion('Kế hoạch / The plan', (await planRepository.byCode(trx, code))?.version ?? row.version);
      await syncAgencies(trx, next);
      await audit(ctx, trx, [
        { action, entityType: 'plan', entityId: code, unitCode: row.issuingUnitCode, before: assemble(row, tasks), after: next },
      ]);
    },
    'none',
  );
  return getPlan(ctx, code);
}

/** Replaces the editable parts (formal parts, objectives, targets, agencies, sections …) of a draft. */
export const updatePlan = (ctx: ServiceContext, code: string, parts: Partial<Editable>, expectedVersion: number) =>
  writePlan(
    ctx,
    code,
    expectedVersion,
    (plan) => ({
      ...plan,
      ...Object.fromEntries(Object.entries(parts).filter(([k]) => !FIXED.includes(k))),
      ...(parts.legalBases ? { legalBases: keepPrintedBases(plan.legalBases, parts.legalBases) } : {}),
    }),
    'plan.update',
  );

/** Sets (or with null removes) one commune's target: what a click on the board does. */
export async function setCommuneTarget(
  ctx: ServiceContext,
  code: string,
  unitCode: string,
  target: Omit<CommuneTarget, 'unitCode' | 'name'> | null,
  expectedVersion: number,
) {
  const unit = await unitRepository.get(ctx.database.db, unitCode);
  if (!unit) {
    throw invalid('plan.target_unit_unknown', { vi: `Không có đơn vị "${unitCode}"`, en: `No unit "${unitCode}"` }, [
      { path: 'unitCode', message: unitCode },
    ]);
  }
  return writePlan(
    ctx,
    code,
    expectedVersion,
    (plan) => {
      const others = plan.communeTargets.filter((t) => t.unitCode !== unitCode);
      if (target === null) return { ...plan, communeTargets: others };
      const old = plan.communeTargets.find((t) => t.unitCode === unitCode);
      const next = keepPrintedTarget(old, communeTargetSchema.parse({ ...old, ...target, unitCode, name: old?.name ?? unit.name }));
      const at = plan.communeTargets.findIndex((t) => t.unitCode === unitCode);
      const list = [...others];
      list.splice(at < 0 ? list.length : at, 0, next);
      return { ...plan, communeTargets: list };
    },
    'plan.target',
  );
}

/** What the actor may do to the status; an administrator may do what the office and the leader may. */
function transitionsFor(ctx: ServiceContext, status: PlanStatus) {
  const roles = ctx.actor.role === 'admin' ? ['district_office', 'leader'] : [ctx.actor.role];
  return roles
    .flatMap((r) => allowedTransitions(status, r))
    .map((t) => ({ action: t.action, to: t.to, labelVi: t.labelVi, labelEn: t.labelEn }));
}
