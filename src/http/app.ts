/**
 * The HTTP API: Fastify with zod schemas for validation, serialisation and the OpenAPI document
 * (/api/openapi.json, viewer at /api/docs). Routes are thin: validate → one service call → present.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.js';
import { type Actor, createContext, type Logger, type ServiceContext } from '../services/context.js';
import { registerErrorHandler } from './error-handler.js';
import { criteriaSetRoutes } from './routes/criteria-sets/routes.js';
import { evaluationRoutes } from './routes/evaluations/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { unitRoutes } from './routes/units/routes.js';

const withZod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export interface RouteDeps {
  app: ReturnType<typeof withZod>;
  ctx: () => ServiceContext;
}

/** Reads happen as an anonymous actor until sign-in arrives with the web app. */
const ANONYMOUS: Actor = { id: 'anonymous', username: 'anonymous' };

export interface AppOptions {
  database: Database;
  logger?: boolean;
}

export async function buildApp(opts: AppOptions) {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Nông thôn mới API',
        description: 'Bộ tiêu chí, đơn vị hành chính, đánh giá xã và bảng tổng hợp / criteria sets, units, commune evaluation and boards',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const log: Logger = { info: (m, d) => app.log.info(d ?? {}, m), warn: (m, d) => app.log.warn(d ?? {}, m) };
  const deps: RouteDeps = { app: withZod(app), ctx: () => createContext(opts.database, ANONYMOUS, log) };
  healthRoutes(deps);
  criteriaSetRoutes(deps);
  unitRoutes(deps);
  evaluationRoutes(deps);
  await app.ready();
  return app;
}
