/**
 * The Front's satisfaction-survey rules as data (HD 78/2017, HD 90/2022 …): which guidance applies on a
 * date, its thresholds each with provenance (null = not known, never guessed), the ballot kinds
 * (purposes) mapped to the sets' tier codes, and where a ballot's items come from.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';

/** A number the guidance sets, with where it was read; value null = unknown. */
export const ruleValueSchema = z.strictObject({ value: z.number().min(0).nullable(), provenance: provenanceSchema });
export type RuleValue = z.infer<typeof ruleValueSchema>;

export const surveyItemSchema = z.strictObject({ code: z.string().min(1).max(20), text: z.string().min(1).max(500) });
export type SurveyItem = z.infer<typeof surveyItemSchema>;

export const surveyPurposeSchema = z.strictObject({
  /** The tier code of the sets (ntm, advanced, model, modern). */
  tier: z.string().min(1),
  ballot: z.string().min(1),
  /** "Phiếu số …" when known. */
  formNumber: z.string().nullable(),
  /** Items = one per criterion of this set; null = take `items`, or the round must name its items. */
  itemsFromSet: z.string().nullable(),
  items: z.array(surveyItemSchema).nullable(),
  provenance: provenanceSchema,
});
export type SurveyPurpose = z.infer<typeof surveyPurposeSchema>;

export const surveyRuleSetSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  phase: z.string().min(1),
  document: z.strictObject({ number: z.string(), date: isoDateSchema, body: z.string() }).nullable(),
  appliesFrom: isoDateSchema,
  /** Last day it applies; null = still. */
  appliesTo: isoDateSchema.nullable(),
  periodProvenance: provenanceSchema,
  /** Ballots returned / households, in percent. */
  participationMin: ruleValueSchema,
  /** Satisfied answers / all answers, in percent. */
  satisfactionMin: ruleValueSchema,
  /** The floor for each item, in percent. */
  itemSatisfactionMin: ruleValueSchema,
  /** From the start of the survey to the compiled result, not counting Saturdays and Sundays. */
  durationWorkingDays: ruleValueSchema,
  purposes: z.array(surveyPurposeSchema).min(1),
});
export type SurveyRuleSet = z.infer<typeof surveyRuleSetSchema>;

export const surveyRulesSchema = z.strictObject({
  note: z.string().optional(),
  ruleSets: z.array(surveyRuleSetSchema).min(1),
  forms: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).min(1),
  formsProvenance: provenanceSchema,
});
export type SurveyRules = z.infer<typeof surveyRulesSchema>;

/** The rule set that applies to a survey starting on `date` (undefined: none known). */
export const ruleSetOn = (rules: SurveyRules, date: string) =>
  rules.ruleSets.find((r) => r.appliesFrom <= date && (r.appliesTo === null || date <= r.appliesTo));

export const purposeOf = (rule: SurveyRuleSet, tier: string) => rule.purposes.find((p) => p.tier === tier);
