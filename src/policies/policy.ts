/**
 * Who may do what, declared as data: role × administrative scope × criterion scope. A role is
 * scoped to the subtree of its unit (a district office to its district, a commune officer to its
 * commune); a department's review right is further limited to the criteria it answers for.
 * Services enforce it (services/access.ts); the UI only hides what is not allowed. Recognitions' rules are
 * declared in recognition-policy.ts and folded in here.
 */
import { FUNDING_ACTIONS, FUNDING_POLICY } from './funding-policy.js';
import { RECOGNITION_ACTIONS, RECOGNITION_POLICY } from './recognition-policy.js';

export const ROLES = ['admin', 'district_office', 'commune_officer', 'department', 'leader', 'front', 'province_office'] as const;
export type Role = (typeof ROLES)[number];
/** "system" acts for the CLI and seeding; "public" is nobody signed in. */
export type ActorRole = Role | 'system' | 'public';

export const ACTIONS = [
  'read',
  'values.write',
  'values.review',
  'evidence.write',
  'audit.read',
  'audit.integrity',
  'audit.security',
  'users.manage',
  'supervision.write',
  'agencies.manage',
  'units.manage',
  ...RECOGNITION_ACTIONS,
  ...FUNDING_ACTIONS,
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  roles: readonly Role[];
  /** true when the right is limited to the principal's criteria (department). */
  byCriterion?: boolean;
}

export const POLICY: Record<Action, Rule> = {
  read: { roles: ROLES },
  'values.write': { roles: ['admin', 'district_office', 'commune_officer'] },
  'evidence.write': { roles: ['admin', 'district_office', 'commune_officer'] },
  'values.review': { roles: ['admin', 'department'], byCriterion: true },
  'audit.read': { roles: ['admin', 'district_office', 'commune_officer', 'department', 'leader', 'province_office'] },
  /** Whether the audit chain is intact (the warning after a start with --allow-broken-audit). */
  'audit.integrity': { roles: ['admin', 'district_office', 'province_office'] },
  /** The security log (sign-ins, sign-outs, password changes) of an area; everyone sees their own. */
  'audit.security': { roles: ['admin', 'district_office', 'province_office'] },
  'users.manage': { roles: ['admin', 'district_office', 'province_office'] },
  /** Supervision visits (giám sát) are recorded by the offices, the departments and the Fatherland Front. */
  'supervision.write': { roles: ['admin', 'district_office', 'province_office', 'department', 'front'] },
  /** Which agency answers for which criterion, and who acts for it. */
  'agencies.manage': { roles: ['admin', 'district_office', 'province_office'] },
  /** The official list of administrative units (import, renames, mergers) is kept by the administrator. */
  'units.manage': { roles: ['admin'] },
  ...RECOGNITION_POLICY,
  ...FUNDING_POLICY,
};

/** Roles a user manager may hand out (nobody but an admin creates an admin). */
export const ASSIGNABLE_ROLES: Record<Role, readonly Role[]> = {
  admin: ROLES,
  province_office: ['province_office', 'district_office', 'commune_officer', 'department', 'leader', 'front'],
  district_office: ['district_office', 'commune_officer', 'department', 'leader', 'front'],
  commune_officer: [],
  department: [],
  leader: [],
  front: [],
};

export interface Principal {
  role: ActorRole;
  /** Root of the principal's scope; null = everywhere (admin, system). */
  unitCode: string | null;
  /** Criterion numbers a department answers for. */
  criteria: readonly number[];
  /**
   * The programme phase whose numbering `criteria` follows ("2021-2025" for QĐ 318 numbers, "2026-2030"
   * for QĐ 51), resolved from the set the scope names; undefined = numbers of any set.
   */
  criteriaPhase?: string | undefined;
}

export interface Target {
  /** The unit acted on; null = the whole country. */
  unitCode: string | null;
  /** Its ancestors, nearest first (parent, grandparent …). */
  ancestors: readonly string[];
  criterionNumber?: number | undefined;
  /** The phase of the set the criterion belongs to; a department scope of another phase does not reach it. */
  setPhase?: string | undefined;
}

export function can(p: Principal, action: Action, target: Target): boolean {
  if (p.role === 'system') return true;
  if (p.role === 'public') return false;
  const rule = POLICY[action];
  if (!rule.roles.includes(p.role)) return false;
  if (p.role !== 'admin') {
    if (p.unitCode === null || target.unitCode === null) return false;
    if (target.unitCode !== p.unitCode && !target.ancestors.includes(p.unitCode)) return false;
  }
  if (rule.byCriterion && p.role !== 'admin') {
    if (p.criteriaPhase !== undefined && p.criteriaPhase !== target.setPhase) return false;
    return target.criterionNumber !== undefined && p.criteria.includes(target.criterionNumber);
  }
  return true;
}
