/**
 * Works (công trình, dự án): an area's or a commune's list and a new work; one work read and edited;
 * its acceptances (nghiệm thu) and settlement (quyết toán). Thin: validate → one service call → present.
 * Routes on `:id` declare access on the stored resource; the service authorizes on the work's area.
 */
import { createWork, getWork, listWorks, recordAcceptance, recordSettlement, updateWork } from '../../../services/funding/work.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import {
  acceptanceBody,
  createWorkBody,
  settlementBody,
  updateWorkBody,
  workOut,
  workParams,
  workQuery,
  worksOut,
  worksQuery,
} from './schema.js';

const WRITE_ERRORS = ['work.not_found', 'work.invalid', 'work.stale', 'unit.not_found'] as const;

export function workRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/works',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at'],
        tags: ['works'],
        summary: 'Công trình, dự án của địa bàn hoặc của xã / works of an area or a commune',
        params: unitParams,
        querystring: worksQuery,
        response: { 200: worksOut, ...errorResponses },
      },
    },
    async (req) => {
      const asOf = req.query.asOf ?? today();
      const works = await listWorks(ctx(req), {
        unitCode: req.params.code,
        asOf,
        communeCode: req.query.commune,
        kindCode: req.query.kind,
        setCode: req.query.set,
        criterionNumber: req.query.criterion,
      });
      return { asOf, works };
    },
  );

  app.post(
    '/api/v1/units/:code/works',
    {
      config: { access: scoped('works.write', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'work.invalid'],
        tags: ['works'],
        summary: 'Thêm công trình, dự án / create a work',
        params: unitParams,
        body: createWorkBody,
        response: { 200: workOut, ...errorResponses },
      },
    },
    async (req) => createWork(ctx(req), req.params.code, req.body),
  );

  app.get(
    '/api/v1/works/:id',
    {
      config: { access: scoped('read', 'resource') },
      schema: {
        errorCodes: ['work.not_found'],
        tags: ['works'],
        summary: 'Một công trình: nguồn vốn, tiến độ, nghiệm thu, quyết toán / one work',
        params: workParams,
        querystring: workQuery,
        response: { 200: workOut, ...errorResponses },
      },
    },
    async (req) => getWork(ctx(req), req.params.id, req.query.asOf ?? today()),
  );

  app.patch(
    '/api/v1/works/:id',
    {
      config: { access: scoped('works.write', 'resource') },
      schema: {
        errorCodes: [...WRITE_ERRORS],
        tags: ['works'],
        summary: 'Sửa công trình, ghi tiến độ (theo phiên bản) / update a work, record progress (version-checked)',
        params: workParams,
        body: updateWorkBody,
        response: { 200: workOut, ...errorResponses },
      },
    },
    async (req) => updateWork(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/works/:id/acceptances',
    {
      config: { access: scoped('works.write', 'resource') },
      schema: {
        errorCodes: ['work.not_found', 'work.invalid'],
        tags: ['works'],
        summary: 'Ghi nghiệm thu / record an acceptance',
        params: workParams,
        body: acceptanceBody,
        response: { 200: workOut, ...errorResponses },
      },
    },
    async (req) => recordAcceptance(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/works/:id/settlement',
    {
      config: { access: scoped('works.write', 'resource') },
      schema: {
        errorCodes: [...WRITE_ERRORS, 'work.not_settleable'],
        tags: ['works'],
        summary: 'Ghi quyết toán công trình đã hoàn thành, đã nghiệm thu / record the settlement of a finished, accepted work',
        params: workParams,
        body: settlementBody,
        response: { 200: workOut, ...errorResponses },
      },
    },
    async (req) => recordSettlement(ctx(req), req.params.id, req.body),
  );
}
