/**
 * Allocation plans of a unit and year: read, create, save lines, submit / approve / return, adjustments;
 * disbursements on a line and their reversal, under the unit whose officer records them (`:code`, checked
 * on request); the service checks the line's own unit (its commune, else the plan's) again in full.
 */
import {
  approveAdjustment,
  createAdjustment,
  createAllocation,
  getAllocation,
  moveAllocation,
  saveLines,
} from '../../../services/funding/allocation.service.js';
import { listDisbursements, recordDisbursement, reverseDisbursement } from '../../../services/funding/disbursement.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import {
  adjustmentBody,
  adjustmentParams,
  allocationOut,
  allocationParams,
  approveBody,
  createBody,
  disbursementBody,
  disbursementOut,
  disbursementsOut,
  disbursementsQuery,
  lineParams,
  linesBody,
  returnBody,
  reversalParams,
  reverseBody,
  submitBody,
  versionBody,
} from './schema.js';

const tags = ['allocations'];
const WRITE_ERRORS = ['allocation.not_found', 'allocation.stale', 'allocation.invalid_lines', 'allocation.not_editable'] as const;

export function allocationRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/allocations/:year',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found'],
        tags,
        summary: 'Kế hoạch vốn năm của đơn vị / a unit’s yearly allocation plan',
        params: allocationParams,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => getAllocation(ctx(req), req.params.code, req.params.year),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year',
    {
      config: { access: scoped('allocations.write', 'params.code') },
      schema: {
        errorCodes: ['allocation.exists'],
        tags,
        summary: 'Lập dự thảo kế hoạch vốn / create a draft plan',
        params: allocationParams,
        body: createBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => createAllocation(ctx(req), { unitCode: req.params.code, year: req.params.year, demo: req.body.demo ?? false }),
  );
  const planId = async (req: { params: { code: string; year: number } }, c: ReturnType<RouteDeps['ctx']>) =>
    (await getAllocation(c, req.params.code, req.params.year)).id;
  app.put(
    '/api/v1/units/:code/allocations/:year/lines',
    {
      config: { access: scoped('allocations.write', 'params.code') },
      schema: {
        errorCodes: [...WRITE_ERRORS],
        tags,
        summary: 'Lưu toàn bộ dòng kế hoạch vốn (dự thảo) / save the draft plan’s lines',
        params: allocationParams,
        body: linesBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => saveLines(ctx(req), { allocationId: await planId(req, ctx(req)), version: req.body.version, lines: req.body.lines }),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year/submit',
    {
      config: { access: scoped('allocations.write', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found', 'allocation.stale', 'allocation.bad_move'],
        tags,
        summary: 'Trình kế hoạch vốn / submit the plan',
        params: allocationParams,
        body: submitBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => moveAllocation(ctx(req), await planId(req, ctx(req)), 'submitted', req.body.version, req.body.note),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year/approve',
    {
      config: { access: scoped('allocations.approve', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found', 'allocation.stale', 'allocation.bad_move', 'allocation.decision_required'],
        tags,
        summary: 'Phê duyệt, giao kế hoạch vốn / approve the plan with its decision',
        params: allocationParams,
        body: approveBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) =>
      moveAllocation(ctx(req), await planId(req, ctx(req)), 'approved', req.body.version, req.body.note, {
        decisionNumber: req.body.decisionNumber,
        decisionDate: req.body.decisionDate,
        decisionSigner: req.body.decisionSigner ?? null,
      }),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year/return',
    {
      config: { access: scoped('allocations.approve', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found', 'allocation.stale', 'allocation.bad_move'],
        tags,
        summary: 'Trả lại kế hoạch vốn / return the plan',
        params: allocationParams,
        body: returnBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => moveAllocation(ctx(req), await planId(req, ctx(req)), 'returned', req.body.version, req.body.note),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year/adjustments',
    {
      config: { access: scoped('allocations.write', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found', 'allocation.not_approved', 'allocation.invalid_lines'],
        tags,
        summary: 'Lập điều chỉnh kế hoạch vốn / draft an adjustment',
        params: allocationParams,
        body: adjustmentBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => createAdjustment(ctx(req), await planId(req, ctx(req)), req.body),
  );
  app.post(
    '/api/v1/units/:code/allocations/:year/adjustments/:adjustmentId/approve',
    {
      config: { access: scoped('allocations.approve', 'params.code') },
      schema: {
        errorCodes: ['allocation.adjustment_not_found', 'allocation.adjustment_approved', 'allocation.stale', 'allocation.invalid_lines'],
        tags,
        summary: 'Phê duyệt điều chỉnh / approve an adjustment',
        params: adjustmentParams,
        body: versionBody,
        response: { 200: allocationOut, ...errorResponses },
      },
    },
    async (req) => approveAdjustment(ctx(req), req.params.adjustmentId, req.body.version),
  );
  app.get(
    '/api/v1/units/:code/allocations/:year/disbursements',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['allocation.not_found'],
        tags,
        summary: 'Các khoản giải ngân của kế hoạch / the plan’s disbursements',
        params: allocationParams,
        querystring: disbursementsQuery,
        response: { 200: disbursementsOut, ...errorResponses },
      },
    },
    async (req) => ({ entries: await listDisbursements(ctx(req), { allocationId: await planId(req, ctx(req)), asOf: req.query.asOf }) }),
  );
  app.post(
    '/api/v1/units/:code/allocation-lines/:lineId/disbursements',
    {
      config: { access: scoped('disbursements.write', 'params.code') },
      schema: {
        errorCodes: [
          'disbursement.line_not_found',
          'disbursement.plan_not_approved',
          'disbursement.before_decision',
          'disbursement.over_plan',
        ],
        tags,
        summary: 'Ghi giải ngân trên một dòng kế hoạch / record a disbursement',
        params: lineParams,
        body: disbursementBody,
        response: { 200: disbursementOut, ...errorResponses },
      },
    },
    async (req) => recordDisbursement(ctx(req), { ...req.body, lineId: req.params.lineId }),
  );
  app.post(
    '/api/v1/units/:code/disbursements/:disbursementId/reverse',
    {
      config: { access: scoped('disbursements.write', 'params.code') },
      schema: {
        errorCodes: ['disbursement.not_found', 'disbursement.already_reversed', 'disbursement.line_not_found'],
        tags,
        summary: 'Hủy một khoản giải ngân bằng bút toán âm / reverse a disbursement',
        params: reversalParams,
        body: reverseBody,
        response: { 200: disbursementOut, ...errorResponses },
      },
    },
    async (req) => reverseDisbursement(ctx(req), req.params.disbursementId, req.body.reason, req.body.on),
  );
}
