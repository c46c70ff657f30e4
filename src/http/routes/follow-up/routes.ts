/** Following the plan on the ground: agencies of a unit, supervision visits and their actions, notifications. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { agenciesOf, setCriterionOwner } from '../../../services/plan/agency.service.js';
import { markAllNotificationsRead, markNotificationRead, myNotifications } from '../../../services/plan/notification.service.js';
import { ACTION_STATUSES, listVisits, recordVisit, SUPERVISION_BY, setActionStatus } from '../../../services/plan/supervision.service.js';
import { SIGNED_IN, scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { text } from '../plans/schema.js';
import { unitParams } from '../units/schema.js';

const visitBody = z.object({
  visitedOn: isoDateSchema,
  byKind: z.enum(SUPERVISION_BY),
  byName: text(300).min(1),
  planCode: z.string().max(100).optional(),
  summary: text(4000).optional(),
  findings: z.array(z.object({ criterion: z.number().int().positive().nullable(), finding: text(4000).min(1) })).max(100),
  actions: z.array(z.object({ text: text(2000).min(1), owner: text(300).min(1), deadline: isoDateSchema.nullable() })).max(100),
});
const actionOut = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  deadline: z.string().nullable(),
  status: z.string(),
  version: z.number(),
});
const visitOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  planCode: z.string().nullable(),
  visitedOn: z.string(),
  byKind: z.string(),
  byName: z.string(),
  summary: z.string().nullable(),
  findings: z.array(z.object({ criterion: z.number().nullable(), finding: z.string() })),
  actions: z.array(actionOut),
  files: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number(),
      uploadedAt: z.string(),
      ownerId: z.string(),
    }),
  ),
  createdAt: z.string(),
});
const agenciesOut = z.object({
  unitCode: z.string(),
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      note: z.string().nullable(),
      users: z.array(z.object({ id: z.string(), displayName: z.string() })),
      criteria: z.array(z.number()),
      demoCriteria: z.array(z.number()).describe('tiêu chí được phân công minh họa (demo) / criteria assigned by the demo data'),
    }),
  ),
});
const actionParams = unitParams.extend({ actionId: z.string().min(1).max(60) });
const notificationOut = z.object({
  id: z.string(),
  kind: z.string(),
  /** The words the text is made from (names, counts, dates, reasons). */
  params: z.record(z.string(), z.unknown()),
  /** The web route the notice opens. */
  link: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  read: z.boolean(),
  message: z.object({ vi: z.string(), en: z.string() }),
});

export function followUpRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/agencies',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['plans'],
        summary: 'Cơ quan, người dùng và tiêu chí phụ trách / agencies with users and criteria',
        params: unitParams,
        response: { 200: agenciesOut, ...errorResponses },
      },
    },
    async (req) => agenciesOf(ctx(req), req.params.code),
  );

  app.put(
    '/api/v1/units/:code/criterion-owners/:number',
    {
      config: { access: scoped('agencies.manage', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'agency.unknown'],
        tags: ['plans'],
        summary: 'Cơ quan phụ trách một tiêu chí / the agency answering for a criterion',
        params: unitParams.extend({ number: z.coerce.number().int().positive().max(100) }),
        body: z.object({ agencyCode: z.string().min(1).max(100) }),
        response: { 200: agenciesOut, ...errorResponses },
      },
    },
    async (req) => setCriterionOwner(ctx(req), req.params.code, req.params.number, req.body.agencyCode),
  );

  app.get(
    '/api/v1/units/:code/supervision',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['supervision'],
        summary: 'Sổ giám sát / supervision log',
        params: unitParams,
        response: { 200: z.object({ items: z.array(visitOut) }), ...errorResponses },
      },
    },
    async (req) => listVisits(ctx(req), req.params.code),
  );

  app.post(
    '/api/v1/units/:code/supervision',
    {
      config: { access: scoped('supervision.write', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'plan.not_found'],
        tags: ['supervision'],
        summary: 'Ghi một đợt giám sát / record a supervision visit',
        params: unitParams,
        body: visitBody,
        response: {
          200: z.object({ id: z.string(), unitCode: z.string(), actions: z.array(z.object({ id: z.string(), version: z.number() })) }),
          ...errorResponses,
        },
      },
    },
    async (req) => recordVisit(ctx(req), { ...req.body, unitCode: req.params.code }),
  );

  app.patch(
    '/api/v1/units/:code/supervision/actions/:actionId',
    {
      config: { access: scoped('supervision.write', 'params.code') },
      schema: {
        errorCodes: ['supervision.action_not_found', 'supervision.stale_version'],
        tags: ['supervision'],
        summary: 'Cập nhật việc cần làm sau giám sát / update a follow-up action',
        params: actionParams,
        body: z.object({ status: z.enum(ACTION_STATUSES), expectedVersion: z.number().int().min(0) }),
        response: { 200: z.object({ id: z.string(), status: z.string(), version: z.number() }), ...errorResponses },
      },
    },
    async (req) => setActionStatus(ctx(req), req.params.code, req.params.actionId, req.body.status, req.body.expectedVersion),
  );

  app.get(
    '/api/v1/notifications',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi / my notifications',
        response: { 200: z.object({ unread: z.number(), items: z.array(notificationOut) }) },
      },
    },
    async (req) => myNotifications(ctx(req)),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: SIGNED_IN },
      schema: {
        errorCodes: ['notification.not_found'],
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc / mark as read',
        params: z.object({ id: z.string().min(1).max(60) }),
        response: { 200: z.object({ id: z.string(), read: z.boolean() }), ...errorResponses },
      },
    },
    async (req) => markNotificationRead(ctx(req), req.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu tất cả đã đọc / mark all as read',
        response: { 200: z.object({ marked: z.number() }), ...errorResponses },
      },
    },
    async (req) => markAllNotificationsRead(ctx(req)),
  );
}
