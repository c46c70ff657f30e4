/** Serves the built web app (dist/web) and falls back to index.html for its client-side routes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../error-handler.js';

export async function registerWeb(app: FastifyInstance, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.log.warn(`web app not built (${webDir}); serving the API only`);
    return;
  }
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return reply
      .code(404)
      .send(errorBody('route.not_found', `Không có đường dẫn ${req.method} ${req.url}`, `No route ${req.method} ${req.url}`));
  });
}
