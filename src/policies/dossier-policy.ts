/**
 * Who may do what with recognition dossiers, as data beside policy.ts (plan-policy style): a dossier
 * is read by everyone whose scope covers its commune; started by the offices and the commune's own
 * officer; acting at a step is role × unit scope × the step's actor rule on the act's date, which the
 * procedure declares (domain/dossier/state-machine.ts actorRefusal).
 */
import type { Principal, Role } from './policy.js';
import { ROLES } from './policy.js';

export const DOSSIER_ACTIONS = ['dossiers.read', 'dossiers.start', 'dossiers.act'] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_POLICY: Record<DossierAction, readonly Role[]> = {
  'dossiers.read': ROLES,
  'dossiers.start': ['admin', 'district_office', 'province_office', 'commune_officer'],
  /** The least right to act at any step; the step's own rule (by date) decides the rest. */
  'dossiers.act': ['admin', 'district_office', 'province_office', 'commune_officer', 'front'],
};

/** Where a dossier sits: its commune and the commune's ancestors. */
export interface DossierPlace {
  unitCode: string;
  ancestors: readonly string[];
}

export const coversDossier = (p: Principal, place: DossierPlace) =>
  p.role === 'system' ||
  p.role === 'admin' ||
  (p.unitCode !== null && (place.unitCode === p.unitCode || place.ancestors.includes(p.unitCode)));

export function canOnDossier(p: Principal, action: DossierAction, place: DossierPlace): boolean {
  if (p.role === 'system' || p.role === 'admin') return true;
  if (p.role === 'public') return false;
  return DOSSIER_POLICY[action].includes(p.role) && coversDossier(p, place);
}
