/** Schemas shared by routes: dates, errors, and the catalogue/evaluation shapes for OpenAPI. */
import { z } from 'zod';
import { isoDateSchema } from '../domain/catalog/criteria-set.schema.js';
import { vietnamDay } from '../domain/text/vietnamese.js';

export const asOfQuery = isoDateSchema.optional().describe('Ngày số liệu / as-of date, YYYY-MM-DD (mặc định: hôm nay)');

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ vi: z.string(), en: z.string() }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const errorResponses = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };

/** Today in Vietnam (UTC+7): from 17:00 UTC the users' day is already the next one. */
export const today = () => vietnamDay(new Date().toISOString());

export const provenanceOut = z.object({ source: z.string(), verified: z.boolean(), note: z.string().optional() });

export const thresholdBasisOut = z.object({
  classification: z
    .array(
      z.object({
        dimension: z.string(),
        values: z.array(z.string()),
        via: z.object({ dimension: z.string(), value: z.string() }).optional(),
      }),
    )
    .describe('phân loại dùng để chọn ngưỡng / the classification the threshold was chosen by'),
  where: z.record(z.string(), z.array(z.string())).optional().describe('ngưỡng dành cho / the values the threshold is for'),
  named: z
    .object({
      where: z.array(z.object({ dimension: z.string(), values: z.array(z.string()) })),
      rules: z.array(z.object({ from: z.string(), dimension: z.string(), to: z.string() })),
    })
    .optional()
    .describe("như trên, bằng tên trong bộ tiêu chí / the same in the set's own names"),
  region: z.string().optional(),
  regionFrom: z.enum(['profile', 'status']).optional(),
  status: z.string().optional(),
  year: z.number(),
  scope: z.enum(['region', 'general', 'none']),
  yearBound: z.boolean(),
  derived: z.object({ setCode: z.string(), indicatorCode: z.string(), factor: z.number() }).optional(),
  provenance: provenanceOut.optional(),
});

export const indicatorValueOut = z.union([z.boolean(), z.number(), z.literal('not_applicable')]);

/** A recorded value with who entered it, when, and its version. */
export const storedValueOut = z.object({
  indicatorCode: z.string(),
  asOf: z.string(),
  value: indicatorValueOut.nullable(),
  note: z.string().nullable(),
  demo: z.boolean(),
  enteredBy: z.string(),
  enteredAt: z.string(),
  loadedBySystem: z
    .boolean()
    .describe(
      'hệ thống nạp sẵn (dữ liệu demo): ngày của giá trị là asOf, không phải lúc nạp / loaded by the system: its date is asOf, not enteredAt',
    ),
  version: z.number(),
  verification: z.enum(['self_assessed', 'verified', 'returned']),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});

/** A stored value with the names of who entered and who reviewed it. */
export const namedValueOut = storedValueOut.extend({ enteredByName: z.string(), verifiedByName: z.string().nullable() });
