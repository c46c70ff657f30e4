/**
 * A recognition (or revocation) procedure as data: its steps, who acts at each step in which period,
 * durations, required documents and the moves each step allows. A new decision (the 2026-2030
 * successor of QĐ 18, a province's own rule) is a new JSON file in src/catalog/procedures/, no code.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';

const codeSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'mã chữ thường, số và gạch dưới / lower-case code');

/** Who acts at a step in a period: the roles, and at which level of the tree they sit. */
export const stepActorSchema = z.strictObject({
  /** First day the rule applies (null = since the procedure began). */
  from: isoDateSchema.nullable(),
  /** Last day it applies (null = still in force). */
  to: isoDateSchema.nullable(),
  /** Role codes of policies/policy.ts (checked by the catalog check). */
  roles: z.array(z.string().min(1)).min(1),
  /** Vietnamese name of the body, e.g. "UBND huyện (Văn phòng NTM huyện)". */
  body: z.string().min(1),
  provenance: provenanceSchema,
});
export type StepActor = z.infer<typeof stepActorSchema>;

export const durationSchema = z.strictObject({
  /** null = unknown (no confirmed time limit). */
  days: z.number().int().positive().nullable(),
  workingDays: z.boolean().nullable(),
  provenance: provenanceSchema,
});

/** How a checklist document is made: uploaded by a user, or generated from the data. */
export const DOCUMENT_MAKERS = ['uploaded', 'generated'] as const;
/** The generators the system knows (seam C and the survey report of seam B). */
export const GENERATORS = ['self_assessment', 'request', 'meeting_minutes', 'appraisal_report', 'eligible_list', 'survey_report'] as const;
export type Generator = (typeof GENERATORS)[number];

export const requiredDocumentSchema = z
  .strictObject({
    code: codeSchema,
    name: z.string().min(1),
    required: z.boolean(),
    made: z.enum(DOCUMENT_MAKERS),
    generator: z.enum(GENERATORS).optional(),
    provenance: provenanceSchema,
  })
  .refine((d) => (d.made === 'generated') === (d.generator !== undefined), {
    message:
      'tài liệu tạo tự động cần "generator", tài liệu tải lên thì không / a generated document names its generator, an uploaded one does not',
    path: ['generator'],
  });
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

/**
 * What a step's form records (the service knows each kind): the posting period, the organisations'
 * opinions, the survey, the meeting, the submission (conditions), findings, council vote, decision,
 * announcement; `report` only needs its documents.
 */
export const STEP_FORMS = [
  'report',
  'posting',
  'opinions',
  'survey',
  'meeting',
  'submission',
  'appraisal',
  'council',
  'decision',
  'announcement',
] as const;
export type StepForm = (typeof STEP_FORMS)[number];

export const stepSchema = z.strictObject({
  code: codeSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  form: z.enum(STEP_FORMS),
  actors: z.array(stepActorSchema).min(1),
  duration: durationSchema,
  documents: z.array(requiredDocumentSchema),
  /** The step that follows when this one is completed; null for the last. */
  next: codeSchema.nullable(),
  /** Earlier steps this one may send the dossier back to (with reasons). */
  sendBackTo: z.array(codeSchema),
});
export type Step = z.infer<typeof stepSchema>;

export const postingRuleSchema = z.strictObject({
  periodDays: z.number().int().positive(),
  minAnnouncements: z.number().int().positive(),
  channels: z.array(z.strictObject({ code: codeSchema, name: z.string().min(1), nameEn: z.string().min(1) })).min(1),
  provenance: provenanceSchema,
});
export type PostingRule = z.infer<typeof postingRuleSchema>;

/** A vote threshold (meeting, council): share of members agreeing; null = not known. */
export const voteRuleSchema = z.strictObject({ minAgreeingPercent: z.number().min(0).max(100).nullable(), provenance: provenanceSchema });

export const procedureSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    kind: z.enum(['recognition', 'revocation']),
    legalBasis: z.string().min(1),
    provenance: provenanceSchema,
    /** The criteria-set phases (e.g. "2021-2025") and tiers the procedure serves. */
    appliesTo: z.strictObject({ phases: z.array(z.string().min(1)).min(1), tiers: z.array(z.string().min(1)).min(1) }),
    posting: postingRuleSchema.nullable(),
    meetingVote: voteRuleSchema.nullable(),
    councilVote: voteRuleSchema.nullable(),
    /** Front opinions needed before leaving the opinions step. */
    minFrontOpinions: z.number().int().min(0),
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const codes = p.steps.map((s) => s.code);
    p.steps.forEach((s, i) => {
      if (codes.indexOf(s.code) !== i)
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'code'], message: `mã bước trùng / duplicate step "${s.code}"` });
      if (s.next !== null && !codes.includes(s.next))
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'next'], message: `không có bước "${s.next}" / no step "${s.next}"` });
      s.sendBackTo.forEach((b, j) => {
        const at = codes.indexOf(b);
        if (at < 0 || at >= i)
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'sendBackTo', j],
            message: `chỉ trả về bước trước / only back to an earlier step ("${b}")`,
          });
      });
      if (s.form === 'posting' && p.posting === null)
        ctx.addIssue({
          code: 'custom',
          path: ['posting'],
          message: 'bước niêm yết cần quy tắc niêm yết / a posting step needs the posting rule',
        });
    });
    const last = p.steps.filter((s) => s.next === null);
    if (last.length !== 1) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'cần đúng một bước cuối / exactly one last step' });
  });
export type Procedure = z.infer<typeof procedureSchema>;
