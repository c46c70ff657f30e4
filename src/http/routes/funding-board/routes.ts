/**
 * The funding dashboard of an area: validate → fundingDashboard() → the service's figures as they are.
 * A past year defaults to 31/12 of that year, the current one to today (time is data: never a silent today).
 */
import { fundingDashboard } from '../../../services/funding/dashboard.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import { dashboardOut, dashboardQuery, fundingUnitParams } from './schema.js';

/** The year and as-of date a request means: a past year ends on its 31/12; no year is the as-of date's year. */
export function yearAndAsOf(year: number | undefined, asOf: string | undefined, now: string = today()) {
  if (year === undefined) {
    const d = asOf ?? now;
    return { year: Number(d.slice(0, 4)), asOf: d };
  }
  if (asOf) return { year, asOf };
  return { year, asOf: year < Number(now.slice(0, 4)) ? `${year}-12-31` : now };
}

export function fundingBoardRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/funding/dashboard',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at'],
        tags: ['funding'],
        summary: 'Bảng điều hành vốn của một địa bàn / funding dashboard of an area',
        params: fundingUnitParams,
        querystring: dashboardQuery,
        response: { 200: dashboardOut, ...errorResponses },
      },
    },
    async (req) => fundingDashboard(ctx(req), { unitCode: req.params.code, ...yearAndAsOf(req.query.year, req.query.asOf) }),
  );
}
