/**
 * The one way a route reads an uploaded file (evidence, attachments, imports): malformed multipart is
 * a 400 with a message, a part without a file name a 422, and a file over the limit a 413 — checked on
 * the stream's own `truncated` flag, because @fastify/multipart lets a file cut exactly at the limit
 * through as a complete one when the browser's chunks line up with it.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../domain/errors.js';
import { controlCharacterIssue } from './control-characters.js';

export interface Upload {
  fileName: string;
  content: Buffer;
  /** Text fields sent before the file, by name. */
  fields: Record<string, string>;
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`.replace('.', ',');

export const tooLarge = (maxBytes: number) =>
  new AppError(
    'request.too_large',
    'too_large',
    {
      vi: `Tệp gửi lên quá lớn (tối đa ${mb(maxBytes)} cho một tệp); không có gì được lưu`,
      en: `The file is too large (${mb(maxBytes).replace(',', '.')} per file at most); nothing was stored`,
    },
    [{ path: 'file', message: `> ${maxBytes} bytes` }],
  );

const malformed = (why: string) =>
  new AppError(
    'upload.malformed',
    'bad_request',
    {
      vi: 'Nội dung gửi lên không phải biểu mẫu tải tệp hợp lệ (thiếu ranh giới giữa các phần hoặc bị cắt giữa chừng); hãy chọn lại tệp và gửi lại',
      en: 'The request is not valid multipart/form-data (no boundary, or cut short); choose the file again and resend',
    },
    [{ path: 'body', message: why }],
  );

const noFileName = () =>
  invalid(
    'upload.no_file_name',
    {
      vi: 'Phần tệp gửi lên không có tên tệp; hãy chọn tệp từ máy rồi gửi lại',
      en: 'The file part has no file name; choose a file and resend',
    },
    [{ path: 'file', message: 'filename required' }],
  );

/** Errors of the multipart parser that are the client's (413s are passed on as they are). */
function asClientError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.statusCode === 413) return err;
  if (e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return malformed('not multipart/form-data');
  // The body ended inside the file part (no closing boundary).
  if (e.code === 'ERR_STREAM_PREMATURE_CLOSE') return malformed('the body ended inside the file');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return malformed(e.message ?? String(err));
  // busboy throws plain Errors for what it cannot parse: no boundary, a part cut short, a bad header.
  if (err instanceof Error && /multipart|boundary|unexpected end|part terminated|malformed|header/i.test(err.message)) {
    return malformed(err.message);
  }
  return err;
}

/**
 * The request's one file, whole, at most `maxBytes`; `null` when the form has no file part.
 * Refuses control characters in the text fields as the JSON routes do.
 */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload | null> {
  if (!req.isMultipart()) throw malformed(`content-type ${req.headers['content-type'] ?? '(none)'}`);
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({ limits: { fileSize: maxBytes } });
  } catch (err) {
    throw asClientError(err);
  }
  if (!part) return null;
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw asClientError(err);
  }
  if (part.file.truncated) throw tooLarge(maxBytes);
  if (typeof part.filename !== 'string' || part.filename.trim() === '') throw noFileName();
  const fields: Record<string, string> = {};
  for (const [name, f] of Object.entries(part.fields)) {
    const value = (f as { type?: string; value?: unknown } | undefined)?.value;
    if ((f as { type?: string }).type !== 'field' || typeof value !== 'string') continue;
    const issue = controlCharacterIssue(value, name, true);
    if (issue) throw issue;
    fields[name] = value;
  }
  return { fileName: part.filename, content, fields };
}
