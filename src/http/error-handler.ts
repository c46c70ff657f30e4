/**
 * The one place errors become HTTP: AppError kinds map to status codes; request validation,
 * malformed JSON and unknown routes get the same shape — a stable code, a Vietnamese and an
 * English message, and the field paths at fault. Unexpected errors are logged, never leaked.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorIssue, type ErrorKind } from '../domain/errors.js';

const STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  bad_request: 400,
  too_large: 413,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
};

export interface ErrorBody {
  error: { code: string; message: { vi: string; en: string }; issues: ErrorIssue[]; details?: Record<string, unknown> };
}

export const errorBody = (
  code: string,
  vi: string,
  en: string,
  issues: ErrorIssue[] = [],
  details?: Record<string, unknown>,
): ErrorBody => ({
  error: { code, message: { vi, en }, issues, ...(details ? { details } : {}) },
});

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(STATUS[err.kind]).send(errorBody(err.code, err.messages.vi, err.messages.en, err.issues, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.code(400).send(errorBody('request.invalid', 'Yêu cầu không hợp lệ', 'Invalid request', issues));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err.statusCode === 400 && err instanceof SyntaxError)) {
      return reply
        .code(400)
        .send(
          errorBody('request.malformed_json', 'Nội dung JSON không đọc được', 'The JSON body could not be parsed', [
            { path: 'body', message: err.message },
          ]),
        );
    }
    if (err.statusCode === 429) {
      return reply
        .code(429)
        .send(
          errorBody(
            'request.rate_limited',
            'Quá nhiều lần thử; hãy đợi một phút rồi thử lại',
            'Too many attempts; wait a minute and try again',
          ),
        );
    }
    if (
      err.statusCode === 413 ||
      err.code === 'FST_REQ_FILE_TOO_LARGE' ||
      err.code === 'FST_FILES_LIMIT' ||
      err.code === 'FST_PARTS_LIMIT'
    ) {
      return reply
        .code(413)
        .send(
          errorBody(
            'request.too_large',
            'Tệp hoặc nội dung gửi lên quá lớn (tối đa 10 MB cho một tệp)',
            'The file or request is too large (10 MB per file at most)',
            [{ path: 'file', message: err.message }],
          ),
        );
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send(errorBody(`request.${err.code ?? 'bad_request'}`.toLowerCase(), 'Yêu cầu không hợp lệ', err.message));
    }
    req.log.error({ err }, 'unexpected error');
    return reply.code(500).send(errorBody('server.error', 'Lỗi máy chủ; đã ghi nhật ký', 'Server error; it has been logged'));
  });
}

/**
 * The one not-found handler: API paths get the JSON error; with the web app built, any other GET
 * gets index.html so the app's own routes (/xa/…, /bang-tong-hop/…) work on reload.
 */
export function registerNotFound(app: FastifyInstance, webApp: boolean) {
  app.setNotFoundHandler((req, reply) => {
    if (webApp && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return reply
      .code(404)
      .send(errorBody('route.not_found', `Không có đường dẫn ${req.method} ${req.url}`, `No route ${req.method} ${req.url}`));
  });
}
