/**
 * Shape of the Krông Nô demo's later years: the real district totals at each year end, and per
 * commune the criteria it lacks then (illustrative), so the demo board adds up to what happened.
 * `lossReasons` says why a criterion met at baseline can be lost (the stricter QĐ 318 set).
 */
import { z } from 'zod';
import { isoDateSchema } from '../../domain/catalog/criteria-set.schema.js';

export const demoYearsSchema = z.strictObject({
  demo: z.literal(true),
  description: z.string(),
  descriptionEn: z.string(),
  source: z.string(),
  /** The real district figures the illustrative values add up to. */
  years: z.array(
    z.strictObject({
      asOf: isoDateSchema,
      totalMet: z.number().int(),
      /** As the board computes it: total over the communes, two decimals. */
      averageMet: z.number(),
      /** As the source prints it. */
      reportedAverage: z.string(),
      ntmCommunes: z.number().int(),
    }),
  ),
  lossReasons: z.record(z.string().regex(/^\d+$/), z.string()),
  communes: z.array(
    z.strictObject({
      unitCode: z.string(),
      name: z.string(),
      /** Per year-end date: criterion numbers not met (illustrative). */
      lacking: z.record(isoDateSchema, z.array(z.number().int())),
      note: z.string().optional(),
    }),
  ),
});
export type DemoYears = z.infer<typeof demoYearsSchema>;
