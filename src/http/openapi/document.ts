/**
 * The OpenAPI 3.1 description of /api/v1, built from the routes themselves: each route's declared
 * access gives its security (session cookie, CSRF header) and its 401/403; its inputs and declared
 * `errorCodes` give every error code it can answer, per status; downloads and uploads are described
 * from `download`/`upload`. Redocly lints the result in CI (npm run lint:api).
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Access } from '../access.js';
import { SESSION_COOKIE } from '../plugins/session.js';
import { ERROR_CODES, type ErrorCode, STATUS_TEXT } from './error-codes.js';

/** A file the route answers with instead of JSON. */
export interface DownloadDoc {
  /** Its content types (an evidence file has one of several). */
  types: readonly string[];
  description: string;
}

/** A multipart/form-data upload: text fields first, then the one file. */
export interface UploadDoc {
  /** Text fields sent before the file, with what each holds. */
  fields?: Record<string, string>;
  /** The name of the file part. */
  file: string;
  description: string;
}

declare module 'fastify' {
  interface FastifySchema {
    /** Error codes the route's services can answer, beyond those of its access and inputs (added here). */
    errorCodes?: readonly ErrorCode[];
    download?: DownloadDoc;
    upload?: UploadDoc;
  }
}

export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Phiên đăng nhập (HttpOnly, SameSite=Strict), đặt bởi POST /api/v1/auth/login / the session set by sign-in',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'Mã chống giả mạo của phiên (csrfToken trong kết quả đăng nhập), bắt buộc với mọi yêu cầu ghi / the session CSRF token, required on every write',
  },
} as const;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `getUnitsByCodeValuesByIndicatorHistory` for GET /api/v1/units/:code/values/:indicator/history. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\/?/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : [segment]))
    .flatMap((segment) => segment.split(/[-._]/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words].map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('');
}

interface RouteSchema {
  params?: unknown;
  querystring?: unknown;
  body?: unknown;
  headers?: unknown;
  errorCodes?: readonly ErrorCode[];
  download?: DownloadDoc;
  upload?: UploadDoc;
  response?: Record<string, unknown>;
  summary?: string;
  operationId?: string;
  [key: string]: unknown;
}

/** The codes a route answers through its access and its inputs, whatever its service does. */
export function edgeCodes(method: string, access: Access | undefined, schema: RouteSchema): ErrorCode[] {
  const codes: ErrorCode[] = ['request.control_character'];
  if (schema.params || schema.querystring || schema.body) codes.push('request.invalid');
  if (schema.body) codes.push('request.malformed_json', 'request.too_large');
  if (schema.upload) codes.push('upload.malformed', 'upload.no_file_name', 'request.too_large');
  if (access && access.kind !== 'public') {
    codes.push('auth.required');
    if (!SAFE.has(method)) codes.push('auth.csrf');
    if (access.kind !== 'signed-in') codes.push('auth.forbidden');
    if (access.kind === 'plan') codes.push('plan.not_found');
    if (access.kind === 'dossier') codes.push(access.unit === 'params.id' ? 'dossier.not_found' : 'unit.not_found');
  }
  return codes;
}

/** The parts every error body shares, described once (components) and referenced by each response. */
export const ERROR_COMPONENTS: Record<string, { type: 'object'; [key: string]: unknown }> = {
  ErrorMessage: {
    type: 'object',
    description: 'Thông báo tiếng Việt và tiếng Anh / the message in Vietnamese and English',
    properties: { vi: { type: 'string' }, en: { type: 'string' } },
    required: ['vi', 'en'],
    additionalProperties: false,
  },
  ErrorIssue: {
    type: 'object',
    description: 'Một trường sai và lý do / a field at fault and why',
    properties: { path: { type: 'string', description: 'vd. / e.g. `values.0.value`' }, message: { type: 'string' } },
    required: ['path', 'message'],
    additionalProperties: false,
  },
};

const errorEnvelope = (codes: string[], status: number) => {
  const description = `${STATUS_TEXT[status] ?? 'Lỗi / error'}: ${codes.join(', ')}`;
  return {
    description,
    type: 'object',
    required: ['error'],
    additionalProperties: false,
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'issues'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', enum: codes, description: 'Mã lỗi ổn định / stable error code' },
          message: { $ref: '#/components/schemas/ErrorMessage' },
          issues: { type: 'array', items: { $ref: '#/components/schemas/ErrorIssue' } },
          details: { type: 'object', additionalProperties: {}, description: 'Chi tiết theo mã lỗi / details per code' },
        },
      },
    },
  };
};

/** Error responses by status, each with the enum of codes the route can answer with it. */
export function errorResponsesFor(codes: Iterable<ErrorCode>): Record<string, Record<string, unknown>> {
  const byStatus = new Map<number, Set<string>>();
  for (const code of codes) for (const status of ERROR_CODES[code]) byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  return Object.fromEntries(
    [...byStatus].sort(([a], [b]) => a - b).map(([status, set]) => [status, errorEnvelope([...set].sort(), status)]),
  );
}

const SUCCESS_TEXT: Record<string, string> = {
  200: 'Thành công / OK',
  201: 'Đã tạo / created',
  204: 'Xong, không có nội dung / done, no content',
};

const binary = { type: 'string', contentMediaType: 'application/octet-stream' };

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** fastify-swagger's transform: the zod transform, with security, errors, files and ids added. */
export function transformRoute(input: TransformInput) {
  const schema = (input.schema ?? {}) as RouteSchema;
  if (schema.hide || !input.url.startsWith('/api/v1/')) return jsonSchemaTransform(input);
  const route = input.route as { method: string | string[]; config?: { access?: Access } };
  const method = [route.method].flat()[0] ?? 'GET';
  const access = route.config?.access;
  const { errorCodes = [], download, upload, response = {}, ...rest } = schema;
  const success = Object.fromEntries(Object.entries(response).filter(([status]) => Number(status) < 400));
  const codes = new Set<ErrorCode>([...edgeCodes(method, access, schema), ...errorCodes]);
  const out = jsonSchemaTransform({ ...input, schema: { ...rest, response: success } });
  const doc = out.schema as RouteSchema & { response: Record<string, Record<string, unknown>> };
  doc.response = { ...doc.response, ...errorResponsesFor(codes) };
  doc.operationId = schema.operationId ?? operationIdOf(method, input.url);
  if (access) {
    doc.security = access.kind === 'public' ? [] : SAFE.has(method) ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfToken: [] }];
  }
  for (const [status, body] of Object.entries(doc.response)) {
    if (Number(status) < 400 && !body.description) body.description = `${SUCCESS_TEXT[status] ?? 'Thành công / OK'}: ${schema.summary}`;
  }
  if (download) {
    doc.response[200] = {
      description: download.description,
      headers: { 'content-disposition': { type: 'string', description: 'attachment; filename="…"; filename*=UTF-8\'\'…' } },
      content: Object.fromEntries(download.types.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
    };
  }
  if (upload) {
    const fields = upload.fields ?? {};
    doc.consumes = ['multipart/form-data'];
    doc.body = {
      type: 'object',
      description: upload.description,
      required: [...Object.keys(fields), upload.file],
      properties: {
        ...Object.fromEntries(Object.entries(fields).map(([name, description]) => [name, { type: 'string', description }])),
        [upload.file]: { ...binary, description: 'Tệp, đặt sau các trường / the file, after the fields' },
      },
    };
  }
  return out;
}

export const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Nông thôn mới API',
      description:
        'Bộ tiêu chí, đơn vị hành chính, đánh giá xã, nhập liệu và xác minh, văn bản .docx/.xlsx / criteria sets, units, evaluation, data entry and review, documents. ' +
        'Mọi lỗi có dạng `{ error: { code, message: { vi, en }, issues, details? } }`; mỗi thao tác liệt kê các mã lỗi của nó / every error has this shape; each operation lists its codes.',
      version: '1.0.0',
    },
    servers: [{ url: '/', description: 'Máy chủ đang phục vụ tài liệu này / the server serving this document' }],
    components: { securitySchemes: SECURITY_SCHEMES, schemas: ERROR_COMPONENTS },
  },
  transform: transformRoute,
};
