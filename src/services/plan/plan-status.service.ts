/**
 * Moving a plan through its statuses (submit, return, approve; approving supersedes the unit's other
 * approved plan for the year). A plan with review flags still pending is approved only when the leader
 * says so explicitly: the refusal lists the items, the acknowledgement is kept in the history and audit.
 */
import { planRepository } from '../../db/repositories/plan.repository.js';
import { AppError } from '../../domain/errors.js';
import type { Plan, PlanStatus } from '../../domain/plan/plan.schema.js';
import { pendingFlags, type ReviewFlag } from '../../domain/plan/plan-review.schema.js';
import { plansSupersededBy, transitionPlan } from '../../domain/plan/plan-status.js';
import { canMovePlanStatus } from '../../policies/plan-policy.js';
import { audit, inTransaction, type ServiceContext } from '../context.js';
import { notifyPlanStatus } from '../notice/plan-notices.js';
import { getPlan } from './plan.service.js';
import { loadPlan, planDocument, staleVersion, statusForbidden } from './plan-access.js';

/** 409 naming every item not yet reviewed; the leader may repeat the call acknowledging them. */
const unreviewed = (pending: readonly ReviewFlag[]) =>
  new AppError(
    'plan.unreviewed_items',
    'conflict',
    {
      vi: `Kế hoạch còn ${pending.length} mục chuyển từ năm trước chưa được rà soát. Đọc từng mục; phê duyệt vẫn được nếu xác nhận đã biết các mục này.`,
      en: `The plan has ${pending.length} items carried from last year not yet reviewed. Read each; approval is still possible by acknowledging them.`,
    },
    pending.map((f) => ({ path: f.path, message: `${f.message} / ${f.messageEn}` })),
    { flags: pending.map((f) => ({ id: f.id, kind: f.kind, path: f.path, message: f.message, messageEn: f.messageEn })) },
  );

/** Submit, return or approve; approving supersedes the unit's other approved plan for the year. */
export async function changePlanStatus(
  ctx: ServiceContext,
  code: string,
  to: PlanStatus,
  expectedVersion: number,
  note?: string,
  options: { acknowledgeUnreviewed?: boolean } = {},
) {
  const { row, plan, place } = await loadPlan(ctx, code);
  if (!canMovePlanStatus(ctx.actor, place)) throw statusForbidden();
  if (row.version !== expectedVersion) throw staleVersion('Kế hoạch / The plan', row.version);
  const role = ctx.actor.role === 'admin' ? roleForAdmin(plan.status, to) : ctx.actor.role;
  const who = { role, userId: ctx.actor.id };
  // The transition rules (who, from which status) answer first; then the items still to review.
  const plain = transitionPlan(plan, to, who, ctx.now(), note);
  const pending = to === 'approved' ? pendingFlags(plan.reviewFlags) : [];
  if (pending.length > 0 && options.acknowledgeUnreviewed !== true) throw unreviewed(pending);
  const stated = `Phê duyệt khi còn ${pending.length} mục chưa rà soát (lãnh đạo đã xác nhận biết).`;
  const next = pending.length === 0 ? plain : transitionPlan(plan, to, who, ctx.now(), note ? `${note} — ${stated}` : stated);
  await inTransaction(
    ctx,
    async (trx) => {
      if (
        !(await planRepository.update(trx, row.id, expectedVersion, { document: planDocument(next), status: to, updatedAt: ctx.now() }))
      ) {
        throw staleVersion('Kế hoạch / The plan', row.version + 1);
      }
      const events = [
        {
          action: `plan.${to}`,
          entityType: 'plan',
          entityId: code,
          unitCode: row.issuingUnitCode,
          before: { status: plan.status },
          after: { status: to, note, ...(pending.length > 0 ? { acknowledgedUnreviewed: pending.map((f) => f.id) } : {}) },
        },
      ];
      if (to === 'approved') {
        const others = (await planRepository.list(trx)).filter((p) => p.code !== code);
        const assembled = others.map((p) => ({ row: p, plan: JSON.parse(p.document) as Plan }));
        for (const c of plansSupersededBy(
          next,
          assembled.map((a) => ({ ...a.plan, status: a.row.status as PlanStatus })),
        )) {
          const o = assembled.find((a) => a.plan.code === c);
          if (!o) continue;
          const sup = transitionPlan(
            { ...o.plan, status: 'approved' },
            'superseded',
            { role: 'system' },
            ctx.now(),
            `Thay thế bởi ${code}`,
          );
          await planRepository.update(trx, o.row.id, o.row.version, {
            document: planDocument(sup),
            status: 'superseded',
            updatedAt: ctx.now(),
          });
          events.push({
            action: 'plan.superseded',
            entityType: 'plan',
            entityId: c,
            unitCode: o.row.issuingUnitCode,
            before: { status: 'approved' },
            after: { status: 'superseded', note: `Thay thế bởi ${code}` },
          });
        }
      }
      await audit(ctx, trx, events);
      await notifyPlanStatus(ctx, trx, next, row.version + 1, note);
    },
    'none',
  );
  return getPlan(ctx, code);
}

/** An administrator may make any listed transition; it is recorded under the role that normally makes it. */
const roleForAdmin = (from: PlanStatus, to: PlanStatus) => (from === 'draft' && to === 'submitted' ? 'district_office' : 'leader');
