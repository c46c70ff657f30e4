/**
 * The survey tables (migration 2026-12-03T0300-surveys), added to the Kysely DB interface by
 * declaration merging so the survey area does not edit the shared schema.ts list.
 */
import type { Selectable } from 'kysely';

export interface SurveyRoundTable {
  id: string;
  unitCode: string;
  purpose: string;
  ruleCode: string;
  setCode: string | null;
  year: number;
  startsOn: string;
  endsOn: string | null;
  /** JSON array of form codes. */
  forms: string;
  /** JSON array of {code, text}. */
  items: string;
  state: string;
  closedAt: string | null;
  closedBy: string | null;
  publishedOn: string | null;
  publishedPlace: string | null;
  publishedChannel: string | null;
  note: string | null;
  demo: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface SurveyHamletTable {
  id: string;
  roundId: string;
  position: number;
  name: string;
  households: number;
  ballotsIssued: number;
  paperReturned: number;
  token: string;
  version: number;
}

export interface SurveyTallyTable {
  hamletId: string;
  itemCode: string;
  satisfied: number;
  notSatisfied: number;
}

export interface SurveyBallotTable {
  id: string;
  roundId: string;
  hamletId: string;
  channel: string;
  /** JSON {itemCode: answer}. */
  answers: string;
  recordedOn: string;
}

export interface SurveyCodeTable {
  id: string;
  hamletId: string;
  codeHash: string;
  createdAt: string;
  used: number;
}

declare module './schema.js' {
  interface DB {
    surveyRound: SurveyRoundTable;
    surveyHamlet: SurveyHamletTable;
    surveyTally: SurveyTallyTable;
    surveyBallot: SurveyBallotTable;
    surveyCode: SurveyCodeTable;
  }
}

export type SurveyRoundRow = Selectable<SurveyRoundTable>;
export type SurveyHamletRow = Selectable<SurveyHamletTable>;
