/** Request and response schemas of recognitions (công nhận), their revocation and the title-risk list. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { asOfQuery } from '../../schemas.js';
import { text } from '../plans/schema.js';
import { unitOut } from '../units/schema.js';

const words = z.object({ vi: z.string(), en: z.string() });

const decisionIn = z.object({
  number: text(60).nullable().describe('số quyết định, null khi chưa biết / decision number, null when unknown'),
  date: isoDateSchema.nullable().describe('ngày ký / date signed'),
  signer: text(200).nullable().describe('người ký, ví dụ "Phó Chủ tịch UBND tỉnh …" / signer'),
  body: text(200).nullable().describe('cơ quan ban hành / issuing body'),
});
const decisionOut = z.object({
  number: z.string().nullable(),
  date: z.string().nullable(),
  signer: z.string().nullable(),
  body: z.string().nullable(),
});

export const recognitionBody = z.object({
  set: z.string().min(1).max(100).describe('mã bộ tiêu chí của danh hiệu / the set the title is under'),
  tier: z.string().min(1).max(50).describe('hạng của bộ tiêu chí (ntm, advanced, model, modern) / the set’s tier code'),
  year: z.number().int().nullable().describe('năm đạt chuẩn ("đạt chuẩn NTM năm 2022"); null khi chưa biết / year, null when unknown'),
  yearBefore: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('khi chưa biết năm: đạt chuẩn trước năm này / when unknown: before this year'),
  decision: decisionIn,
  announcedOn: isoDateSchema.nullable().describe('ngày lễ công bố / announcement ceremony'),
  dossierId: z.string().max(100).nullable().optional(),
  demo: z.boolean().optional().describe('dữ liệu minh họa / illustrative'),
  note: text(2000).nullable().optional(),
});

export const revocationBody = z.object({
  decision: decisionIn,
  reason: text(2000).nullable(),
  dossierId: z.string().max(100).nullable().optional(),
});

export const recognitionParams = z.object({ code: z.string().min(1).max(50), recognitionId: z.string().min(1).max(100) });
export const recognitionsQuery = z.object({ asOf: asOfQuery });
export const titleRisksQuery = z.object({ date: asOfQuery.describe('ngày xét / the date judged (default: today)') });

export const recognitionOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  setCode: z.string(),
  tier: z.string(),
  year: z.number().nullable(),
  yearBefore: z.number().nullable(),
  decision: decisionOut,
  announcedOn: z.string().nullable(),
  dossierId: z.string().nullable(),
  demo: z.boolean(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  inForceFrom: z.string().nullable().optional().describe('ngày bắt đầu có hiệu lực đã biết / first day known in force'),
  inForceBasis: z.enum(['decision', 'announcement', 'before_year', 'year_end']).nullable().optional(),
  version: z.number().optional(),
  revoked: z
    .object({
      decision: decisionOut,
      reason: z.string().nullable(),
      dossierId: z.string().nullable().optional(),
      recordedAt: z.string().nullable().optional(),
      recordedBy: z.string().nullable().optional(),
    })
    .nullable(),
});

const riskOut = z.object({
  state: z.enum(['kept', 'at_risk', 'revoke']).describe('giữ danh hiệu / có nguy cơ / thuộc trường hợp thu hồi'),
  failing: z.array(z.string()),
  failingNames: z.array(z.string()).optional(),
  failingShare: z.number(),
  criticalFailing: z.array(z.string()),
  unknown: z.array(z.string()).optional().describe('tiêu chí chưa đủ căn cứ, không tính là không đạt / not judged, not failures'),
  criticalUnknown: z.boolean().optional(),
  ruleVerified: z.boolean().optional(),
  reason: words,
  judgedBy: z.object({ setCode: z.string(), setName: z.string(), sameAsTitle: z.boolean(), note: words.nullable() }),
});

/** A title on a date, as boards and lists carry it (board rows: `titles`). */
export const judgedTitleOut = z.object({
  recognitionId: z.string().nullable(),
  unitCode: z.string(),
  setCode: z.string().nullable(),
  setName: z.string().nullable(),
  tier: z.string(),
  year: z.number().nullable(),
  yearBefore: z.number().nullable(),
  decision: decisionOut.nullable(),
  announcedOn: z.string().nullable(),
  demo: z.boolean(),
  derived: z
    .object({
      effectiveDate: z.string(),
      predecessors: z.array(z.object({ unitCode: z.string(), name: z.string(), label: words })),
      verified: z.literal(false),
      basis: words,
    })
    .nullable()
    .describe('danh hiệu suy ra sau sáp nhập, chưa có quyết định / inferred after a merger, no decision'),
  label: words,
  risk: riskOut.nullable(),
});

export const recognitionsOut = z.object({
  unit: unitOut,
  asOf: z.string(),
  recognitions: z.array(recognitionOut.extend({ inForce: z.boolean() })),
  titles: z.array(judgedTitleOut).describe('danh hiệu đang giữ vào ngày, kể cả suy ra sau sáp nhập / titles held on the date'),
});

export const titleRisksOut = z.object({
  scope: unitOut.nullable(),
  asOf: z.string(),
  set: z.object({ code: z.string(), name: z.string(), demo: z.boolean() }),
  notCounted: z.object({
    otherSets: z.array(z.object({ setCode: z.string(), name: z.string(), communes: z.number() })),
    noSet: z.number(),
  }),
  communes: z.array(
    z.object({
      unitCode: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      metCount: z.number(),
      criteriaCount: z.number(),
      titles: z.array(judgedTitleOut),
      state: z.enum(['kept', 'at_risk', 'revoke']).nullable(),
    }),
  ),
  counts: z.object({ recognised: z.number(), revoke: z.number(), atRisk: z.number(), kept: z.number(), unjudged: z.number() }),
});

/** A title as the public page shows it: what was recognised and how sure that is, not the internal verdict. */
export const publicTitleOut = z.object({
  tier: z.string(),
  year: z.number().nullable(),
  yearBefore: z.number().nullable(),
  label: words,
  demo: z.boolean(),
  derived: z.boolean().describe('suy ra sau sáp nhập, chưa có quyết định / inferred after a merger'),
});
