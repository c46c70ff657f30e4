/**
 * Shape of the demo's 2026 under QĐ 51: for each merged commune of the former Krông Nô area, the
 * criteria it meets on each dated assessment (illustrative; every other criterion is entered as not met,
 * so no criterion lacks a value). Nothing here is a real result.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../../domain/catalog/criteria-set.schema.js';

export const lamDongDemo2026Schema = z
  .strictObject({
    description: z.string().min(1),
    setCode: z.string().min(1),
    dates: z.array(
      z.strictObject({
        asOf: isoDateSchema,
        /** true: the departments verified these values (illustrative); false: the commune's self-assessment. */
        verified: z.boolean(),
        note: z.string().min(1),
      }),
    ),
    communes: z.array(
      z.strictObject({
        unitCode: z.string().min(1),
        name: z.string().min(1),
        /** Per assessment date: criterion numbers met. */
        met: z.record(isoDateSchema, z.array(z.number().int().positive())),
      }),
    ),
    provenance: provenanceSchema,
  })
  .superRefine((d, ctx) => {
    d.communes.forEach((c, i) => {
      for (const { asOf } of d.dates) {
        if (!c.met[asOf]) ctx.addIssue({ code: 'custom', path: ['communes', i, 'met', asOf], message: `no entry for ${asOf}` });
      }
    });
  });
export type LamDongDemo2026 = z.infer<typeof lamDongDemo2026Schema>;
