/**
 * The engine's input and output types: a commune profile, indicator values, and the result per
 * indicator (with the threshold used and why), per criterion and for the commune.
 */
import type { IndicatorKind, Provenance, Tier } from '../catalog/criteria-set.schema.js';

/** A value as entered: yes/no, a number, or "not applicable" for a "nếu có" indicator. */
export type IndicatorValue = boolean | number | 'not_applicable';

/** A commune's classification on the as-of date: dimension code → values in force, e.g. { region: ['TN'], 'special-status': ['dbkk'] }. */
export interface CommuneProfile {
  classifications: Readonly<Record<string, readonly string[]>>;
}

export type IndicatorStatus = 'met' | 'not_met' | 'not_applicable' | 'missing' | 'threshold_unknown';
export type CriterionStatus = 'met' | 'not_met' | 'incomplete';

/** One dimension as the threshold was chosen: the commune's values, and the rule that set them if one did. */
export interface ClassificationUse {
  dimension: string;
  values: string[];
  via?: { dimension: string; value: string };
}

/** Why a threshold applies: the classification used (and the rule that chose it), the year, the scope. */
export interface ThresholdBasis {
  /** Every dimension the set declares, with the values used. */
  classification: ClassificationUse[];
  /** The values the chosen threshold is for (absent for a general threshold). */
  where?: Record<string, string[]>;
  /**
   * Kept for clients written when the region was fixed: the value of a "region" dimension, "status"
   * when a rule (ĐBKK/ATK) set it, and the value that did. Absent when the set has no region dimension.
   */
  region?: string;
  regionFrom?: 'profile' | 'status';
  status?: string;
  year: number;
  /** "region" = a threshold for a classification (any dimension; the name is kept for clients); "general"; "none" = no threshold defined. */
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
