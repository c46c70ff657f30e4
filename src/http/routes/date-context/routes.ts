/** The date context a screen opens on: default reporting date of a unit (or the country), why, and the quick choices. */
import { dateContext } from '../../../services/date-context.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { dateContextOut, dateContextQuery } from './schema.js';

export function dateContextRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/date-context',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['units'],
        summary: 'Ngày số liệu mặc định và các lựa chọn nhanh / default reporting date and quick choices',
        querystring: dateContextQuery,
        response: { 200: dateContextOut, ...errorResponses },
      },
    },
    async (req) => dateContext(ctx(req), { unitCode: req.query.unit }),
  );
}
