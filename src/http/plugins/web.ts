/** Serves the built web app (dist/web); hashed assets are cached for a year, index.html never. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Registers the static files; returns false (API only) when the app is not built. */
export async function registerWeb(app: FastifyInstance, webDir: string | undefined): Promise<boolean> {
  if (!webDir || !existsSync(join(webDir, 'index.html'))) {
    if (webDir) app.log.warn(`web app not built (${webDir}); serving the API only`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes(`${join('/', 'assets', '/')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
