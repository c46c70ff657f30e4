/** The public page of a commune: no sign-in, no personal data, no evidence. */
import { z } from 'zod';
import { publicCommune } from '../../../services/public.service.js';
import { PUBLIC } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { asOfOnly, unitParams } from '../units/schema.js';

const publicOut = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  asOf: z.string(),
  demo: z.boolean(),
  metCount: z.number(),
  criteriaCount: z.number(),
  tier: z.string().nullable(),
  criteria: z.array(z.object({ number: z.number(), name: z.string(), status: z.enum(['met', 'not_met', 'incomplete']) })),
});

export function publicRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/public/units/:code',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['public'],
        summary: 'Trang công khai của xã / public page of a commune',
        params: unitParams,
        querystring: asOfOnly,
        response: { 200: publicOut, ...errorResponses },
      },
    },
    async (req) => publicCommune(ctx(req), req.params.code, req.query.asOf),
  );
}
