/**
 * The allocation tables (migration 2026-12-04T0200-allocations), added to the Kysely DB interface by
 * declaration merging so the money area does not edit the shared schema.ts list. Amounts are integer
 * đồng; PostgreSQL returns bigint as strings, so the repositories convert with Number() on read.
 */
import type { Selectable } from 'kysely';

export type AllocationStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** A unit's capital allocation plan for one year (kế hoạch vốn năm). */
export interface AllocationTable {
  id: string;
  unitCode: string;
  year: number;
  status: AllocationStatus;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  /** JSON array of { from, to, at, by, note? } status moves. */
  history: string;
  demo: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  approvedAt: string | null;
  approvedBy: string | null;
}

/** An adjustment decision (điều chỉnh kế hoạch vốn): its lines are signed deltas. */
export interface AllocationAdjustmentTable {
  id: string;
  allocationId: string;
  decisionNumber: string;
  decisionDate: string;
  reason: string;
  status: 'draft' | 'approved';
  approvedAt: string | null;
  approvedBy: string | null;
  createdAt: string;
  createdBy: string;
  version: number;
}

/** A line of the plan (adjustmentId null) or a signed delta of an adjustment. */
export interface AllocationLineTable {
  id: string;
  allocationId: string;
  adjustmentId: string | null;
  /** A leaf of the funding-source catalogue of the year's period. */
  sourceCode: string;
  programmeName: string | null;
  componentCode: string | null;
  communeCode: string | null;
  workId: string | null;
  setCode: string | null;
  criterionNumber: number | null;
  amount: number | bigint | string;
  note: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A payment entry (giải ngân); never edited, a mistake is a negative entry naming the reversed one. */
export interface DisbursementTable {
  id: string;
  allocationLineId: string;
  paidOn: string;
  amount: number | bigint | string;
  reversalOf: string | null;
  document: string | null;
  fileId: string | null;
  note: string | null;
  demo: number;
  createdAt: string;
  createdBy: string;
}

declare module './schema.js' {
  interface DB {
    allocation: AllocationTable;
    allocationAdjustment: AllocationAdjustmentTable;
    allocationLine: AllocationLineTable;
    disbursement: DisbursementTable;
  }
}

export type AllocationRow = Selectable<AllocationTable>;
export type AllocationAdjustmentRow = Selectable<AllocationAdjustmentTable>;
/** A line as the repositories return it: amount is a number of đồng. */
export type AllocationLineRow = Omit<Selectable<AllocationLineTable>, 'amount'> & { amount: number };
export type DisbursementRow = Omit<Selectable<DisbursementTable>, 'amount'> & { amount: number };
