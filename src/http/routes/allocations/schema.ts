/** Request and response schemas of allocation plans (kế hoạch vốn), adjustments and disbursements (giải ngân). Money: integer đồng. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { lineInputSchema } from '../../../services/funding/allocation-rules.js';

const dong = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export const allocationParams = z.object({ code: z.string().min(1).max(50), year: z.coerce.number().int().min(2000).max(2100) });
export const adjustmentParams = allocationParams.extend({ adjustmentId: z.string().min(1).max(60) });
export const lineParams = z.object({ code: z.string().min(1).max(50), lineId: z.string().min(1).max(60) });
export const reversalParams = z.object({ code: z.string().min(1).max(50), disbursementId: z.string().min(1).max(60) });

export const createBody = z.object({ demo: z.boolean().optional() });
export const linesBody = z.object({ version: z.number().int().min(1), lines: z.array(lineInputSchema).max(2000) });
export const submitBody = z.object({ version: z.number().int().min(1), note: z.string().max(1000).optional() });
export const approveBody = submitBody.extend({
  decisionNumber: z.string().trim().min(1).max(100).describe('số quyết định giao vốn / decision number'),
  decisionDate: isoDateSchema,
  decisionSigner: z.string().max(200).nullable().optional(),
});
export const returnBody = submitBody.extend({ note: z.string().trim().min(1).max(1000).describe('lý do trả lại / why') });
export const adjustmentBody = z.object({
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: isoDateSchema,
  reason: z.string().trim().min(1).max(2000),
  lines: z.array(lineInputSchema).min(1).max(2000),
});
export const versionBody = z.object({ version: z.number().int().min(1) });

const lineOut = z.object({
  id: z.string(),
  adjustmentId: z.string().nullable(),
  sourceCode: z.string(),
  programmeName: z.string().nullable(),
  componentCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  workId: z.string().nullable(),
  setCode: z.string().nullable(),
  criterionNumber: z.number().nullable(),
  amount: dong,
  note: z.string().nullable(),
});
const adjustmentOut = z.object({
  id: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  reason: z.string(),
  status: z.enum(['draft', 'approved']),
  approvedAt: z.string().nullable(),
  version: z.number(),
});
export const allocationOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  year: z.number(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionSigner: z.string().nullable(),
  history: z.array(z.unknown()),
  version: z.number(),
  approvedAt: z.string().nullable(),
  lines: z.array(lineOut),
  adjustments: z.array(adjustmentOut),
});

export const disbursementBody = z.object({
  paidOn: isoDateSchema,
  amount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  document: z.string().trim().max(200).nullable().optional().describe('số chứng từ / payment document'),
  fileId: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional()
    .describe('sha256 của tệp minh chứng đã tải lên / evidence file'),
  note: z.string().max(1000).nullable().optional(),
});
export const reverseBody = z.object({ reason: z.string().trim().min(1).max(1000), on: isoDateSchema.optional() });
export const disbursementOut = z.object({
  id: z.string(),
  allocationLineId: z.string(),
  paidOn: z.string(),
  amount: dong,
  reversalOf: z.string().nullable(),
  document: z.string().nullable(),
  fileId: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const disbursementsOut = z.object({ entries: z.array(disbursementOut) });
export const disbursementsQuery = z.object({ asOf: isoDateSchema.optional() });
