/** Criteria sets: the list, one whole set, and what in it is unverified or unknown. */
import { z } from 'zod';
import { checkSet, getSet, listSets } from '../../../services/catalog.service.js';
import { PUBLIC } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { catalogReportOut, setCodeParams, setDocumentOut, setSummaryOut } from './schema.js';

export function criteriaSetRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/criteria-sets',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['criteria-sets'],
        summary: 'Danh sách bộ tiêu chí / criteria sets',
        response: { 200: z.object({ items: z.array(setSummaryOut) }) },
      },
    },
    async (req) => ({ items: await listSets(ctx(req)) }),
  );

  app.get(
    '/api/v1/criteria-sets/:code',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['criteria_set.not_found'],
        tags: ['criteria-sets'],
        summary: 'Một bộ tiêu chí đầy đủ, có nguồn gốc từng ngưỡng / one set with provenance',
        params: setCodeParams,
        response: { 200: setDocumentOut, ...errorResponses },
      },
    },
    async (req) => getSet(ctx(req), req.params.code),
  );

  app.get(
    '/api/v1/criteria-sets/:code/check',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['criteria_set.not_found'],
        tags: ['criteria-sets'],
        summary: 'Mục chưa đối chiếu và ngưỡng chưa biết / unverified items and unknown thresholds',
        params: setCodeParams,
        response: { 200: catalogReportOut, ...errorResponses },
      },
    },
    async (req) => checkSet(ctx(req), req.params.code),
  );
}
