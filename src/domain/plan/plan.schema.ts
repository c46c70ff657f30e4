/**
 * An annual plan (kế hoạch năm) as one validated document: the formal parts, objectives, commune
 * targets, agencies, tasks and its status. Cross-references (agencies, sections, unique numbers) are
 * checked here; consistency with the baseline is not — that is plan-checks.ts, computed, never stored.
 */
import { z } from 'zod';
import { provenanceSchema } from '../catalog/criteria-set.schema.js';
import {
  documentNumberSchema,
  issueDateSchema,
  issuingUnitSchema,
  legalBasisSchema,
  recipientSchema,
  signerSchema,
  sourceCorrectionSchema,
} from './plan-document.schema.js';
import { communeTargetSchema, objectiveSchema } from './plan-objective.schema.js';
import { reviewFlagSchema } from './plan-review.schema.js';
import { agencySchema, sectionOf, taskSchema, taskSectionSchema } from './plan-task.schema.js';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'superseded'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** One recorded status change (who, when); the rules for who may make it are in plan-status.ts. */
export const statusChangeSchema = z.strictObject({
  from: planStatusSchema,
  to: planStatusSchema,
  /** ISO date-time. */
  at: z.string().min(10),
  role: z.string().min(1),
  userId: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** A sub-heading under I (objectives); "I.1" and "I.2" are printed by the document itself. */
export const objectiveSectionSchema = z.strictObject({
  number: z.string().regex(/^I(\.\d+){2,}$/, 'expected a point such as I.2.1'),
  title: z.string().min(1),
});
export type ObjectiveSection = z.infer<typeof objectiveSectionSchema>;

export const planSchema = z
  .strictObject({
    /** Stable code, e.g. "krong-no-2022". */
    code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    year: z.number().int().min(2000).max(2100),
    issuingUnit: issuingUnitSchema,
    documentNumber: documentNumberSchema,
    place: z.string().min(1),
    issuedOn: issueDateSchema,
    title: z.string().min(1),
    /** The criteria set the targets' criterion numbers refer to. */
    criteriaSetCode: z.string().min(1),
    legalBases: z.array(legalBasisSchema).default([]),
    /** The sentence after the legal bases ("Ủy ban nhân dân huyện … ban hành Kế hoạch …"). */
    preamble: z.string().optional(),
    /** Sub-headings of the objectives the plan prints, e.g. "I.2.1" "Thực hiện tiêu chí xã nông thôn mới". */
    objectiveSections: z.array(objectiveSectionSchema).default([]),
    objectives: z.array(objectiveSchema).default([]),
    communeTargets: z.array(communeTargetSchema).default([]),
    agencies: z.array(agencySchema).default([]),
    taskSections: z.array(taskSectionSchema).default([]),
    tasks: z.array(taskSchema).default([]),
    /** The closing sentence ("Trên đây là Kế hoạch …"). */
    closing: z.string().optional(),
    recipients: z.array(recipientSchema).default([]),
    signer: signerSchema.nullable(),
    status: planStatusSchema.default('draft'),
    statusHistory: z.array(statusChangeSchema).default([]),
    /** The plan this one started as a copy of. */
    copiedFromCode: z.string().min(1).nullable().default(null),
    /** true for illustrative plans; a plan copied from a real document is not demo. */
    demo: z.boolean().optional(),
    notes: z.array(z.string().min(1)).default([]),
    /** Slips of the source document this plan was copied from, and how the copy prints them. */
    sourceCorrections: z.array(sourceCorrectionSchema).default([]),
    /** What a copy carried from last year for review before approval (plan-review.schema.ts). */
    reviewFlags: z.array(reviewFlagSchema).default([]),
    provenance: provenanceSchema,
  })
  .superRefine((plan, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const duplicates = <T>(items: readonly T[], key: (t: T) => string, path: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const k = key(item);
        if (seen.has(k)) issue([path, i], `${what} "${k}" appears twice`);
        seen.add(k);
      });
    };
    duplicates(plan.communeTargets, (t) => t.unitCode, 'communeTargets', 'target unit');
    duplicates(plan.objectives, (o) => o.id, 'objectives', 'objective id');
    duplicates(plan.agencies, (a) => a.code, 'agencies', 'agency');
    duplicates(plan.taskSections, (s) => s.number, 'taskSections', 'section');
    duplicates(plan.tasks, (t) => t.number, 'tasks', 'task');
    duplicates(plan.objectiveSections, (s) => s.number, 'objectiveSections', 'objective section');
    duplicates(plan.reviewFlags, (f) => f.id, 'reviewFlags', 'review flag');

    const agencies = new Set(plan.agencies.map((a) => a.code));
    const sections = new Set(plan.taskSections.map((s) => s.number));
    plan.tasks.forEach((t, i) => {
      if (t.leadAgencyCode !== null && !agencies.has(t.leadAgencyCode)) {
        issue(['tasks', i, 'leadAgencyCode'], `unknown agency "${t.leadAgencyCode}"`);
      }
      t.cooperatingAgencyCodes.forEach((c, j) => {
        if (!agencies.has(c)) issue(['tasks', i, 'cooperatingAgencyCodes', j], `unknown agency "${c}"`);
        if (c === t.leadAgencyCode) issue(['tasks', i, 'cooperatingAgencyCodes', j], `"${c}" is already the lead agency`);
      });
      if (plan.taskSections.length > 0 && !sections.has(sectionOf(t.number))) {
        issue(['tasks', i, 'number'], `no section "${sectionOf(t.number)}" for task ${t.number}`);
      }
    });
    plan.recipients.forEach((r, i) => {
      if (r.agencyCode !== undefined && !agencies.has(r.agencyCode)) {
        issue(['recipients', i, 'agencyCode'], `unknown agency "${r.agencyCode}"`);
      }
    });
    // A plan for year Y is issued late in Y-1 or during Y.
    if (plan.issuedOn.year < plan.year - 1 || plan.issuedOn.year > plan.year) {
      issue(['issuedOn', 'year'], `a plan for ${plan.year} is issued in ${plan.year - 1} or ${plan.year}`);
    }
  });
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
