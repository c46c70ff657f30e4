/** Recording a commune's values (409 on a stale version), the review queue, verify/return, bulk verification. */
import { z } from 'zod';
import { reviewQueue, reviewValue } from '../../../services/review.service.js';
import { verifyMany } from '../../../services/review-bulk.service.js';
import { recordValues } from '../../../services/value.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, storedValueOut, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import { bulkReviewBody, bulkReviewOut, recordBody, recordOut, reviewBody, reviewItemOut, reviewParams, reviewsQuery } from './schema.js';

export function valueRoutes({ app, ctx }: RouteDeps) {
  app.put(
    '/api/v1/units/:code/values',
    {
      config: { access: scoped('values.write', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'unit.not_valid_at',
          'criteria_set.not_found',
          'evaluation.no_criteria_set',
          'value.invalid',
          'indicator_value.stale_version',
        ],
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
        errorCodes: [
          'unit.not_found',
          'criteria_set.not_found',
          'indicator.not_found',
          'indicator_value.not_found',
          'indicator_value.stale_version',
          'review.comment_required',
        ],
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
        errorCodes: ['unit.not_found', 'unit.not_valid_at'],
        tags: ['values'],
        summary: 'Giá trị chờ xác minh / values awaiting review',
        querystring: reviewsQuery,
        response: { 200: z.object({ items: z.array(reviewItemOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await reviewQueue(ctx(req), { unitCode: req.query.unit, asOf: req.query.asOf ?? today() }) }),
  );

  app.post(
    '/api/v1/units/:code/reviews/bulk',
    {
      // Each item is authorized on its own commune and criterion by the service (403 names none written).
      config: { access: scoped('values.review', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'criteria_set.not_found',
          'indicator.not_found',
          'indicator_value.not_found',
          'indicator_value.stale_version',
          'review.duplicate_item',
          'review.outside_area',
        ],
        tags: ['values'],
        summary:
          'Xác minh nhiều giá trị trong đơn vị một lần (mỗi giá trị một dòng nhật ký; một giá trị cũ → 409, không ghi gì) / verify many values at once',
        params: unitParams,
        body: bulkReviewBody,
        response: { 200: bulkReviewOut, ...errorResponses },
      },
    },
    async (req) =>
      verifyMany(ctx(req), {
        areaCode: req.params.code,
        comment: req.body.comment,
        items: req.body.items.map((i) => ({
          unitCode: i.unit,
          setCode: i.set,
          indicatorCode: i.indicator,
          asOf: i.asOf,
          expectedVersion: i.expectedVersion,
        })),
      }),
  );
}
