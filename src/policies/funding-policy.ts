/**
 * Who may do what with the programme's money and works, as data beside policy.ts (which folds these rules
 * into its table, so routes declare them like any unit-scoped action and the authorization matrix covers
 * them). The NTM offices plan capital and keep works; a commune officer keeps its own commune's works and
 * records what is paid on them; the leader approves an allocation plan, as plans are approved. Whoever
 * reads a unit reads its money (`read`).
 */
import type { Role } from './policy.js';

export const FUNDING_ACTIONS = ['works.write', 'allocations.write', 'allocations.approve', 'disbursements.write'] as const;
export type FundingAction = (typeof FUNDING_ACTIONS)[number];

export const FUNDING_POLICY: Record<FundingAction, { roles: readonly Role[] }> = {
  /** Works (công trình): create, edit, progress, acceptance (nghiệm thu) and settlement (quyết toán). */
  'works.write': { roles: ['admin', 'district_office', 'province_office', 'commune_officer'] },
  /** The yearly capital plan and its adjustments (drafting, submitting). */
  'allocations.write': { roles: ['admin', 'district_office', 'province_office', 'commune_officer'] },
  /** Approving or returning an allocation plan or an adjustment. */
  'allocations.approve': { roles: ['admin', 'leader'] },
  /** Disbursement entries (giải ngân) and their reversals. */
  'disbursements.write': { roles: ['admin', 'district_office', 'province_office', 'commune_officer'] },
};

/** Vietnamese words for a refusal ("Bạn không có quyền …"). */
export const FUNDING_ACTION_VI: Record<FundingAction, string> = {
  'works.write': 'cập nhật công trình, dự án',
  'allocations.write': 'lập, điều chỉnh kế hoạch vốn',
  'allocations.approve': 'phê duyệt kế hoạch vốn',
  'disbursements.write': 'ghi giải ngân',
};
