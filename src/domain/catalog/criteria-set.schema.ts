/**
 * The criteria catalogue as data: a criteria set (bộ tiêu chí) issued by a decision, its groups,
 * criteria, indicators and thresholds, each with provenance. Everything the engine knows about
 * the law comes from a document of this shape; nothing about a criterion is written in code.
 */
import { z } from 'zod';
import { isRealIsoDate } from '../text/vietnamese.js';

/**
 * Codes a set uses for its tiers, classification dimensions and their values: ASCII, stable, never
 * shown to a user (the set gives each a Vietnamese name). Tiers are the set's data, not an enum:
 * 2021-2025 has ntm / advanced / model, 2026-2030 ntm / modern.
 */
export const tierSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
export type Tier = string;
const dimensionCodeSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');
const valueCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, hyphens');

/** yes/no; at least X; at most X; must be zero; income (at least X, X set per year). */
export const INDICATOR_KINDS = ['boolean', 'min', 'max', 'zero', 'income'] as const;
export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const isoDateSchema = z
  .string()
  .refine((s) => isRealIsoDate(s), 'ngày không hợp lệ, cần dạng YYYY-MM-DD / expected a real date as YYYY-MM-DD');

/** Where a fact comes from and whether someone checked it against the official text. */
export const provenanceSchema = z.strictObject({
  /** The document, article or URL the fact was read in (or "demo" for illustrative data). */
  source: z.string().min(1),
  /** true only when checked against the official legal text. */
  verified: z.boolean(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One value a commune may have in a dimension: a region, a commune group, a special status … */
export const classificationValueSchema = z.strictObject({
  code: valueCodeSchema,
  /** Vietnamese name shown to users, e.g. "Tây Nguyên", "Nhóm 1", "Xã đặc biệt khó khăn". */
  name: z.string().min(1),
  /** Short form for tables, e.g. "ĐBKK". */
  shortName: z.string().min(1).optional(),
  /** What makes a commune have this value, as the decision words it. */
  definition: z.string().min(1).optional(),
  provenance: provenanceSchema.optional(),
});
export type ClassificationValue = z.infer<typeof classificationValueSchema>;

/**
 * A classification of communes the set's thresholds depend on (vùng, nhóm xã, xã ĐBKK/ATK, or one a
 * province adds). A single-valued dimension (`multiple` false) is needed by default: a commune
 * without a value in force cannot be evaluated against the set. A multiple one may hold none.
 */
export const classificationSchema = z.strictObject({
  code: dimensionCodeSchema,
  name: z.string().min(1),
  /** The noun put before a value in a sentence, e.g. "vùng" ("vùng Tây Nguyên"); absent = the name. */
  shortName: z.string().min(1).optional(),
  values: z.array(classificationValueSchema).min(1),
  multiple: z.boolean().optional(),
  /** Default: true for a single-valued dimension, false for a multiple one. */
  required: z.boolean().optional(),
  provenance: provenanceSchema,
});
export type Classification = z.infer<typeof classificationSchema>;

/** "A commune with special-status dbkk or atk uses region TDMNPB": a value in one dimension sets another. */
export const classificationRuleSchema = z.strictObject({
  when: z.strictObject({ dimension: dimensionCodeSchema, values: z.array(valueCodeSchema).min(1) }),
  use: z.strictObject({ dimension: dimensionCodeSchema, value: valueCodeSchema }),
  provenance: provenanceSchema,
});
export type ClassificationRule = z.infer<typeof classificationRuleSchema>;

/** dimension code → the values a threshold is for (a commune matches when it has one of them). */
export const thresholdWhereSchema = z.record(dimensionCodeSchema, z.array(valueCodeSchema).min(1));

/** A threshold derived from another set's threshold, e.g. 319: income ≥ 110 % of the advanced level. */
export const thresholdDerivationSchema = z.strictObject({
  setCode: z.string().min(1),
  indicatorCode: z.string().min(1),
  factor: z.number().positive(),
});

export const thresholdSchema = z
  .strictObject({
    /** The required value; null = the value is not known (the engine then reports "threshold unknown"). */
    value: z.number().finite().nullable(),
    /** The classification values this threshold is for, e.g. { region: ['TN'] }; absent = the general threshold (chỉ tiêu chung). */
    where: thresholdWhereSchema.optional(),
    fromYear: z.number().int().min(2000).max(2100).optional(),
    toYear: z.number().int().min(2000).max(2100).optional(),
    derivedFrom: thresholdDerivationSchema.optional(),
    provenance: provenanceSchema,
  })
  .refine((t) => t.fromYear === undefined || t.toYear === undefined || t.fromYear <= t.toYear, {
    message: 'fromYear must not be after toYear',
    path: ['toYear'],
  });
export type Threshold = z.infer<typeof thresholdSchema>;

export const indicatorSchema = z.strictObject({
  /** Code as printed in the decision, e.g. "2.1", "17.8", or "5" when a criterion has one indicator. */
  code: z.string().regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'expected a code such as 2.1'),
  name: z.string().min(1),
  kind: indicatorKindSchema,
  /** Display unit: "%", "triệu đồng/người/năm", "m²/người" … absent for yes/no. */
  unit: z.string().optional(),
  /** A percentage must lie in 0..100. */
  percent: z.boolean().optional(),
  /** "nếu có": the indicator applies only where the thing exists; a value may then be "not applicable". */
  appliesIfPresent: z.boolean().optional(),
  thresholds: z.array(thresholdSchema),
  provenance: provenanceSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const criterionSchema = z.strictObject({
  number: z.number().int().positive(),
  name: z.string().min(1),
  groupCode: z.string().min(1),
  /** "Dynamic" criteria are easily lost again (security, political system, culture, health, environment). */
  dynamic: z.boolean().optional(),
  indicators: z.array(indicatorSchema).min(1),
  provenance: provenanceSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const criterionGroupSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
});

export const decisionSchema = z.strictObject({
  /** e.g. "318/QĐ-TTg" */
  number: z.string().min(1),
  date: isoDateSchema,
  issuer: z.string().min(1),
  title: z.string().optional(),
  /** e.g. "Phụ lục I" */
  part: z.string().optional(),
});

/**
 * How many indicators the official text has, when that is known, and which of them this list lacks
 * or folds into another — as far as known; each candidate keeps its own provenance.
 */
export const indicatorCountSchema = z.strictObject({
  official: z.number().int().positive(),
  provenance: provenanceSchema,
  gaps: z.array(
    z.strictObject({
      criterion: z.number().int(),
      /** The code the indicator would have, when the reference suggests one. */
      code: z.string().optional(),
      kind: z.enum(['missing', 'merged']),
      /** For "merged": the indicator of this list that may hold two of the text's. */
      into: z.string().optional(),
      note: z.string().min(1),
      provenance: provenanceSchema,
    }),
  ),
});
export type IndicatorCount = z.infer<typeof indicatorCountSchema>;

const criteriaSetBase = z.strictObject({
  /** Stable code, e.g. "qd318-ntm-2021-2025". */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  /** The tier a commune reaches by meeting every criterion, and its Vietnamese name ("Xã nông thôn mới"). */
  tier: tierSchema,
  tierName: z.string().min(1),
  phase: z.strictObject({ fromYear: z.number().int(), toYear: z.number().int() }),
  decision: decisionSchema,
  /** For a tier above "ntm": the tier a commune must already have (advanced requires ntm …). */
  requiresTier: tierSchema.optional(),
  /** The classifications of a commune the thresholds depend on, with their allowed values. */
  classifications: z.array(classificationSchema).default([]),
  /** Rules between classifications (ĐBKK/ATK communes use the TDMNPB region in 318). */
  classificationRules: z.array(classificationRuleSchema).default([]),
  /** true for illustrative data shipped with the demo; never presented as law. */
  demo: z.boolean().optional(),
  groups: z.array(criterionGroupSchema).min(1),
  criteria: z.array(criterionSchema).min(1),
  provenance: provenanceSchema,
  indicatorCount: indicatorCountSchema.optional(),
});

export const criteriaSetSchema = criteriaSetBase.superRefine((set, ctx) => {
  checkClassifications(set, ctx);
  const groups = new Set(set.groups.map((g) => g.code));
  const numbers = new Set<number>();
  const codes = new Set<string>();
  set.criteria.forEach((c, ci) => {
    if (!groups.has(c.groupCode)) {
      ctx.addIssue({ code: 'custom', path: ['criteria', ci, 'groupCode'], message: `unknown group "${c.groupCode}"` });
    }
    if (numbers.has(c.number)) {
      ctx.addIssue({ code: 'custom', path: ['criteria', ci, 'number'], message: `criterion ${c.number} appears twice` });
    }
    numbers.add(c.number);
    c.indicators.forEach((ind, ii) => {
      if (codes.has(ind.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', ci, 'indicators', ii, 'code'],
          message: `indicator ${ind.code} appears twice`,
        });
      }
      codes.add(ind.code);
      ind.thresholds.forEach((t, ti) => {
        checkWhere(set.classifications, t.where, ['criteria', ci, 'indicators', ii, 'thresholds', ti, 'where'], ctx);
      });
      const needsThreshold = ind.kind === 'min' || ind.kind === 'max' || ind.kind === 'income';
      if (!needsThreshold && ind.thresholds.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', ci, 'indicators', ii, 'thresholds'],
          message: `a ${ind.kind} indicator takes no threshold`,
        });
      }
    });
  });
  set.indicatorCount?.gaps.forEach((g, gi) => {
    const path = ['indicatorCount', 'gaps', gi];
    if (!numbers.has(g.criterion))
      ctx.addIssue({ code: 'custom', path: [...path, 'criterion'], message: `unknown criterion ${g.criterion}` });
    if (g.kind === 'merged' && !(g.into && codes.has(g.into)))
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'into'],
        message: 'a merged indicator names the indicator of this set it is merged into',
      });
    if (g.kind === 'missing' && g.code && codes.has(g.code))
      ctx.addIssue({ code: 'custom', path: [...path, 'code'], message: `indicator ${g.code} is in the set, not missing` });
  });
});
type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function checkWhere(dims: readonly Classification[], where: Record<string, string[]> | undefined, path: Path, ctx: Ctx) {
  for (const [dim, values] of Object.entries(where ?? {})) {
    const d = dims.find((x) => x.code === dim);
    if (!d) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, dim],
        message: `bộ tiêu chí không khai báo phân loại "${dim}" / the set declares no classification "${dim}"`,
      });
      continue;
    }
    values.forEach((v, vi) => {
      if (!d.values.some((x) => x.code === v))
        ctx.addIssue({
          code: 'custom',
          path: [...path, dim, vi],
          message: `phân loại "${dim}" không có giá trị "${v}" / classification "${dim}" has no value "${v}"`,
        });
    });
  }
}

function checkClassifications(set: z.infer<typeof criteriaSetBase>, ctx: Ctx) {
  const seen = new Set<string>();
  set.classifications.forEach((d, di) => {
    if (seen.has(d.code)) ctx.addIssue({ code: 'custom', path: ['classifications', di, 'code'], message: `"${d.code}" appears twice` });
    seen.add(d.code);
    const values = new Set<string>();
    d.values.forEach((v, vi) => {
      if (values.has(v.code))
        ctx.addIssue({ code: 'custom', path: ['classifications', di, 'values', vi, 'code'], message: `"${v.code}" appears twice` });
      values.add(v.code);
    });
  });
  set.classificationRules.forEach((r, ri) => {
    const path = ['classificationRules', ri];
    checkWhere(set.classifications, { [r.when.dimension]: r.when.values }, [...path, 'when'], ctx);
    checkWhere(set.classifications, { [r.use.dimension]: [r.use.value] }, [...path, 'use'], ctx);
    if (set.classifications.find((d) => d.code === r.use.dimension)?.multiple)
      ctx.addIssue({ code: 'custom', path: [...path, 'use', 'dimension'], message: 'a rule sets a single-valued classification' });
  });
}

export type CriteriaSet = z.infer<typeof criteriaSetSchema>;
export type CriteriaSetInput = z.input<typeof criteriaSetSchema>;
