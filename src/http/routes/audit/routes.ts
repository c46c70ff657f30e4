/** The audit trail of a commune, optionally of one indicator. */
import { z } from 'zod';
import { unitAudit } from '../../../services/audit.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { unitParams } from '../units/schema.js';

const auditOut = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export function auditRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/audit',
    {
      config: { access: scoped('audit.read', 'params.code') },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi / audit trail',
        params: unitParams,
        querystring: z.object({ indicator: z.string().max(20).optional() }),
        response: { 200: z.object({ items: z.array(auditOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await unitAudit(ctx(req), { unitCode: req.params.code, indicatorCode: req.query.indicator }) }),
  );
}
