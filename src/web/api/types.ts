/**
 * Response shapes of the HTTP API as the web app reads them (mirrors src/http/routes/*\/schema.ts
 * and the endpoints the lead is adding). Domain types are imported, never redeclared.
 */
import type { Tier } from '../../domain/catalog/criteria-set.schema';
import type { CriterionStatus, IndicatorStatus, IndicatorValue, ThresholdBasis } from '../../domain/evaluation/evaluation.types';

export type { CriteriaSet, Indicator, Tier } from '../../domain/catalog/criteria-set.schema';
export type { CriterionStatus, IndicatorStatus, IndicatorValue } from '../../domain/evaluation/evaluation.types';

export type Role = 'admin' | 'district_office' | 'commune_officer' | 'department' | 'leader' | 'front' | 'province_office';
export const ROLES: Role[] = ['admin', 'province_office', 'district_office', 'commune_officer', 'department', 'leader', 'front'];

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  unitName: string | null;
  criteria: number[];
}
export interface ManagedUser extends User {
  disabled: boolean;
}
export interface Session {
  user: User;
  csrfToken: string;
}

export interface Unit {
  code: string;
  name: string;
  kind: 'province' | 'district' | 'commune' | 'town' | 'ward' | 'special-zone';
  parentCode?: string;
  region?: string;
  statuses: { status: string; validFrom: string; validTo?: string; legalBasis?: string }[];
  validFrom: string;
  validTo?: string;
  note?: string;
}

export interface SetSummary {
  code: string;
  name: string;
  tier: Tier;
  requiresTier: Tier | null;
  demo: boolean;
  version: number;
}

export interface BoardRow {
  unitCode: string;
  name: string;
  parentCode: string | null;
  setCode: string;
  criteria: CriterionStatus[];
  /** Per criterion: true when a met criterion rests on a value not yet verified (being added by the lead). */
  selfAssessed?: boolean[];
  /** Per criterion: one of its values was returned by the department (counted as not entered). */
  returned?: boolean[];
  metCount: number;
  tier: Tier | null;
}
export interface Board {
  scope: Unit | null;
  asOf: string;
  set: { code: string; name: string; demo: boolean; criteria: { number: number; name: string }[] };
  rows: BoardRow[];
  summary: {
    communes: number;
    totalMet: number;
    averageMet: number | null;
    distribution: Record<string, number>;
    byTier: Record<string, number>;
    perCriterion: { met: number; notMet: number; incomplete: number }[];
  };
}

export interface IndicatorEvaluation {
  code: string;
  name: string;
  unit?: string;
  criterionNumber: number;
  kind: string;
  status: IndicatorStatus;
  value?: IndicatorValue;
  threshold: number | null;
  basis?: ThresholdBasis;
  verified: boolean;
  /** The value in force was returned by the department: counted as not entered ("bị trả lại"). */
  returned?: boolean;
}
export interface CriterionEvaluation {
  number: number;
  name: string;
  groupCode: string;
  status: CriterionStatus;
  /** One of its values was returned by the department. */
  returned?: boolean;
  indicators: IndicatorEvaluation[];
}
export interface Evaluation {
  set: { code: string; name: string; tier: Tier; demo: boolean };
  asOf: string;
  year: number;
  profile: { region: string; statuses: string[] };
  metCount: number;
  criteriaCount: number;
  tierReached: Tier | null;
  criteria: CriterionEvaluation[];
}

export type Verification = 'self_assessed' | 'verified' | 'returned';
export interface StoredValue {
  indicatorCode: string;
  asOf: string;
  value: IndicatorValue | null;
  note: string | null;
  demo: boolean;
  enteredBy: string;
  enteredAt: string;
  version: number;
  enteredByName?: string;
  verification?: Verification;
  verifiedBy?: string | null;
  verifiedByName?: string | null;
  verifiedAt?: string | null;
  reviewComment?: string | null;
}
export interface UnitEvaluation {
  unit: Unit;
  evaluation: Evaluation;
  recorded: StoredValue[];
}

export interface Evidence {
  id: string;
  indicatorCode: string;
  asOf: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedByName: string;
  uploadedAt: string;
}

export interface ReviewItem {
  unitCode: string;
  unitName: string;
  indicatorCode: string;
  criterionNumber: number;
  asOf: string;
  value: IndicatorValue | null;
  version: number;
  enteredByName: string;
  enteredAt: string;
  verification: Verification;
  /** The criteria set of the value; if the server omits it, the board's set of the commune is used. */
  setCode?: string;
  note?: string | null;
  criterionName?: string;
  indicatorName?: string;
  indicatorUnit?: string | null;
  kind?: string;
  verifiedByName?: string | null;
  verifiedAt?: string | null;
  reviewComment?: string | null;
  /** The threshold the engine applies to this commune, and the entered value's result against it. */
  threshold?: number | null;
  outcome?: IndicatorStatus;
  /** The value in force before this one. */
  previous?: { asOf: string; value: IndicatorValue | null; verification: Verification; enteredByName: string } | null;
  evidence?: Evidence[];
}

/** On public pages a criterion met on values not verified yet is "pending" (chờ xác minh), never met. */
export type PublicStatus = CriterionStatus | 'pending';

export interface PublicUnit {
  unit: { code: string; name: string };
  /** Its district or province, which has a public page too. */
  area?: { code: string; name: string; kind: string } | null;
  asOf: string;
  demo?: boolean;
  /** Criteria met and verified. */
  metCount: number;
  pendingCount: number;
  criteriaCount: number;
  tier: Tier | null;
  criteria: { number: number; name: string; status: PublicStatus }[];
}

export interface PublicArea {
  unit: { code: string; name: string; kind: string };
  asOf: string;
  demo: boolean;
  criteriaCount: number;
  communes: { code: string; name: string; metCount: number; pendingCount: number; tier: Tier | null }[];
  summary: { communes: number; averageMet: number | null; byTier: Record<string, number> };
}

/** One criterion across the communes of a unit (GET /board/criteria/:number). */
export interface CriterionBoard {
  scope: Unit | null;
  asOf: string;
  set: { code: string; name: string; demo: boolean };
  criterion: { number: number; name: string; indicators: { code: string; name: string; unit?: string; kind: string }[] };
  rows: {
    unitCode: string;
    name: string;
    status: CriterionStatus;
    indicators: Pick<IndicatorEvaluation, 'code' | 'kind' | 'status' | 'value' | 'threshold' | 'basis' | 'verified'>[];
  }[];
}
