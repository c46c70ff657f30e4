/** Request and response schemas of the evaluation, board and stateless evaluate endpoints. */
import { z } from 'zod';
import { isoDateSchema, tierSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { asOfQuery, indicatorValueOut, namedValueOut, thresholdBasisOut } from '../../schemas.js';
import { unitOut } from '../units/schema.js';

const status = z.enum(['met', 'not_met', 'not_applicable', 'missing', 'threshold_unknown']);
const criterionStatus = z.enum(['met', 'not_met', 'incomplete']);

export const evaluationOut = z.object({
  set: z.object({ code: z.string(), name: z.string(), tier: tierSchema, tierName: z.string(), demo: z.boolean() }),
  asOf: z.string(),
  year: z.number(),
  profile: z.object({
    region: z.string().nullable().describe('vùng (giữ cho ứng dụng cũ) / the "region" value, kept for older clients'),
    statuses: z.array(z.string()).describe('giá trị "special-status" (giữ cho ứng dụng cũ) / kept for older clients'),
    classifications: z
      .array(
        z.object({
          dimension: z.string(),
          name: z.string(),
          multiple: z.boolean(),
          values: z.array(z.object({ code: z.string(), name: z.string() })),
        }),
      )
      .describe('phân loại của xã vào ngày đánh giá, theo bộ tiêu chí / the commune classification in force, as the set names it'),
  }),
  metCount: z.number(),
  notMetCount: z.number(),
  incompleteCount: z.number(),
  criteriaCount: z.number(),
  tierReached: tierSchema.nullable(),
  criteria: z.array(
    z.object({
      number: z.number(),
      name: z.string(),
      groupCode: z.string(),
      status: criterionStatus,
      statusLabel: z.string(),
      returned: z.boolean().describe('một giá trị của tiêu chí bị trả lại / one of its values was returned'),
      indicators: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          unit: z.string().optional(),
          criterionNumber: z.number(),
          kind: z.string(),
          status,
          statusLabel: z.string(),
          returned: z.boolean().describe('giá trị bị trả lại, tính như chưa nhập / returned, counted as not entered'),
          value: indicatorValueOut.optional(),
          threshold: z.number().nullable(),
          basis: thresholdBasisOut.optional(),
          verified: z.boolean(),
        }),
      ),
    }),
  ),
});

export const unitEvaluationOut = z.object({
  unit: unitOut,
  evaluation: evaluationOut,
  recorded: z.array(namedValueOut),
});

export const evaluationQuery = z.object({ asOf: asOfQuery, set: z.string().max(100).optional() });
export const boardQuery = z.object({
  unit: z.string().max(50).optional().describe('Mã huyện/tỉnh; bỏ trống = cả nước / district or province code; empty = whole country'),
  asOf: asOfQuery,
  set: z.string().max(100).optional(),
});

export const boardOut = z.object({
  scope: unitOut.nullable(),
  asOf: z.string(),
  set: z.object({
    code: z.string(),
    name: z.string(),
    demo: z.boolean(),
    criteria: z.array(z.object({ number: z.number(), name: z.string() })),
  }),
  setCodes: z.array(z.string()),
  rows: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      setCode: z.string(),
      criteria: z.array(criterionStatus),
      selfAssessed: z.array(z.boolean()),
      returned: z.array(z.boolean()),
      metCount: z.number(),
      tier: tierSchema.nullable(),
      verifiedTier: tierSchema.nullable().describe('hạng đạt chỉ tính tiêu chí đã xác minh / tier on verified criteria only'),
    }),
  ),
  unclassified: z
    .array(z.object({ unitCode: z.string(), name: z.string(), missing: z.array(z.string()) }))
    .describe(
      'xã không có trên bảng vì thiếu phân loại bộ tiêu chí cần (tên phân loại) / communes left off: a classification their set needs is missing',
    ),
  summary: z.object({
    communes: z.number(),
    totalMet: z.number(),
    averageMet: z.number().nullable(),
    distribution: z.record(z.string(), z.number()),
    byTier: z.record(z.string(), z.number()),
    perCriterion: z.array(z.object({ met: z.number(), notMet: z.number(), incomplete: z.number() })),
  }),
});

export const criterionBoardQuery = z.object({ unit: z.string().min(1).max(50), asOf: asOfQuery, set: z.string().max(100).optional() });

export const criterionBoardOut = z.object({
  scope: unitOut.nullable(),
  asOf: z.string(),
  set: z.object({ code: z.string(), name: z.string(), demo: z.boolean() }),
  criterion: z.object({
    number: z.number(),
    name: z.string(),
    indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string().optional(), kind: z.string() })),
  }),
  rows: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      status: criterionStatus,
      indicators: z.array(
        z.object({
          code: z.string(),
          kind: z.string(),
          status,
          value: indicatorValueOut.optional(),
          threshold: z.number().nullable(),
          basis: thresholdBasisOut.optional(),
          verified: z.boolean(),
        }),
      ),
    }),
  ),
});

export const statelessBody = z.object({
  set: z.string().min(1).max(100).describe('Mã bộ tiêu chí / criteria set code'),
  profile: z.object({
    region: z.string().max(50).optional().describe('vùng, nếu bộ tiêu chí phân theo vùng (TDMNPB | DBSH | BTB | DHNTB | TN | DNB | DBSCL)'),
    statuses: z.array(z.string().max(50)).max(5).optional().describe('giá trị "special-status" (dbkk | atk)'),
    classifications: z
      .record(z.string().max(50), z.array(z.string().max(50)).max(10))
      .optional()
      .describe('mã phân loại → giá trị, theo bộ tiêu chí (vd. {"commune-group": ["2"]}) / dimension → values as the set declares them'),
  }),
  asOf: isoDateSchema,
  values: z
    .record(z.string().max(20), z.unknown())
    .describe('mã chỉ tiêu → giá trị (true/false, số, "not_applicable") / indicator code → value'),
});
