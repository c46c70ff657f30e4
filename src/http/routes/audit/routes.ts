/** The audit trail of a commune, optionally of one indicator. */
import { z } from 'zod';
import { auditIntegrity } from '../../../services/audit/integrity.service.js';
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

const integrityOut = z.object({
  state: z.enum(['intact', 'broken', 'unchecked']),
  checked: z.number(),
  broken: z
    .object({
      kind: z.enum(['edited', 'deleted', 'reordered', 'head']),
      seq: z.number().nullable(),
      id: z.string().nullable(),
      at: z.string().nullable(),
      action: z.string().nullable(),
      vi: z.string(),
      en: z.string(),
    })
    .nullable(),
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

  app.get(
    '/api/v1/audit/integrity',
    {
      config: { access: scoped('audit.integrity', 'actor') },
      schema: {
        tags: ['audit'],
        summary: 'Tình trạng toàn vẹn của nhật ký (kiểm tra lúc khởi động) / audit chain integrity found at start',
        response: { 200: integrityOut, ...errorResponses },
      },
    },
    async (req) => auditIntegrity(ctx(req)),
  );
}
