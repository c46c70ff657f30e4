/** Request and response schemas of the evaluation, board and stateless evaluate endpoints. */
import { z } from 'zod';
import { isoDateSchema, tierSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { asOfQuery, indicatorValueOut, namedValueOut, thresholdBasisOut } from '../../schemas.js';
import { unitOut } from '../units/schema.js';

const status = z.enum(['met', 'not_met', 'not_applicable', 'missing', 'threshold_unknown']);
const criterionStatus = z.enum(['met', 'not_met', 'incomplete']);

export const evaluationOut = z.object({
  set: z.object({ code: z.string(), name: z.string(), tier: tierSchema, demo: z.boolean() }),
  asOf: z.string(),
  year: z.number(),
  profile: z.object({ region: z.string(), statuses: z.array(z.string()) }),
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
  setCodes: z
    .array(z.string())
    .describe('bộ tiêu chí NTM các xã dùng vào ngày, nhiều xã nhất trước; bảng tính bộ đầu tiên / sets found, the first is counted'),
  notCounted: z
    .object({
      otherSets: z.array(z.object({ setCode: z.string(), name: z.string(), communes: z.number() })),
      noSet: z.number(),
    })
    .describe(
      'xã trong phạm vi không được tính: theo bộ tiêu chí khác, hoặc chưa có bộ nào / communes left out: under another set or none',
    ),
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
  set: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'Mã bộ tiêu chí; bỏ trống = bộ đang áp dụng vào ngày asOf cho đơn vị (unit) hoặc cả nước / criteria set code; empty = the set in force on asOf for the unit, or nationally',
    ),
  unit: z
    .string()
    .min(1)
    .max(50)
    .optional()
    .describe('Mã đơn vị dùng để chọn bộ tiêu chí khi không ghi set / unit whose set in force is used when no set is named'),
  profile: z.object({
    region: z.string().describe('TDMNPB | DBSH | BTB | DHNTB | TN | DNB | DBSCL'),
    statuses: z.array(z.string()).max(5).optional().describe('dbkk | atk'),
  }),
  asOf: isoDateSchema,
  values: z
    .record(z.string().max(20), z.unknown())
    .describe('mã chỉ tiêu → giá trị (true/false, số, "not_applicable") / indicator code → value'),
});

export const statelessOut = evaluationOut.extend({
  setChoice: z
    .object({
      by: z.enum(['request', 'unit', 'national']),
      unitCode: z.string().optional(),
      provenance: z.object({ source: z.string(), verified: z.boolean(), note: z.string().optional() }).optional(),
    })
    .describe('bộ tiêu chí được chọn thế nào: theo yêu cầu, theo đơn vị, theo ngày hiệu lực toàn quốc / how the set was chosen'),
});
