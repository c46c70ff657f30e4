/**
 * What a plan aims for: district-level objectives (total criteria to add, average per commune,
 * communes to reach the standard, a stated distribution, a minimum gain, free text linked to an
 * indicator) and per-commune targets (criterion numbers committed this year, tier targets).
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';

const criterionNumbers = z.array(z.number().int().positive()).refine((xs) => new Set(xs).size === xs.length, 'a criterion appears twice');

/** Which communes an average or a distribution is over: all of the area, or those not yet recognised. */
export const AVERAGE_SCOPES = ['all', 'notRecognised'] as const;
export const averageScopeSchema = z.enum(AVERAGE_SCOPES);
export type AverageScope = z.infer<typeof averageScopeSchema>;

const common = {
  /** Stable id inside the plan, e.g. "I.1.a". */
  id: z.string().min(1),
  /** The objective as worded in the plan, with the punctuation the plan ends it with. */
  text: z.string().min(1),
  /**
   * The point of the plan that states it ("I.1", "I.2.1" …; "II.1.8" when a task's text states it, and the
   * document then prints it only there). Absent: I.2… for ids starting "I.2", else I.1.
   */
  statedIn: z
    .string()
    .regex(/^[IVXLC]+(\.\d+)*$/, 'expected a point such as I.1 or II.1.8')
    .optional(),
  /**
   * Printed in the same paragraph as the objective before it: after it ("…trở lên; 3 xã về đích …") or in
   * parentheses ("… 17,9 tiêu chí/xã trở lên (03 xã đạt 19 tiêu chí …)").
   */
  joins: z.enum(['sentence', 'parenthesis']).optional(),
  note: z.string().optional(),
  provenance: provenanceSchema.optional(),
};

/** "Phấn đấu hoàn thành tổng cộng thêm 21 tiêu chí". */
export const criteriaAddedObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('criteriaAdded'),
  total: z.number().int().nonnegative(),
});

/** "Số tiêu chí bình quân toàn huyện đạt 17,9 tiêu chí/xã trở lên"; scope null = the plan does not say. */
export const averageObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('averageCriteria'),
  atLeast: z.number().positive(),
  scope: averageScopeSchema.nullable(),
});

/** "3 xã về đích nông thôn mới năm 2022", with the communes when named. */
export const reachStandardObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('communesReachingStandard'),
  count: z.number().int().nonnegative(),
  unitCodes: z.array(z.string().min(1)).default([]),
});

/** "03 xã đạt 19 tiêu chí, 02 xã đạt 18 tiêu chí …"; scope null = inferred from the number of communes. */
export const distributionObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('distribution'),
  buckets: z
    .array(z.strictObject({ criteria: z.number().int().nonnegative(), communes: z.number().int().positive() }))
    .min(1)
    .refine((bs) => new Set(bs.map((b) => b.criteria)).size === bs.length, 'a criteria count appears twice'),
  scope: averageScopeSchema.nullable(),
});

/** "Các xã phấn đấu tăng từ 1 đến 2 tiêu chí trở lên": each commune not yet recognised adds at least this many. */
export const minimumGainObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('minimumGain'),
  atLeast: z.number().int().positive(),
  upTo: z.number().int().positive().nullable(),
});

/** A free-text objective tied to an indicator, e.g. health-insurance coverage (15.1) ≥ 90 % by year end. */
export const indicatorObjectiveSchema = z.strictObject({
  ...common,
  kind: z.literal('indicator'),
  indicatorCode: z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'expected a code such as 15.1'),
  comparator: z.enum(['atLeast', 'atMost']),
  value: z.number().finite(),
  unit: z.string().optional(),
  dueDate: isoDateSchema.nullable(),
});

/** Any other objective, kept as text. */
export const textObjectiveSchema = z.strictObject({ ...common, kind: z.literal('text') });

export const objectiveSchema = z.discriminatedUnion('kind', [
  criteriaAddedObjectiveSchema,
  averageObjectiveSchema,
  reachStandardObjectiveSchema,
  distributionObjectiveSchema,
  minimumGainObjectiveSchema,
  indicatorObjectiveSchema,
  textObjectiveSchema,
]);
export type Objective = z.infer<typeof objectiveSchema>;
export type ObjectiveOf<K extends Objective['kind']> = Extract<Objective, { kind: K }>;

/** A higher tier the commune works on this year (advanced, model); reach = it aims to be recognised this year. */
export const tierTargetSchema = z.strictObject({
  tier: z.enum(['advanced', 'model']),
  reach: z.boolean(),
  /** Criterion numbers of that tier's set committed this year, when the plan lists them. */
  criteria: criterionNumbers.default([]),
});

/** One commune's targets for the year. */
export const communeTargetSchema = z.strictObject({
  unitCode: z.string().min(1),
  /** The commune's name, correctly spelt (the plan's spelling goes in note). */
  name: z.string().min(1),
  /** Criterion numbers (of the plan's criteria set) the commune commits to meet this year. */
  criteria: criterionNumbers,
  /** Về đích: the commune aims to meet every criterion this year. */
  reachStandard: z.boolean().default(false),
  /** A recognised commune keeps the standard (duy trì). */
  maintain: z.boolean().default(false),
  tierTarget: tierTargetSchema.nullable().default(null),
  sourceText: z.string().optional(),
  note: z.string().optional(),
});
export type CommuneTarget = z.infer<typeof communeTargetSchema>;
