/**
 * Which national set is in force on a date (QĐ 318 until 14/02/2026, QĐ 51 from 15/02/2026), as
 * data with provenance. Used where no unit names its set: the stateless evaluation without a unit,
 * and the demo province's assignments. A unit's own assignment always wins (set-assignment.ts).
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema, type Tier } from './criteria-set.schema.js';

export const setInForceSchema = z
  .strictObject({
    setCode: z.string().min(1),
    validFrom: isoDateSchema,
    /** Last day in force; null = still in force. */
    validTo: isoDateSchema.nullable(),
    provenance: provenanceSchema,
  })
  .refine((p) => p.validTo === null || p.validFrom <= p.validTo, { message: 'validFrom must not be after validTo', path: ['validTo'] });
export type SetInForce = z.infer<typeof setInForceSchema>;

export const setsInForceSchema = z.strictObject({ note: z.string().optional(), periods: z.array(setInForceSchema).min(1) });

/** The periods covering `date`, for sets of `tier` (tiers looked up in `tierOf`). */
export function setsInForceAt(periods: readonly SetInForce[], date: string, tierOf: (code: string) => Tier | undefined, tier?: Tier) {
  return periods.filter(
    (p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo) && (tier === undefined || tierOf(p.setCode) === tier),
  );
}

/** The parts of the periods that fall on or after `from` (a unit created on `from` follows the national sets). */
export function periodsFrom(periods: readonly SetInForce[], from: string) {
  return periods
    .filter((p) => p.validTo === null || p.validTo >= from)
    .map((p) => ({ ...p, validFrom: p.validFrom < from ? from : p.validFrom }));
}
