/**
 * The API description holds what a client needs: an id, security and the error codes of every
 * operation, files as files, uploads as multipart — and it tells the truth (real error answers carry a
 * documented code), Redocly finds no error, and the web app's generated types are the server's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/http/openapi/build.js';
import { ERROR_CODES } from '../../src/http/openapi/error-codes.js';
import { SESSION_COOKIE } from '../../src/http/plugins/session.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { ACCEPTED_WARNINGS, apiTypesSource, redoclyProblems, TYPES_FILE } from '../../tools/api-doc.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

interface Response {
  description?: string;
  content?: Record<string, { schema?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } } }>;
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
  responses: Record<string, Response>;
}
type Doc = {
  openapi: string;
  servers?: unknown[];
  components: { securitySchemes: Record<string, { in: string; name: string }> };
  paths: Record<string, Record<string, Operation>>;
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

const codesOf = (op: Operation | undefined, status: number) =>
  op?.responses[status]?.content?.['application/json']?.schema?.properties?.error?.properties?.code?.enum ?? [];

describe.each(DIALECTS)('the OpenAPI document on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let doc: Doc;
  let office: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    office = await signIn(app, 'vpntm.krongno');
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('is OpenAPI 3.1 with servers, the session cookie and the CSRF header as security schemes, and no `nullable`', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ in: 'cookie', name: SESSION_COOKIE });
    expect(doc.components.securitySchemes.csrfToken).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
    expect(JSON.stringify(doc)).not.toContain('Default Response');
  });

  it('gives every operation a unique camelCase operationId and a real description of each response', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(60);
    const ids = ops.map(({ op }) => op.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/units/{code}/evaluation']?.get?.operationId).toBe('getUnitsByCodeEvaluation');
    for (const { path, method, op } of ops) {
      expect(
        Object.keys(op.responses).some((s) => s.startsWith('2')),
        `${method} ${path} 2xx`,
      ).toBe(true);
      for (const [status, r] of Object.entries(op.responses))
        expect(r.description?.length, `${method} ${path} ${status}`).toBeGreaterThan(10);
    }
  });

  it('declares security from each route’s access: public routes explicitly none, others the cookie (and CSRF on writes) with 401/403', () => {
    const declared = app.routeTable;
    expect(declared.length).toBe(operations(doc).length);
    for (const r of declared) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      const where = `${r.method} ${path}`;
      expect(op, where).toBeDefined();
      if (r.access?.kind === 'public') {
        expect(op?.security, where).toEqual([]);
        expect(codesOf(op, 401), where).not.toContain('auth.required');
        continue;
      }
      const write = r.method !== 'GET';
      expect(op?.security, where).toEqual([write ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] }]);
      expect(codesOf(op, 401), where).toContain('auth.required');
      if (write) expect(codesOf(op, 403), where).toContain('auth.csrf');
      if (r.access?.kind !== 'signed-in') expect(codesOf(op, 403), where).toContain('auth.forbidden');
    }
  });

  it('lists only known error codes, each under a status it is answered with', () => {
    for (const { path, method, op } of operations(doc)) {
      for (const status of Object.keys(op.responses).filter((s) => Number(s) >= 400)) {
        const codes = codesOf(op, Number(status));
        expect(codes.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
        for (const code of codes) expect(ERROR_CODES[code as keyof typeof ERROR_CODES], `${code}`).toContain(Number(status));
      }
    }
  });

  it('describes the downloads as files with their content types, and the uploads as multipart with the file field', () => {
    const get = (p: string) => doc.paths[p]?.get;
    for (const [name, type] of [
      ['plan.docx', DOCX],
      ['report.docx', DOCX],
      ['plan.xlsx', XLSX],
      ['board.xlsx', XLSX],
      ['values.xlsx', XLSX],
    ] as const)
      expect(Object.keys(get(`/api/v1/documents/${name}`)?.responses[200]?.content ?? {}), name).toEqual([type]);
    for (const p of ['/api/v1/evidence/{id}', '/api/v1/attachments/{id}'])
      expect(Object.keys(get(p)?.responses[200]?.content ?? {})).toEqual(expect.arrayContaining(['application/pdf', 'image/jpeg', DOCX]));
    const uploads = {
      '/api/v1/units/{code}/evidence': ['set', 'asOf', 'indicator', 'file'],
      '/api/v1/imports/values': ['file'],
      '/api/v1/plans/{plan}/tasks/{number}/updates/{updateId}/files': ['file'],
      '/api/v1/units/{code}/supervision/{visitId}/files': ['file'],
    };
    for (const [p, fields] of Object.entries(uploads)) {
      const body = doc.paths[p]?.post?.requestBody?.content['multipart/form-data']?.schema;
      expect(body?.required, p).toEqual(fields);
      expect(body?.properties.file, p).toMatchObject({ type: 'string' });
      expect(codesOf(doc.paths[p]?.post, 413), p).toContain('request.too_large');
    }
  });

  it('documents the codes real error answers carry', async () => {
    const answers: [string, string, Promise<{ statusCode: number; json(): { error: { code: string } } }>][] = [
      ['get', '/api/v1/units/{code}', app.inject({ method: 'GET', url: '/api/v1/units/00000' })],
      ['get', '/api/v1/board', app.inject({ method: 'GET', url: '/api/v1/board?unit=664' })],
      ['get', '/api/v1/board', office.request({ method: 'GET', url: '/api/v1/board?unit=664&asOf=31-12-2021' })],
      [
        'put',
        '/api/v1/units/{code}/values',
        app.inject({ method: 'PUT', url: '/api/v1/units/24703/values', headers: { cookie: office.cookie }, payload: {} }),
      ],
      ['get', '/api/v1/criteria-sets/{code}', app.inject({ method: 'GET', url: '/api/v1/criteria-sets/no-such-set' })],
      ['get', '/api/v1/evidence/{id}', office.request({ method: 'GET', url: '/api/v1/evidence/no-such-file' })],
      [
        'get',
        '/api/v1/documents/report.docx',
        office.request({ method: 'GET', url: '/api/v1/documents/report.docx?unit=664&period=quarter&year=2022&index=9' }),
      ],
      [
        'post',
        '/api/v1/auth/login',
        app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x.nobody', password: 'wrong-password-1' } }),
      ],
      ['get', '/api/v1/public/units/{code}', app.inject({ method: 'GET', url: '/api/v1/public/units/664' })],
    ];
    for (const [method, path, answer] of answers) {
      const r = await answer;
      const where = `${method} ${path}: ${r.statusCode} ${r.json().error?.code}`;
      expect(r.statusCode, where).toBeGreaterThanOrEqual(400);
      expect(codesOf(doc.paths[path]?.[method], r.statusCode), where).toContain(r.json().error.code);
    }
  });
});

describe('the API description against its clients', () => {
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    doc = await buildOpenApiDocument();
  });

  it('passes Redocly’s recommended rules: no error, no warning beyond the accepted ones', async () => {
    const problems = await redoclyProblems(doc);
    const unexpected = problems.filter(
      (p) => !(p.severity === 'warn' && ACCEPTED_WARNINGS.some((a) => a.rule === p.ruleId && a.pointer === p.location[0]?.pointer)),
    );
    expect(unexpected.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}`)).toEqual([]);
  }, 120_000);

  it('is what the committed web API types were generated from (npm run gen:api)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8') === (await apiTypesSource(doc)), `${TYPES_FILE} is stale: run npm run gen:api`).toBe(true);
  }, 120_000);

  it('describes every error code thrown in the server', () => {
    const thrown = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    for (const file of walk('src').filter((f) => !f.startsWith(join('src', 'web')) && !f.startsWith(join('src', 'cli')))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:new AppError|invalid|notFound)\(\s*['`]([a-z_]+\.[a-z_]+)['`]/g))
        thrown.add(m[1] as string);
    }
    expect(thrown.size).toBeGreaterThan(50);
    expect([...thrown].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });
});
