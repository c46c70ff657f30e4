/**
 * Who may record and revoke recognitions (công nhận / thu hồi), as data beside policy.ts, which folds these
 * rules into its table so routes declare them like any unit-scoped action (and the authorization matrix
 * covers them). The decision is the province's; entering it is the NTM offices' work (district before
 * 1/7/2025, province since), each within its own area. Whoever reads a unit reads its recognitions
 * (`read`), and the public page shows them without signing in.
 */
import type { Role } from './policy.js';

export const RECOGNITION_ACTIONS = ['recognitions.record', 'recognitions.revoke'] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

export const RECOGNITION_POLICY: Record<RecognitionAction, { roles: readonly Role[] }> = {
  'recognitions.record': { roles: ['admin', 'district_office', 'province_office'] },
  'recognitions.revoke': { roles: ['admin', 'district_office', 'province_office'] },
};

/** Vietnamese words for a refusal ("Bạn không có quyền …"). */
export const RECOGNITION_ACTION_VI: Record<RecognitionAction, string> = {
  'recognitions.record': 'ghi quyết định công nhận đạt chuẩn',
  'recognitions.revoke': 'ghi quyết định thu hồi công nhận',
};
