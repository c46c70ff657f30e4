/**
 * The works tables (migration 2026-12-04T0100-works), added to the Kysely DB interface by
 * declaration merging so the works area does not edit the shared schema.ts list. Money is integer
 * đồng (bigint on PostgreSQL: the repository converts with Number()).
 */
import type { Selectable } from 'kysely';

/** A work (công trình, dự án) of the programme in an area (district/province, or commune since 1/7/2025). */
export interface WorkTable {
  id: string;
  code: string;
  name: string;
  nameSearch: string;
  kindCode: string;
  areaUnitCode: string;
  /** Chủ đầu tư. */
  investor: string;
  /** Tổng mức đầu tư được duyệt, đồng. */
  approvedTotal: number | null;
  approvalNumber: string | null;
  approvalDate: string | null;
  contractValue: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  startedOn: string | null;
  completedOn: string | null;
  /** null | ntm | giam-ngheo | dtts (2026-2030 merged programme). */
  componentCode: string | null;
  /** 1 = small simple work built by the community under the simplified procedure. */
  communityBuilt: number;
  settledOn: string | null;
  settledValue: number | null;
  settlementNumber: string | null;
  demo: number;
  note: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface WorkCommuneTable {
  workId: string;
  unitCode: string;
}

export interface WorkCriterionTable {
  id: string;
  workId: string;
  setCode: string;
  criterionNumber: number;
  indicatorCode: string | null;
}

export interface WorkFundingPlanTable {
  workId: string;
  /** A leaf of the period's source tree. */
  sourceCode: string;
  year: number;
  amount: number;
}

/** One acceptance (nghiệm thu) of value, optionally by source. */
export interface WorkAcceptanceTable {
  id: string;
  workId: string;
  acceptedOn: string;
  amount: number;
  sourceCode: string | null;
  /** Biên bản number. */
  document: string | null;
  /** Evidence sha256 in the evidence store. */
  fileId: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

declare module './schema.js' {
  interface DB {
    work: WorkTable;
    workCommune: WorkCommuneTable;
    workCriterion: WorkCriterionTable;
    workFundingPlan: WorkFundingPlanTable;
    workAcceptance: WorkAcceptanceTable;
  }
}

export type WorkRow = Selectable<WorkTable>;
export type WorkCommuneRow = Selectable<WorkCommuneTable>;
export type WorkCriterionRow = Selectable<WorkCriterionTable>;
export type WorkFundingPlanRow = Selectable<WorkFundingPlanTable>;
export type WorkAcceptanceRow = Selectable<WorkAcceptanceTable>;
