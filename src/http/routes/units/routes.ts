/** Administrative units: as of a date, one unit, its children on a date, its history, a value's history. */
import { z } from 'zod';
import { childrenOf, getUnit, historyOf, unitsAsOf } from '../../../services/unit.service.js';
import { valueHistory } from '../../../services/value.service.js';
import { PUBLIC, scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, namedValueOut, today } from '../../schemas.js';
import { asOfOnly, historyOut, unitOut, unitParams, unitsQuery, valueHistoryParams, valueHistoryQuery } from './schema.js';

export function unitRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['units'],
        summary: 'Đơn vị hành chính tại một ngày / units valid on a date',
        querystring: unitsQuery,
        response: { 200: z.object({ asOf: z.string(), items: z.array(unitOut) }), ...errorResponses },
      },
    },
    async (req) => {
      const asOf = req.query.asOf ?? today();
      return { asOf, items: await unitsAsOf(ctx(req), asOf, { kind: req.query.kind, q: req.query.q }) };
    },
  );

  app.get(
    '/api/v1/units/:code',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['units'],
        summary: 'Một đơn vị / one unit',
        params: unitParams,
        response: { 200: unitOut, ...errorResponses },
      },
    },
    async (req) => getUnit(ctx(req), req.params.code),
  );

  app.get(
    '/api/v1/units/:code/children',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at'],
        tags: ['units'],
        summary: 'Đơn vị trực thuộc tại một ngày / children on a date',
        params: unitParams,
        querystring: asOfOnly,
        response: { 200: z.object({ asOf: z.string(), unit: unitOut, items: z.array(unitOut) }), ...errorResponses },
      },
    },
    async (req) => {
      const asOf = req.query.asOf ?? today();
      const r = await childrenOf(ctx(req), req.params.code, asOf);
      return { asOf, unit: r.unit, items: r.children };
    },
  );

  app.get(
    '/api/v1/units/:code/history',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['units'],
        summary: 'Lịch sử sáp nhập, chia tách / predecessors and successors, with how much data each holds',
        params: unitParams,
        response: { 200: historyOut, ...errorResponses },
      },
    },
    async (req) => historyOf(ctx(req), req.params.code),
  );

  app.get(
    '/api/v1/units/:code/values/:indicator/history',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'criteria_set.not_found'],
        tags: ['units'],
        summary: 'Lịch sử giá trị một chỉ tiêu / history of one indicator value',
        params: valueHistoryParams,
        querystring: valueHistoryQuery,
        response: { 200: z.object({ items: z.array(namedValueOut) }), ...errorResponses },
      },
    },
    async (req) => {
      await getUnit(ctx(req), req.params.code);
      return {
        items: await valueHistory(ctx(req), { unitCode: req.params.code, setCode: req.query.set, indicatorCode: req.params.indicator }),
      };
    },
  );
}
