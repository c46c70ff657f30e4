/** Request and response schemas of /api/v1/date-context. */
import { z } from 'zod';

export const dateContextQuery = z.object({ unit: z.string().min(1).max(50).optional() });

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const dateContextOut = z.object({
  today: isoDay,
  asOf: isoDay,
  reason: z.enum(['today', 'last_plan_year', 'last_day', 'not_started', 'no_set_today']),
  planYear: z.number().int().optional(),
  quickChoices: z.array(
    z.object({
      date: isoDay,
      kind: z.enum(['plan_year', 'quarter', 'today']),
      year: z.number().int(),
      quarter: z.number().int().min(1).max(4).optional(),
    }),
  ),
});
