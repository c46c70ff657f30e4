/**
 * The HTTP server: Fastify with zod schemas for validation, serialisation and the OpenAPI document
 * (/api/openapi.json, viewer at /api/docs), sessions and CSRF, limited sign-in attempts, uploads, the
 * built web app. Routes are thin: validate → one service call (which authorizes) → present.
 */
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.js';
import { createContext, type Logger, type ServiceContext } from '../services/context.js';
import type { EvidenceStore } from '../storage/evidence-store.js';
import type { RouteEntry } from './access.js';
import { type AttemptLimiters, memoryAttemptLimiters } from './attempt-limiter.js';
import { registerControlCharacterGuard } from './control-characters.js';
import { registerErrorHandler, registerNotFound } from './error-handler.js';
import { swaggerOptions } from './openapi/document.js';
import { registerAuthorizeFirst } from './plugins/authorize.js';
import { registerSessions } from './plugins/session.js';
import { registerWeb } from './plugins/web.js';
import { auditRoutes } from './routes/audit/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { criteriaSetRoutes } from './routes/criteria-sets/routes.js';
import { dateContextRoutes } from './routes/date-context/routes.js';
import { documentRoutes } from './routes/documents/routes.js';
import { dossierRoutes } from './routes/dossiers/routes.js';
import { evaluationRoutes } from './routes/evaluations/routes.js';
import { evidenceRoutes } from './routes/evidence/routes.js';
import { fileRoutes } from './routes/follow-up/file-routes.js';
import { followUpRoutes } from './routes/follow-up/routes.js';
import { fundingBoardRoutes } from './routes/funding-board/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { importRoutes } from './routes/imports/routes.js';
import { planRoutes } from './routes/plans/routes.js';
import { taskRoutes } from './routes/plans/task-routes.js';
import { publicRoutes } from './routes/public/routes.js';
import { recognitionDocRoutes } from './routes/recognition-docs/routes.js';
import { recognitionRoutes } from './routes/recognitions/routes.js';
import { surveyRoutes } from './routes/surveys/routes.js';
import { unitImportRoutes } from './routes/units/import-routes.js';
import { unitRoutes } from './routes/units/routes.js';
import { userRoutes } from './routes/users/routes.js';
import { valueRoutes } from './routes/values/routes.js';
import { workRoutes } from './routes/works/routes.js';

const withZod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export interface RouteDeps {
  app: ReturnType<typeof withZod>;
  ctx: (req: FastifyRequest) => ServiceContext;
  evidenceStore: EvidenceStore;
  secureCookies: boolean;
  limiters: AttemptLimiters;
  refuseDemoPassword: boolean;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  database: Database;
  evidenceStore: EvidenceStore;
  logger?: boolean;
  /** Folder of the built web app (dist/web); absent = API only. */
  webDir?: string | undefined;
  /** Serve over TLS: Secure cookies and HSTS. */
  tls?: boolean;
  /** Where failed sign-ins are counted (default: this process's memory). */
  limiters?: AttemptLimiters;
  /** Not a demo: the published demo password no longer signs anyone in (`ntm serve` without --demo). */
  refuseDemoPassword?: boolean;
  /** Fastify's trustProxy: the reverse proxy whose X-Forwarded-For names the client (TRUST_PROXY). */
  trustProxy?: boolean | string;
}

export async function buildApp(opts: AppOptions) {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 2 * 1024 * 1024, trustProxy: opts.trustProxy ?? false });
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/v1/')) return;
    for (const method of [r.method].flat())
      if (method !== 'HEAD') routeTable.push({ method, url: r.url, access: r.config?.access ?? null });
  });
  app.decorate('routeTable', routeTable);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // Offices reach the server over plain HTTP on a LAN: no HSTS or upgrade-insecure-requests unless TLS is on.
  await app.register(helmet, {
    hsts: opts.tls === true,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        upgradeInsecureRequests: opts.tls ? [] : null,
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });
  // gzip or brotli per Accept-Encoding for replies over 1 KB (the board compresses its own, once).
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 } });
  const log: Logger = { info: (m, d) => app.log.info(d ?? {}, m), warn: (m, d) => app.log.warn(d ?? {}, m) };
  const ctx = (req: FastifyRequest) => createContext(opts.database, req.actor, log);
  await registerSessions(app, { ctx: () => createContext(opts.database, undefined, log), secureCookies: opts.tls === true });
  // After the session hook, in this order: no control character reaches a query, then authorize first.
  registerControlCharacterGuard(app);
  registerAuthorizeFirst(app, ctx);
  await app.register(swagger, swaggerOptions);
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Plain HTTP on a LAN: asking the browser to upgrade to HTTPS would break the page.
    transformStaticCSP: (header) => (opts.tls ? header : header.replace(/\s*upgrade-insecure-requests;?/, '')),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const deps: RouteDeps = {
    app: withZod(app),
    ctx,
    evidenceStore: opts.evidenceStore,
    secureCookies: opts.tls === true,
    limiters: opts.limiters ?? memoryAttemptLimiters(),
    refuseDemoPassword: opts.refuseDemoPassword === true,
  };
  for (const routes of [
    healthRoutes,
    authRoutes,
    userRoutes,
    criteriaSetRoutes,
    unitRoutes,
    dateContextRoutes,
    unitImportRoutes,
    evaluationRoutes,
    valueRoutes,
    evidenceRoutes,
    auditRoutes,
    publicRoutes,
    planRoutes,
    taskRoutes,
    followUpRoutes,
    fileRoutes,
    documentRoutes,
    dossierRoutes,
    recognitionDocRoutes,
    importRoutes,
    surveyRoutes,
    recognitionRoutes,
    fundingBoardRoutes,
    workRoutes,
  ]) {
    routes(deps);
  }
  registerNotFound(app, await registerWeb(app, opts.webDir));
  await app.ready();
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}
