/** Request and response schemas of the evaluation, board and stateless evaluate endpoints. */
import { z } from 'zod';
import { isoDateSchema, tierSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { asOfQuery, indicatorValueOut, namedValueOut, thresholdBasisOut } from '../../schemas.js';
import { judgedTitleOut } from '../recognitions/schema.js';
import { unitOut } from '../units/schema.js';

const status = z.enum(['met', 'not_met', 'not_applicable', 'missing', 'threshold_unknown']);
/** A criterion as boards and pages show it: "outdated" = every value is from before the reporting year. */
const datedCriterionStatus = z
  .enum(['met', 'not_met', 'incomplete', 'outdated'])
  .describe('outdated = chưa cập nhật: mọi giá trị của tiêu chí có trước năm báo cáo / every value is from before the reporting year');
const valueDate = z
  .string()
  .nullable()
  .describe('ngày số liệu (ngày giá trị đại diện, không phải lúc nhập) / the date the value stands for, not when it was entered');
const stale = z.boolean().describe('giá trị có trước năm báo cáo (số liệu cũ) / the value is from before the reporting year');

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
  outdatedCount: z.number().describe('tiêu chí chưa cập nhật (không tính đạt, không tính chưa đạt) / criteria outdated, counted apart'),
  criteriaCount: z.number(),
  tierReached: tierSchema.nullable(),
  criteria: z.array(
    z.object({
      number: z.number(),
      name: z.string(),
      groupCode: z.string(),
      status: datedCriterionStatus,
      statusLabel: z.string(),
      valueDate: valueDate.describe('ngày của giá trị cũ nhất đang dùng / date of its oldest value in force'),
      stale: z.boolean().describe('có giá trị trước năm báo cáo / at least one value is from before the reporting year'),
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
          valueDate,
          stale,
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
  demoValues: z.boolean().describe('có giá trị minh họa (demo) đang dùng / illustrative (demo) values are among those in force'),
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
  demoValues: z
    .boolean()
    .describe('bảng dựa cả trên giá trị minh họa (demo), không phải số liệu thật / the board rests on illustrative (demo) values too'),
  tiers: z
    .array(z.object({ code: z.string(), name: z.string(), requiresTier: z.string().nullable() }))
    .describe(
      'các danh hiệu xã trên bảng có thể đạt, tên theo bộ tiêu chí (NTM trước) / the tiers the communes can reach, named by the sets, base first',
    ),
  rows: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      setCode: z.string(),
      criteria: z.array(datedCriterionStatus),
      valueDates: z
        .array(z.string().nullable())
        .describe('mỗi tiêu chí: ngày của giá trị cũ nhất đang dùng / per criterion: its oldest value date'),
      stale: z.array(z.boolean()).describe('mỗi tiêu chí: có giá trị trước năm của bảng / per criterion: a value from before the year'),
      lastKnown: z
        .array(z.enum(['met', 'not_met', 'incomplete']).nullable())
        .describe(
          'mỗi tiêu chí chưa cập nhật: kết quả theo số liệu cũ (không tính vào tổng); còn lại null / per outdated criterion: what its old values gave (not counted); otherwise null',
        ),
      selfAssessed: z.array(z.boolean()),
      returned: z.array(z.boolean()),
      metCount: z.number(),
      outdatedCount: z.number(),
      tier: tierSchema.nullable(),
      verifiedTier: tierSchema.nullable().describe('hạng đạt chỉ tính tiêu chí đã xác minh / tier on verified criteria only'),
      titles: z
        .array(judgedTitleOut)
        .describe(
          'danh hiệu đã được công nhận đang giữ vào ngày (khác với kết quả đánh giá), kèm việc giữ danh hiệu / titles held on the date, apart from the evaluation',
        ),
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
    totalOutdated: z.number().describe('ô chưa cập nhật (không tính đạt, không tính chưa đạt) / outdated cells, counted apart'),
    outdatedCommunes: z.number().describe('số xã có tiêu chí chưa cập nhật / communes with an outdated criterion'),
    distribution: z.record(z.string(), z.number()),
    byTier: z.record(z.string(), z.number()),
    perCriterion: z.array(z.object({ met: z.number(), notMet: z.number(), incomplete: z.number(), outdated: z.number() })),
    titles: z
      .object({ recognised: z.number(), atRisk: z.number(), revoke: z.number() })
      .describe('số xã đang giữ danh hiệu, có nguy cơ, thuộc trường hợp thu hồi / communes holding a title, at risk, to be revoked'),
  }),
});

export const criterionBoardQuery = z.object({ unit: z.string().min(1).max(50), asOf: asOfQuery, set: z.string().max(100).optional() });

export const criterionBoardOut = z.object({
  scope: unitOut.nullable(),
  asOf: z.string(),
  set: z.object({ code: z.string(), name: z.string(), demo: z.boolean() }),
  demoValues: z.boolean().describe('có giá trị minh họa (demo) trong bảng / illustrative (demo) values are among those shown'),
  criterion: z.object({
    number: z.number(),
    name: z.string(),
    indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string().optional(), kind: z.string() })),
  }),
  rows: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      status: datedCriterionStatus,
      valueDate: valueDate.describe('ngày của giá trị cũ nhất đang dùng của tiêu chí / date of its oldest value in force'),
      indicators: z.array(
        z.object({
          code: z.string(),
          kind: z.string(),
          status,
          value: indicatorValueOut.optional(),
          valueDate,
          stale,
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

export const statelessOut = evaluationOut.extend({
  setChoice: z
    .object({
      by: z.enum(['request', 'unit', 'national']),
      unitCode: z.string().optional(),
      provenance: z.object({ source: z.string(), verified: z.boolean(), note: z.string().optional() }).optional(),
    })
    .describe('bộ tiêu chí được chọn thế nào: theo yêu cầu, theo đơn vị, theo ngày hiệu lực toàn quốc / how the set was chosen'),
});
