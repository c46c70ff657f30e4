/** Shape of the Krông Nô demo file: per commune, what it lacks at baseline and what it commits to. */
import { z } from 'zod';
import { isoDateSchema } from '../../domain/catalog/criteria-set.schema.js';

export const demoBaselineSchema = z.strictObject({
  demo: z.literal(true),
  description: z.string(),
  setCode: z.string(),
  districtCode: z.string(),
  baselineAsOf: isoDateSchema,
  planYear: z.number().int(),
  source: z.string(),
  communes: z.array(
    z.strictObject({
      unitCode: z.string(),
      name: z.string(),
      /** Criterion numbers not met on the baseline date (illustrative beyond the plan's commitments). */
      lackingAtBaseline: z.array(z.number().int()),
      /** Criterion numbers the commune commits to in the plan year (from the plan). */
      targets2022: z.array(z.number().int()),
      reachStandard2022: z.boolean(),
      maintainAdvanced2022: z.boolean(),
      note: z.string().optional(),
    }),
  ),
});
export type DemoBaseline = z.infer<typeof demoBaselineSchema>;
