/** The public pages of a commune and of a district or province: no sign-in, no personal data, no evidence. */
import { z } from 'zod';
import { tierSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { publicArea, publicCommune } from '../../../services/public.service.js';
import { PUBLIC } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { publicTitleOut } from '../recognitions/schema.js';
import { asOfOnly, unitParams } from '../units/schema.js';

const publicStatus = z
  .enum(['met', 'pending', 'not_met', 'incomplete', 'outdated'])
  .describe('met = đạt, đã xác minh; pending = chờ xác minh / met (verified); pending verification');

const publicOut = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  area: z
    .object({ code: z.string(), name: z.string(), kind: z.string() })
    .nullable()
    .describe('huyện/tỉnh chứa xã / its district or province'),
  asOf: z.string(),
  demo: z.boolean(),
  metCount: z.number().describe('tiêu chí đạt đã xác minh / criteria met and verified'),
  pendingCount: z.number(),
  criteriaCount: z.number(),
  tier: tierSchema.nullable(),
  titles: z.array(publicTitleOut).describe('danh hiệu đã được công nhận đang giữ vào ngày / recognised titles held on the date'),
  criteria: z.array(z.object({ number: z.number(), name: z.string(), status: publicStatus })),
});

const publicAreaOut = z.object({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  asOf: z.string(),
  demo: z.boolean(),
  criteriaCount: z.number(),
  communes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      metCount: z.number(),
      pendingCount: z.number(),
      tier: tierSchema.nullable(),
      titles: z.array(publicTitleOut),
    }),
  ),
  summary: z.object({ communes: z.number(), averageMet: z.number().nullable(), byTier: z.record(z.string(), z.number()) }),
});

export function publicRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/public/units/:code',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['unit.not_found', 'public.not_a_commune', 'evaluation.no_criteria_set'],
        tags: ['public'],
        summary: 'Trang công khai của xã (chỉ kết quả đã xác minh) / public page of a commune (verified results only)',
        params: unitParams,
        querystring: asOfOnly,
        response: { 200: publicOut, ...errorResponses },
      },
    },
    async (req) => publicCommune(ctx(req), req.params.code, req.query.asOf),
  );

  app.get(
    '/api/v1/public/areas/:code',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['unit.not_found', 'public.not_an_area'],
        tags: ['public'],
        summary: 'Trang công khai của huyện/tỉnh: từng xã, số tiêu chí đạt đã xác minh, hạng / public page of a district or province',
        params: unitParams,
        querystring: asOfOnly,
        response: { 200: publicAreaOut, ...errorResponses },
      },
    },
    async (req) => publicArea(ctx(req), req.params.code, req.query.asOf),
  );
}
