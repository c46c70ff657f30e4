/**
 * Who may do what with plans, as data beside policy.ts: a plan is read by everyone whose scope it
 * covers or lies inside (a commune reads its district's or province's plan), edited by the NTM offices —
 * and, since communes plan for themselves (1/7/2025), by a commune's officer for the commune's own plan
 * (the scope check keeps them off any other plan) — approved by a leader (plan-status.ts), and its tasks are updated by the office, the agencies named on the task, and
 * the communes it concerns. Supervision visits are a unit-scoped action in policy.ts.
 */
import type { Principal, Role } from './policy.js';

export const PLAN_ACTIONS = ['plans.read', 'plans.write', 'tasks.update'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const PLAN_POLICY: Record<PlanAction, readonly Role[]> = {
  'plans.read': ['admin', 'district_office', 'commune_officer', 'department', 'leader', 'front', 'province_office'],
  /** A commune officer's scope is the commune: this lets them write the commune's own plan, nothing above it. */
  'plans.write': ['admin', 'district_office', 'province_office', 'commune_officer'],
  /** Beyond these roles, agency members and the communes concerned (see canUpdateTask). */
  'tasks.update': ['admin', 'district_office', 'province_office', 'commune_officer'],
};

/** Where a plan sits: its issuing unit with ancestors, and the principal's own ancestors. */
export interface PlanPlace {
  issuingUnitCode: string;
  issuingAncestors: readonly string[];
  /** Ancestors of the principal's unit (to let a commune read its district's plan). */
  principalAncestors: readonly string[];
}

const covers = (p: Principal, place: PlanPlace) =>
  p.unitCode !== null && (place.issuingUnitCode === p.unitCode || place.issuingAncestors.includes(p.unitCode));

/**
 * Moving a plan's status is for the bodies of the issuing unit or above it (which of them may make which
 * move is plan-status.ts); reading a plan from below does not give it.
 */
export const canMovePlanStatus = (p: Principal, place: PlanPlace) => p.role === 'system' || p.role === 'admin' || covers(p, place);

export function canOnPlan(p: Principal, action: PlanAction, place: PlanPlace): boolean {
  if (p.role === 'system' || p.role === 'admin') return true;
  if (p.role === 'public') return false;
  if (!PLAN_POLICY[action].includes(p.role)) return false;
  if (covers(p, place)) return true;
  // Reading reaches up: a commune officer or a district body reads the plan of the unit above it.
  return action === 'plans.read' && place.principalAncestors.includes(place.issuingUnitCode);
}

/** What a task says about who answers for it. */
export interface TaskParties {
  leadAgencyCode: string | null;
  cooperatingAgencyCodes: readonly string[];
  communeUnitCodes: readonly string[];
  /** true when the lead agency is the communes' own bodies (then every commune of the plan answers). */
  ledByCommunes: boolean;
}

/** The principal may record progress on the task: office roles, the agencies named, or a commune concerned. */
export function canUpdateTask(p: Principal, place: PlanPlace, task: TaskParties, agencyCodes: readonly string[]): boolean {
  if (canOnPlan(p, 'tasks.update', place)) return true;
  if (!canOnPlan(p, 'plans.read', place)) return false;
  const named = [task.leadAgencyCode, ...task.cooperatingAgencyCodes].filter((c): c is string => c !== null);
  if (named.some((c) => agencyCodes.includes(c))) return true;
  if (p.role !== 'commune_officer' || p.unitCode === null) return false;
  return task.communeUnitCodes.includes(p.unitCode) || (task.communeUnitCodes.length === 0 && task.ledByCommunes);
}
