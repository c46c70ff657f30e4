/**
 * The engine's input and output types: a commune profile, indicator values, and the result per
 * indicator (with the threshold used and why), per criterion and for the commune.
 */
import type { IndicatorKind, Provenance, RegionCode, SpecialStatus, Tier } from '../catalog/criteria-set.schema.js';

/** A value as entered: yes/no, a number, or "not applicable" for a "nếu có" indicator. */
export type IndicatorValue = boolean | number | 'not_applicable';

export interface CommuneProfile {
  region: RegionCode;
  /** Special statuses in force on the as-of date. */
  statuses: readonly SpecialStatus[];
}

export type IndicatorStatus = 'met' | 'not_met' | 'not_applicable' | 'missing' | 'threshold_unknown';
export type CriterionStatus = 'met' | 'not_met' | 'incomplete';

/** Why a threshold applies: the region used (and the status that chose it), the year, the scope. */
export interface ThresholdBasis {
  region: RegionCode;
  /** "status" when a special status (ĐBKK/ATK) made the commune use another region's level. */
  regionFrom: 'profile' | 'status';
  status?: SpecialStatus;
  year: number;
  /** "region" = a per-region threshold; "general" = the general one; "none" = no threshold defined. */
  scope: 'region' | 'general' | 'none';
  yearBound: boolean;
  derived?: { setCode: string; indicatorCode: string; factor: number };
  provenance?: Provenance;
}

export interface IndicatorResult {
  code: string;
  criterionNumber: number;
  kind: IndicatorKind;
  status: IndicatorStatus;
  value?: IndicatorValue;
  /** The number compared against (0 for "must be zero"); null when unknown or for yes/no. */
  threshold: number | null;
  basis?: ThresholdBasis;
  /** false when the threshold used (or the indicator itself) is not checked against the official text. */
  verified: boolean;
}

export interface CriterionResult {
  number: number;
  status: CriterionStatus;
  met: number;
  notMet: number;
  open: number;
  indicatorCount: number;
}

export interface CommuneEvaluation {
  setCode: string;
  tier: Tier;
  asOf: string;
  year: number;
  profile: CommuneProfile;
  indicators: IndicatorResult[];
  criteria: CriterionResult[];
  metCount: number;
  notMetCount: number;
  incompleteCount: number;
  criteriaCount: number;
  /** The set's tier when every criterion is met, else null. */
  tierReached: Tier | null;
}

export type ValueMap = Readonly<Record<string, IndicatorValue | null | undefined>>;
