/** Liveness and database check. */
import { sql } from 'kysely';
import { z } from 'zod';
import { PUBLIC } from '../../access.js';
import type { RouteDeps } from '../../app.js';

export function healthRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/health',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['health'],
        summary: 'Tình trạng máy chủ / server health',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), time: z.string() }) },
      },
    },
    async (req) => {
      const c = ctx(req);
      await sql`select 1`.execute(c.database.db);
      return { status: 'ok' as const, database: c.database.dialect, time: c.now() };
    },
  );
}
