/**
 * Who may do what with the Front's satisfaction survey, as data beside policy.ts. The survey is
 * organised by the commune's own Fatherland Front (a front account of that very commune — a district
 * or province Front guides it but does not enter it); the commune officer and the offices, leaders and
 * Fronts above the commune read it. Residents answer through the public ballot page with a one-time code.
 */
import type { Principal, Role } from './policy.js';

export const SURVEY_ACTIONS = ['surveys.read', 'surveys.write'] as const;
export type SurveyAction = (typeof SURVEY_ACTIONS)[number];

interface SurveyRule {
  roles: readonly Role[];
  /** own_unit: only accounts of the round's commune itself; subtree: the commune or any unit above it. */
  scope: 'own_unit' | 'subtree';
}

export const SURVEY_POLICY: Record<SurveyAction, SurveyRule> = {
  'surveys.read': { roles: ['admin', 'front', 'commune_officer', 'district_office', 'province_office', 'leader'], scope: 'subtree' },
  'surveys.write': { roles: ['admin', 'front'], scope: 'own_unit' },
};

/** The principal may take the action on the survey rounds of `unitCode` (whose ancestors are given, nearest first). */
export function canOnSurvey(p: Principal, action: SurveyAction, unitCode: string, ancestors: readonly string[]): boolean {
  if (p.role === 'system' || p.role === 'admin') return true;
  if (p.role === 'public') return false;
  const rule = SURVEY_POLICY[action];
  if (!rule.roles.includes(p.role) || p.unitCode === null) return false;
  if (p.unitCode === unitCode) return true;
  return rule.scope === 'subtree' && ancestors.includes(p.unitCode);
}
