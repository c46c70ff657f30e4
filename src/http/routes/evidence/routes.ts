/** Evidence upload (multipart, ≤ 10 MB, typed from content), list and download. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { invalid } from '../../../domain/errors.js';
import { downloadEvidence, listEvidence, uploadEvidence } from '../../../services/evidence.service.js';
import { STORED_FILE_TYPES } from '../../../services/evidence-type.js';
import { scoped } from '../../access.js';
import { MAX_UPLOAD_BYTES, type RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { readUpload } from '../../upload.js';
import { unitParams } from '../units/schema.js';

export const evidenceOut = z.object({
  id: z.string(),
  indicatorCode: z.string(),
  asOf: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});

const field = (fields: Record<string, string>, name: string): string => {
  const value = fields[name];
  if (value === undefined || value.length > 200) {
    throw invalid(
      'evidence.missing_field',
      { vi: `Thiếu trường "${name}" (đặt trước tệp)`, en: `Missing field "${name}" (before the file)` },
      [{ path: name, message: 'required' }],
    );
  }
  return value;
};

export const contentDisposition = (name: string, inline = false) =>
  `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Types a browser shows in place (the review dialog's preview, a new tab); anything else downloads. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);

/** A stored file as a download: its content type, its name, never sniffed, never cached. */
export const sendStoredFile = (reply: FastifyReply, row: { contentType: string; fileName: string }, content: Buffer, inline = false) =>
  reply
    .header('content-type', row.contentType)
    .header('content-disposition', contentDisposition(row.fileName, inline && PREVIEWABLE.has(row.contentType)))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(content);

export function evidenceRoutes({ app, ctx, evidenceStore }: RouteDeps) {
  app.post(
    '/api/v1/units/:code/evidence',
    {
      config: { access: scoped('evidence.write', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'criteria_set.not_found',
          'value.invalid',
          'evidence.missing_field',
          'evidence.missing_file',
          'evidence.name_mismatch',
          'evidence.type_not_allowed',
        ],
        tags: ['evidence'],
        summary: 'Tải lên minh chứng (multipart: set, asOf, indicator, file) / upload evidence',
        upload: {
          description: 'Minh chứng: PDF, ảnh hoặc tệp văn phòng, tối đa 10 MB / evidence: PDF, image or office file, 10 MB at most',
          fields: {
            set: 'Mã bộ tiêu chí / criteria set code',
            asOf: 'Ngày số liệu / as-of date, YYYY-MM-DD',
            indicator: 'Mã chỉ tiêu / indicator code',
          },
          file: 'file',
        },
        params: unitParams,
        response: { 201: evidenceOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const file = await readUpload(req, MAX_UPLOAD_BYTES);
      if (!file) throw invalid('evidence.missing_file', { vi: 'Chưa chọn tệp', en: 'No file' }, [{ path: 'file', message: 'required' }]);
      const view = await uploadEvidence(ctx(req), evidenceStore, {
        unitCode: req.params.code,
        setCode: field(file.fields, 'set'),
        asOf: field(file.fields, 'asOf'),
        indicatorCode: field(file.fields, 'indicator'),
        fileName: file.fileName,
        content: file.content,
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/units/:code/evidence',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'criteria_set.not_found'],
        tags: ['evidence'],
        summary: 'Danh sách minh chứng / evidence of a commune',
        params: unitParams,
        querystring: z.object({ set: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(evidenceOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listEvidence(ctx(req), req.params.code, req.query.set) }),
  );

  app.get(
    '/api/v1/evidence/:id',
    {
      config: { access: scoped('read', 'resource') },
      schema: {
        errorCodes: ['evidence.not_found', 'file.missing'],
        tags: ['evidence'],
        summary: 'Tải về một tệp minh chứng (inline=1: xem tại chỗ ảnh, PDF) / download evidence (inline=1: view images, PDF in place)',
        params: z.object({ id: z.string().max(60) }),
        querystring: z.object({ inline: z.enum(['0', '1']).optional() }),
        download: { types: STORED_FILE_TYPES, description: 'Tệp minh chứng như đã tải lên / the evidence file as uploaded' },
      },
    },
    async (req, reply) => {
      const { row, content } = await downloadEvidence(ctx(req), evidenceStore, req.params.id);
      return sendStoredFile(reply, row, content, req.query.inline === '1');
    },
  );
}
