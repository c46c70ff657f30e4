/**
 * Who may record and revoke recognitions (công nhận / thu hồi), as data beside policy.ts. The decision is
 * the province's; entering it is the NTM offices' work (district before 1/7/2025, province since), each
 * within its own area. Everyone who reads a unit reads its recognitions (the `read` action of policy.ts),
 * and the public page shows them without signing in.
 */
import type { Principal, Role, Target } from './policy.js';

export const RECOGNITION_ACTIONS = ['recognitions.record', 'recognitions.revoke'] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

export const RECOGNITION_POLICY: Record<RecognitionAction, readonly Role[]> = {
  'recognitions.record': ['admin', 'district_office', 'province_office'],
  'recognitions.revoke': ['admin', 'district_office', 'province_office'],
};

/** The role allows it and the unit lies in the principal's area (an admin acts everywhere). */
export function canOnRecognition(p: Principal, action: RecognitionAction, target: Target): boolean {
  if (p.role === 'system') return true;
  if (p.role === 'public') return false;
  if (!RECOGNITION_POLICY[action].includes(p.role)) return false;
  if (p.role === 'admin') return true;
  if (p.unitCode === null || target.unitCode === null) return false;
  return target.unitCode === p.unitCode || target.ancestors.includes(p.unitCode);
}
