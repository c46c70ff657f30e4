/** Request and response schemas for recording and reviewing indicator values. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { hasControlCharacters } from '../../../domain/text/vietnamese.js';
import { asOfQuery, indicatorValueOut, storedValueOut, thresholdBasisOut } from '../../schemas.js';
import { evidenceOut } from '../evidence/routes.js';

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'ký tự điều khiển không được phép / control characters are not allowed');

export const recordBody = z.object({
  set: z.string().min(1).max(100),
  asOf: isoDateSchema,
  values: z.record(z.string().max(20), z.unknown()),
  expectedVersions: z.record(z.string().max(20), z.number().int().min(0)).optional(),
  note: text(2000).optional(),
});
export const recordOut = z.object({ unitCode: z.string(), setCode: z.string(), asOf: z.string(), written: z.number() });

export const reviewParams = z.object({ code: z.string().min(1).max(50), indicator: z.string().min(1).max(20) });
export const reviewBody = z.object({
  set: z.string().min(1).max(100),
  asOf: isoDateSchema,
  action: z.enum(['verify', 'return']),
  comment: text(2000).optional(),
  expectedVersion: z.number().int().min(0),
});

export const reviewsQuery = z.object({ unit: z.string().min(1).max(50), asOf: asOfQuery });
export const reviewItemOut = storedValueOut.extend({
  setCode: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  criterionNumber: z.number(),
  criterionName: z.string(),
  indicatorName: z.string(),
  indicatorUnit: z.string().nullable(),
  kind: z.string(),
  enteredByName: z.string(),
  verifiedByName: z.string().nullable(),
  threshold: z.number().nullable().describe('ngưỡng áp dụng cho xã / the threshold the engine applies to this commune'),
  thresholdBasis: thresholdBasisOut.optional(),
  outcome: z
    .enum(['met', 'not_met', 'not_applicable', 'missing', 'threshold_unknown'])
    .describe('kết quả của giá trị nhập so với ngưỡng / the entered value against the threshold'),
  previous: z
    .object({
      asOf: z.string(),
      value: indicatorValueOut.nullable(),
      verification: z.string(),
      enteredByName: z.string(),
    })
    .nullable()
    .describe('giá trị có hiệu lực trước giá trị này / the value in force before this one'),
  evidence: z.array(evidenceOut),
});

export const bulkReviewBody = z.object({
  items: z
    .array(
      z.object({
        unit: z.string().min(1).max(50),
        set: z.string().min(1).max(100),
        indicator: z.string().min(1).max(20),
        asOf: isoDateSchema,
        expectedVersion: z.number().int().min(0),
      }),
    )
    .min(1)
    .max(2000),
  comment: text(2000).optional(),
});
export const bulkReviewOut = z.object({
  verified: z.number(),
  items: z.array(storedValueOut.extend({ unitCode: z.string(), setCode: z.string() })),
});
