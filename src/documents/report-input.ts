/**
 * What a periodic report (báo cáo tháng, quý, 6 tháng, năm) is written from: the period and issuing
 * unit the user chose, the board of the area, the plan's targets with their progress, the tasks with
 * their status and the supervision findings. Gathered by services/report-data.service.ts; plain data.
 */

import type { Tier } from '../domain/catalog/criteria-set.schema.js';
import type { DatedCriterionStatus } from '../domain/freshness/value-age.js';
import type { DocumentNumber, IssueDate, Signer } from '../domain/plan/plan-document.schema.js';
import type { CommuneTarget } from '../domain/plan/plan-objective.schema.js';
import type { PlanProgress } from '../domain/plan/plan-progress.js';
import type { TaskStatus } from '../domain/plan/plan-task.schema.js';
import type { ReportFunding } from './funding/funding-docx.js';
import type { DocTitle } from './title-cell.js';

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
  /** First and last day, ISO. */
  from: string;
  to: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MAX_INDEX: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The period's first and last day; null when the index does not fit the kind. */
export function reportPeriod(kind: PeriodKind, year: number, index = 1): ReportPeriod | null {
  if (!Number.isInteger(index) || index < 1 || index > MAX_INDEX[kind]) return null;
  const months = { month: [index, index], quarter: [index * 3 - 2, index * 3], half: [index * 6 - 5, index * 6], year: [1, 12] }[kind];
  const [m1, m2] = months as [number, number];
  const last = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  const p2 = (n: number) => String(n).padStart(2, '0');
  return { kind, year, index, from: `${year}-${p2(m1)}-01`, to: `${year}-${p2(m2)}-${p2(last)}` };
}

/** "tháng 3 năm 2022", "quý I năm 2022", "6 tháng đầu năm 2022", "năm 2022". */
export function periodVi(p: Pick<ReportPeriod, 'kind' | 'year' | 'index'>): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.index} năm ${p.year}`;
    case 'quarter':
      return `quý ${ROMAN[p.index - 1]} năm ${p.year}`;
    case 'half':
      return p.index === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    default:
      return `năm ${p.year}`;
  }
}

export type { DocTitle };

export interface ReportBoardRow {
  unitCode: string;
  name: string;
  /** "outdated": every value of the criterion is from before the report's year. */
  criteria: readonly DatedCriterionStatus[];
  metCount: number;
  /** Per criterion: the date of its oldest value in force, when known. */
  valueDates?: readonly (string | null)[] | undefined;
  tier: Tier | null;
  /** The titles held on the date (công nhận): shown apart from the evaluation's tier. */
  titles?: readonly DocTitle[] | undefined;
  /** Criteria met at the start of the year, when known. */
  metAtStart?: number | undefined;
}

export interface ReportTask {
  number: string;
  text: string;
  lead: string | null;
  deadline: string | null;
  status: TaskStatus;
  overdue: boolean;
}

/** One supervision visit's findings (stored by the supervision module; passed in as data). */
export interface SupervisionFinding {
  date: string;
  unitName: string;
  /** Who supervised: the NTM office, the Fatherland Front, a working group. */
  by: string;
  findings: string;
  followUp: string | null;
}

export interface PeriodicReportInput {
  period: ReportPeriod;
  /** "Ủy ban nhân dân huyện Krông Nô". */
  authority: string;
  /** The area reported on, e.g. "huyện Krông Nô". */
  areaName: string;
  documentNumber: DocumentNumber;
  place: string;
  issuedOn: Pick<IssueDate, 'year' | 'month' | 'day'>;
  criteria: readonly { number: number; name: string }[];
  board: { asOf: string; rows: readonly ReportBoardRow[]; averageMet: number | null; demo: boolean };
  plan: { title: string; year: number; targets: readonly CommuneTarget[]; progress: PlanProgress } | null;
  tasks: readonly ReportTask[];
  supervision: readonly SupervisionFinding[];
  /** Funding of the report's year as of its last day (absent: the section is left out). */
  funding?: ReportFunding;
  signer: Signer | null;
  recipients: readonly string[];
}
