/** Starting a plan from nothing (with the catalogue of legal bases to choose from) and clearing review flags. */
import { newPlanInputSchema } from '../../../domain/plan/plan-new.js';
import { legalBasisChoices, startPlan } from '../../../services/plan/plan-new.service.js';
import { markFlagReviewed } from '../../../services/plan/plan-review.service.js';
import { byRole, onPlan } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { legalBasesOut, legalBasesQuery, planOut, planParams, reviewBody } from './schema.js';

export function newPlanRoutes({ app, ctx }: RouteDeps) {
  const tags = ['plans'];
  app.get(
    '/api/v1/legal-bases',
    {
      config: { access: byRole('plans.write') },
      schema: {
        errorCodes: ['plan.new_invalid'],
        tags,
        summary: 'Căn cứ pháp lý có thể chọn cho đơn vị và năm (căn cứ thường xuyên được chọn sẵn) / legal bases to choose from',
        querystring: legalBasesQuery,
        response: { 200: legalBasesOut, ...errorResponses },
      },
    },
    async (req) => ({ items: await legalBasisChoices(ctx(req), { year: req.query.year, unitCode: req.query.unit }) }),
  );

  app.post(
    '/api/v1/plans/new',
    {
      config: { access: byRole('plans.write') },
      schema: {
        errorCodes: ['plan.new_invalid', 'plan.invalid', 'plan.exists'],
        tags,
        summary: 'Lập kế hoạch mới (dự thảo): năm, đơn vị ban hành, căn cứ, mục tiêu / start a new plan from nothing',
        body: newPlanInputSchema,
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) => startPlan(ctx(req), req.body),
  );

  app.post(
    '/api/v1/plans/:plan/reviews',
    {
      config: { access: onPlan('plans.write') },
      schema: {
        errorCodes: ['plan.flag_not_found', 'plan.invalid', 'plan.not_draft', 'plan.stale_version'],
        tags,
        summary: 'Đánh dấu đã rà soát một mục chuyển từ năm trước / mark a carried-over item reviewed',
        params: planParams,
        body: reviewBody,
        response: { 200: planOut, ...errorResponses },
      },
    },
    async (req) => markFlagReviewed(ctx(req), req.params.plan, req.body.flagId, req.body.expectedVersion),
  );
}
