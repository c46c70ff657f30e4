/**
 * The criteria catalogue as data: a criteria set (bộ tiêu chí) issued by a decision, its groups,
 * criteria, indicators and thresholds, each with provenance. Everything the engine knows about
 * the law comes from a document of this shape; nothing about a criterion is written in code.
 */
import { z } from 'zod';
import { isRealIsoDate } from '../text/vietnamese.js';

/** The 7 socio-economic regions of Quyết định 318/QĐ-TTg (codes are ASCII, names Vietnamese). */
export const REGION_CODES = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
export const regionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof regionCodeSchema>;

/** Special statuses of a commune that change which thresholds apply (ĐBKK, ATK …). */
export const SPECIAL_STATUSES = ['dbkk', 'atk'] as const;
export const specialStatusSchema = z.enum(SPECIAL_STATUSES);
export type SpecialStatus = z.infer<typeof specialStatusSchema>;

export const TIERS = ['ntm', 'advanced', 'model', 'other'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

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
    /** Regions this threshold is for; absent = the general threshold (chỉ tiêu chung). */
    regions: z.array(regionCodeSchema).min(1).optional(),
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

/** A special status makes a commune use another region's thresholds (ĐBKK/ATK → TDMNPB in 318). */
export const statusRegionRuleSchema = z.strictObject({
  statuses: z.array(specialStatusSchema).min(1),
  useRegion: regionCodeSchema,
  provenance: provenanceSchema,
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

export const criteriaSetSchema = z
  .strictObject({
    /** Stable code, e.g. "qd318-ntm-2021-2025". */
    code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    name: z.string().min(1),
    tier: tierSchema,
    phase: z.strictObject({ fromYear: z.number().int(), toYear: z.number().int() }),
    decision: decisionSchema,
    /** For a tier above "ntm": the tier a commune must already have (advanced requires ntm …). */
    requiresTier: tierSchema.optional(),
    /** true for illustrative data shipped with the demo; never presented as law. */
    demo: z.boolean().optional(),
    groups: z.array(criterionGroupSchema).min(1),
    criteria: z.array(criterionSchema).min(1),
    statusRegionRules: z.array(statusRegionRuleSchema).default([]),
    provenance: provenanceSchema,
    indicatorCount: indicatorCountSchema.optional(),
  })
  .superRefine((set, ctx) => {
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
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;
export type CriteriaSetInput = z.input<typeof criteriaSetSchema>;
