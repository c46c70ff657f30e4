/** Plans: list, read, create (document, copy, or new: new-plan-routes.ts), edit parts and commune targets, change status, and the computed views. */
import { z } from 'zod';
import { copyPlan, createPlan, getPlan, listPlans, setCommuneTarget, updatePlan } from '../../../services/plan/plan.service.js';
import { planDashboard, planFindings } from '../../../services/plan/plan-analysis.service.js';
import { changePlanStatus } from '../../../services/plan/plan-status.service.js';
import { byRole, onPlan, onPlanStatus, SIGNED_IN } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import { newPlanRoutes } from './new-plan-routes.js';
import {
  copyBody,
  copyOut,
  dashboardOut,
  dashboardQuery,
  findingsOut,
  planOut,
  planParams,
  planSummaryOut,
  statusAckBody,
  targetBody,
  targetParams,
  updateBody,
} from './schema.js';

export function planRoutes({ app, ctx }: RouteDeps) {
  const tags = ['plans'];
  app.get(
    '/api/v1/plans',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Các kế hoạch được xem / plans you may read',
        response: { 200: z.object({ items: z.array(planSummaryOut) }) },
      },
    },
    async (req) => ({ items: await listPlans(ctx(req)) }),
  );

  app.post(
    '/api/v1/plans',
    {
      config: { access: byRole('plans.write') },
      schema: {
        errorCodes: ['plan.invalid', 'plan.exists', 'plan.new_not_draft', 'plan.target_unit_unknown', 'unit.not_found'],
        tags,
        summary: 'Tạo kế hoạch từ văn bản (dự thảo) / create a plan from its document (a draft)',
        body: z.unknown().describe('planSchema'),
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) => createPlan(ctx(req), req.body),
  );

  app.get(
    '/api/v1/plans/:plan',
    {
      config: { access: onPlan('plans.read') },
      schema: { tags, summary: 'Một kế hoạch / one plan', params: planParams, response: { 200: planOut, ...errorResponses } },
    },
    async (req) => getPlan(ctx(req), req.params.plan),
  );

  app.post(
    '/api/v1/plans/:plan/copy',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['plan.invalid', 'plan.exists'],
        tags,
        summary: 'Bắt đầu kế hoạch năm sau từ kế hoạch này / start next year’s plan as a copy',
        params: planParams,
        body: copyBody,
        response: { 200: copyOut, ...errorResponses },
      },
    },
    async (req) => copyPlan(ctx(req), req.params.plan, req.body.code),
  );

  app.patch(
    '/api/v1/plans/:plan',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['plan.invalid', 'plan.not_draft', 'plan.stale_version'],
        tags,
        summary: 'Sửa các phần của dự thảo / edit a draft’s parts',
        params: planParams,
        body: updateBody,
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) => updatePlan(ctx(req), req.params.plan, req.body.parts, req.body.expectedVersion),
  );

  app.put(
    '/api/v1/plans/:plan/targets/:code',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['plan.invalid', 'plan.not_draft', 'plan.stale_version', 'plan.target_unit_unknown'],
        tags,
        summary: 'Đặt (hoặc bỏ) mục tiêu của một xã / set or remove a commune’s target',
        params: targetParams,
        body: targetBody,
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) => setCommuneTarget(ctx(req), req.params.plan, req.params.code, req.body.target, req.body.expectedVersion),
  );

  app.post(
    '/api/v1/plans/:plan/status',
    {
      config: { access: onPlanStatus() },
      schema: {
        errorCodes: ['plan.transition_forbidden', 'plan.transition_not_allowed', 'plan.stale_version', 'plan.unreviewed_items'],
        tags,
        summary:
          'Trình, trả lại, phê duyệt (còn mục chưa rà soát: 409 plan.unreviewed_items, trừ khi acknowledgeUnreviewed) / submit, return, approve',
        params: planParams,
        body: statusAckBody,
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) =>
      changePlanStatus(ctx(req), req.params.plan, req.body.to, req.body.expectedVersion, req.body.note, {
        acknowledgeUnreviewed: req.body.acknowledgeUnreviewed ?? false,
      }),
  );

  app.get(
    '/api/v1/plans/:plan/findings',
    {
      config: { access: onPlan('plans.read') },
      schema: {
        tags,
        summary: 'Kiểm tra tính thống nhất / consistency findings',
        params: planParams,
        response: { 200: findingsOut, ...errorResponses },
      },
    },
    async (req) => planFindings(ctx(req), req.params.plan),
  );

  app.get(
    '/api/v1/plans/:plan/dashboard',
    {
      config: { access: onPlan('plans.read') },
      schema: {
        tags,
        summary: 'Tiến độ: mục tiêu và thực tế, dự báo cuối năm, nhiệm vụ quá hạn / progress dashboard',
        params: planParams,
        querystring: dashboardQuery,
        response: { 200: dashboardOut, ...errorResponses },
      },
    },
    async (req) => planDashboard(ctx(req), req.params.plan, req.query.asOf ?? today()),
  );
  newPlanRoutes({ app, ctx } as RouteDeps);
}
