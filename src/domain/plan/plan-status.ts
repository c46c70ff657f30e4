/**
 * A plan's life cycle, with who may move it, as data: the NTM office (or a commune's officer, for the
 * commune's own plan) submits a draft, a leader approves
 * it (or returns it for changes), and an approved plan is superseded when a newer plan for the same
 * unit and year (a revised plan) is approved. Services enforce it; the UI reads it to offer actions.
 */
import { AppError } from '../errors.js';
import type { Plan, PlanStatus } from './plan.schema.js';

/** Role names as in src/policies/policy.ts; "system" is the automatic supersede step. */
export type PlanRole = 'district_office' | 'province_office' | 'commune_officer' | 'leader' | 'system';

export interface PlanTransition {
  action: 'submit' | 'return' | 'approve' | 'supersede';
  from: PlanStatus;
  to: PlanStatus;
  roles: readonly PlanRole[];
  labelVi: string;
  labelEn: string;
}

export const PLAN_TRANSITIONS: readonly PlanTransition[] = [
  {
    action: 'submit',
    from: 'draft',
    to: 'submitted',
    // A commune's officer submits the commune's own plan (the plan policy keeps them to that plan).
    roles: ['district_office', 'province_office', 'commune_officer'],
    labelVi: 'Trình phê duyệt',
    labelEn: 'Submit for approval',
  },
  // Not named in the issue; without it a submitted plan with a mistake could never be corrected.
  { action: 'return', from: 'submitted', to: 'draft', roles: ['leader'], labelVi: 'Trả lại để chỉnh sửa', labelEn: 'Return for changes' },
  { action: 'approve', from: 'submitted', to: 'approved', roles: ['leader'], labelVi: 'Phê duyệt', labelEn: 'Approve' },
  {
    action: 'supersede',
    from: 'approved',
    to: 'superseded',
    roles: ['system'],
    labelVi: 'Được thay thế bởi kế hoạch mới hơn',
    labelEn: 'Superseded by a newer plan',
  },
];

/** The transitions a role may make from a status. */
export const allowedTransitions = (status: PlanStatus, role: string) =>
  PLAN_TRANSITIONS.filter((t) => t.from === status && (t.roles as readonly string[]).includes(role));

export interface StatusActor {
  role: string;
  userId?: string;
}

/** The plan moved to `to` with the change recorded; throws when the move or the role is not allowed. */
export function transitionPlan(plan: Plan, to: PlanStatus, actor: StatusActor, at: string, note?: string): Plan {
  const t = PLAN_TRANSITIONS.find((x) => x.from === plan.status && x.to === to);
  if (!t) {
    throw new AppError(
      'plan.transition_not_allowed',
      'conflict',
      {
        vi: `Không thể chuyển kế hoạch từ trạng thái "${plan.status}" sang "${to}".`,
        en: `A plan cannot go from "${plan.status}" to "${to}".`,
      },
      [],
      { from: plan.status, to },
    );
  }
  if (!(t.roles as readonly string[]).includes(actor.role)) {
    throw new AppError(
      'plan.transition_forbidden',
      'forbidden',
      {
        vi: `Vai trò "${actor.role}" không được thực hiện thao tác "${t.labelVi}".`,
        en: `Role "${actor.role}" may not "${t.labelEn}".`,
      },
      [],
      { action: t.action, role: actor.role, allowed: t.roles },
    );
  }
  const change = {
    from: plan.status,
    to,
    at,
    role: actor.role,
    ...(actor.userId ? { userId: actor.userId } : {}),
    ...(note ? { note } : {}),
  };
  return { ...plan, status: to, statusHistory: [...plan.statusHistory, change] };
}

/** Codes of the approved plans that `approved` replaces: same issuing unit, same year, not itself. */
export const plansSupersededBy = (approved: Pick<Plan, 'code' | 'year' | 'issuingUnit'>, plans: readonly Plan[]) =>
  plans
    .filter(
      (p) =>
        p.code !== approved.code &&
        p.status === 'approved' &&
        p.year === approved.year &&
        p.issuingUnit.unitCode === approved.issuingUnit.unitCode,
    )
    .map((p) => p.code);
