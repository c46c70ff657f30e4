/**
 * What each role may see and do, for hiding controls only (the server enforces): where a user
 * lands after sign-in, who edits a commune, who verifies which criterion, who manages accounts.
 */
import type { Unit, User } from '../api/types';

export function homePath(user: User): string {
  if (user.role === 'commune_officer' && user.unitCode) return `/xa/${user.unitCode}`;
  return user.unitCode ? `/bang-tong-hop/${user.unitCode}` : '/bang-tong-hop';
}

export function canEditCommune(user: User | null | undefined, unit: Pick<Unit, 'code' | 'parentCode'> | undefined): boolean {
  if (!user || !unit) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'district_office') return unit.parentCode === user.unitCode || unit.code === user.unitCode;
  return user.role === 'commune_officer' && unit.code === user.unitCode;
}

export const canVerifyCriterion = (user: User | null | undefined, criterion: number) =>
  !!user && (user.role === 'admin' || (user.role === 'department' && user.criteria.includes(criterion)));

export const canUseReviewQueue = (user: User | null | undefined) => !!user && (user.role === 'department' || user.role === 'admin');
export const canManageUsers = (user: User | null | undefined) => !!user && (user.role === 'admin' || user.role === 'district_office');
export const canSeeBoard = (user: User | null | undefined) => !!user && user.role !== 'commune_officer';
/** Who may import values from a spreadsheet into an area they see (the server checks each commune). */
export const canImportInto = (user: User | null | undefined) =>
  !!user && (user.role === 'admin' || user.role === 'district_office' || user.role === 'commune_officer');
/** The area's sign-in log (policy `audit.security`); everyone else sees their own sign-ins. */
export const canSeeSecurityLog = (user: User | null | undefined) =>
  !!user && (user.role === 'admin' || user.role === 'district_office' || user.role === 'province_office');
/** Who reads audit trails (policy `audit.read`). */
export const canReadAudit = (user: User | null | undefined) => !!user && user.role !== 'front';
