/** Request and response schemas for recording and reviewing indicator values. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { hasControlCharacters } from '../../../domain/text/vietnamese.js';
import { asOfQuery, storedValueOut } from '../../schemas.js';

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
  enteredByName: z.string(),
});
