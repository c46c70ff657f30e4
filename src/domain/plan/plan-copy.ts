/**
 * Start next year's plan as a copy of this one. The copy is a draft for year + 1 with no number, no day,
 * no history. Kept: legal bases, agencies, sections, tasks (status reset, deadlines moved one year),
 * recipients, signer, minimum-gain / indicator / text objectives (years moved on). Dropped: the stated
 * total, average, distribution and number reaching the standard — they must be restated from the new
 * baseline. Targets: without year-end results, every commune target is kept with no criteria (empty);
 * with them, each commune carries over the commitments it did not achieve, a reach-the-standard commune
 * that did reach it becomes "maintain", and targets on units that no longer exist are dropped and listed.
 * Given the new baseline the restated numbers are recomputed instead (plan-recompute.ts); given the
 * catalogue of bases, what belongs to the old year is flagged for review (plan-copy-review.ts).
 */

import type { LegalBasisEntry } from './legal-basis-catalog.schema.js';
import type { Plan } from './plan.schema.js';
import { basisFlags, textFlags } from './plan-copy-review.js';
import type { PlanBaseline, UnitValidity } from './plan-metrics.js';
import type { Objective } from './plan-objective.schema.js';
import { RESTATED, recomputeObjectives } from './plan-recompute.js';

export interface YearEndResults {
  /** Criterion numbers of the set. */
  criterionNumbers: readonly number[];
  /** Per unit code, criterion numbers met at year end; a commune missing here carries all its commitments. */
  metAtYearEnd: Readonly<Record<string, readonly number[]>>;
  /** Units with validity, to drop targets on units that do not exist in the new year. */
  units: readonly UnitValidity[];
}

export interface CopyOptions {
  /** Code of the new plan, e.g. "krong-no-2023". */
  code: string;
  yearEnd?: YearEndResults;
  /** Where the communes stand at the start of the new year: the restated objectives are recomputed from it. */
  newBaseline?: PlanBaseline;
  /** The catalogue of legal bases: bases and texts of the old year are flagged for review. */
  catalog?: readonly LegalBasisEntry[];
}

export interface PlanCopy {
  plan: Plan;
  dropped: { unitCode: string; name: string; reason: 'unit_not_valid' }[];
}

/**
 * "… năm 2022" → "… năm 2023": only the plan's year written as "năm YYYY" and not part of a date
 * ("ngày 08 tháng 3 năm 2022" stays), so phases ("giai đoạn 2021-2025") and documents' dates keep.
 */
const nextYearText = (text: string, year: number) =>
  text.replace(new RegExp(`(?<!tháng \\d{1,2} )năm ${year}(?!\\d)`, 'g'), `năm ${year + 1}`);

/** Same day one year later (29/02 → 28/02). */
function plusOneYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) + 1}-${m}-${day}`;
}

export function copyPlanForNextYear(plan: Plan, options: CopyOptions): PlanCopy {
  const year = plan.year + 1;
  const dropped: PlanCopy['dropped'] = [];
  const exists = (code: string) => {
    const u = options.yearEnd?.units.find((x) => x.code === code);
    if (!u || !options.yearEnd) return true;
    return u.validFrom <= `${year}-12-31` && (u.validTo === undefined || u.validTo === null || u.validTo >= `${year}-01-01`);
  };
  const communeTargets = plan.communeTargets.flatMap((t) => {
    if (!options.yearEnd) return [{ ...t, criteria: [], reachStandard: false, sourceText: undefined, note: undefined }];
    if (!exists(t.unitCode)) {
      dropped.push({ unitCode: t.unitCode, name: t.name, reason: 'unit_not_valid' as const });
      return [];
    }
    const met = options.yearEnd.metAtYearEnd[t.unitCode];
    const remaining = met ? t.criteria.filter((n) => !met.includes(n)) : t.criteria;
    const reached = met !== undefined && options.yearEnd.criterionNumbers.every((n) => met.includes(n));
    const carried = t.reachStandard && !reached;
    return [
      {
        ...t,
        criteria: remaining,
        reachStandard: carried,
        maintain: t.maintain || (t.reachStandard && reached),
        sourceText: undefined,
        note: remaining.length > 0 ? `Chuyển tiếp từ kế hoạch ${plan.code}: cam kết chưa đạt.` : undefined,
      },
    ];
  });
  const objectives = plan.objectives
    .filter((o) => !RESTATED.includes(o.kind))
    .map((o) => ({
      ...o,
      text: nextYearText(o.text, plan.year),
      ...(o.kind === 'indicator' && o.dueDate ? { dueDate: plusOneYear(o.dueDate) } : {}),
    })) as Objective[];
  const copy: Plan = {
    ...plan,
    code: options.code,
    year,
    documentNumber: { number: null, symbol: plan.documentNumber.symbol },
    issuedOn: { year, month: null, day: null },
    title: nextYearText(plan.title, plan.year),
    preamble: plan.preamble === undefined ? undefined : nextYearText(plan.preamble, plan.year),
    closing: plan.closing === undefined ? undefined : nextYearText(plan.closing, plan.year),
    objectives,
    communeTargets,
    tasks: plan.tasks.map((t) => ({ ...t, status: 'not_started', deadline: t.deadline === null ? null : plusOneYear(t.deadline) })),
    status: 'draft',
    statusHistory: [],
    copiedFromCode: plan.code,
    notes: [],
    sourceCorrections: [],
    reviewFlags: [],
    provenance: { source: `Bản sao từ kế hoạch ${plan.code} / copy of plan ${plan.code}`, verified: false },
  };
  if (!options.catalog) return { plan: copy, dropped };
  const restated = recomputeObjectives(plan, copy, options.newBaseline ?? null);
  const recomputed = { ...copy, objectives: restated.objectives };
  const skip = new Set(plan.objectives.filter((o) => RESTATED.includes(o.kind)).map((o) => o.id));
  const reviewFlags = [...basisFlags(recomputed, plan.year, options.catalog), ...restated.flags, ...textFlags(plan, recomputed, skip)];
  return { plan: { ...recomputed, reviewFlags }, dropped };
}
