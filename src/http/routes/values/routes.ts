/** Recording a commune's values (409 on a stale version), the review queue, verify/return. */
import { z } from 'zod';
import { reviewQueue, reviewValue } from '../../../services/review.service.js';
import { recordValues } from '../../../services/value.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, storedValueOut, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import { recordBody, recordOut, reviewBody, reviewItemOut, reviewParams, reviewsQuery } from './schema.js';

export function valueRoutes({ app, ctx }: RouteDeps) {
  app.put(
    '/api/v1/units/:code/values',
    {
      config: { access: scoped('values.write', 'params.code') },
      schema: {
        tags: ['values'],
        summary: 'Nhập giá trị chỉ tiêu (kèm phiên bản đã sửa) / record values with the versions edited',
        params: unitParams,
        body: recordBody,
        response: { 200: recordOut, ...errorResponses },
      },
    },
    async (req) =>
      recordValues(ctx(req), {
        unitCode: req.params.code,
        setCode: req.body.set,
        asOf: req.body.asOf,
        values: req.body.values,
        expectedVersions: req.body.expectedVersions,
        note: req.body.note,
      }),
  );

  app.post(
    '/api/v1/units/:code/values/:indicator/review',
    {
      config: { access: scoped('values.review', 'params.code') },
      schema: {
        tags: ['values'],
        summary: 'Xác minh hoặc trả lại một giá trị / verify or return a value',
        params: reviewParams,
        body: reviewBody,
        response: { 200: storedValueOut, ...errorResponses },
      },
    },
    async (req) =>
      reviewValue(ctx(req), {
        unitCode: req.params.code,
        indicatorCode: req.params.indicator,
        setCode: req.body.set,
        asOf: req.body.asOf,
        action: req.body.action,
        comment: req.body.comment,
        expectedVersion: req.body.expectedVersion,
      }),
  );

  app.get(
    '/api/v1/reviews',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
        tags: ['values'],
        summary: 'Giá trị chờ xác minh / values awaiting review',
        querystring: reviewsQuery,
        response: { 200: z.object({ items: z.array(reviewItemOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await reviewQueue(ctx(req), { unitCode: req.query.unit, asOf: req.query.asOf ?? today() }) }),
  );
}
