/** Files on task progress updates and supervision visits: upload (multipart, typed from content) and download. */
import { z } from 'zod';
import { invalid } from '../../../domain/errors.js';
import { STORED_FILE_TYPES } from '../../../services/evidence-type.js';
import {
  attachToTaskUpdate,
  attachToVisit,
  downloadAttachment,
  taskUpdateOwner,
  visitOwner,
} from '../../../services/plan/attachment.service.js';
import { onPlan, SIGNED_IN, scoped } from '../../access.js';
import { MAX_UPLOAD_BYTES, type RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { readUpload } from '../../upload.js';
import { sendStoredFile } from '../evidence/routes.js';
import { unitParams } from '../units/schema.js';

const fileOut = z.object({
  id: z.string(),
  ownerType: z.string(),
  ownerId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
const attachmentText = 'PDF, ảnh hoặc tệp văn phòng, tối đa 10 MB / PDF, image or office file, 10 MB at most';
const noFile = () => invalid('attachment.missing_file', { vi: 'Chưa chọn tệp', en: 'No file' }, [{ path: 'file', message: 'required' }]);

export function fileRoutes({ app, ctx, evidenceStore }: RouteDeps) {
  app.post(
    '/api/v1/plans/:plan/tasks/:number/updates/:updateId/files',
    {
      config: { access: onPlan('plans.read') },
      schema: {
        errorCodes: [
          'task.not_found',
          'attachment.owner_not_found',
          'attachment.missing_file',
          'evidence.name_mismatch',
          'evidence.type_not_allowed',
        ],
        tags: ['tasks'],
        summary: 'Đính kèm tệp vào báo cáo tiến độ (multipart: file) / attach a file to a progress update',
        upload: { description: attachmentText, file: 'file' },
        params: z.object({ plan: z.string().max(100), number: z.string().max(30), updateId: z.string().max(60) }),
        response: { 201: fileOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const ref = { plan: req.params.plan, task: req.params.number, update: req.params.updateId };
      // Decide before reading up to 10 MB of a file that would be refused.
      await taskUpdateOwner(c, ref.plan, ref.task, ref.update);
      const file = await readUpload(req, MAX_UPLOAD_BYTES);
      if (!file) throw noFile();
      const view = await attachToTaskUpdate(c, evidenceStore, ref, file);
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/v1/units/:code/supervision/:visitId/files',
    {
      config: { access: scoped('supervision.write', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'attachment.owner_not_found',
          'attachment.missing_file',
          'evidence.name_mismatch',
          'evidence.type_not_allowed',
        ],
        tags: ['supervision'],
        summary: 'Đính kèm tệp vào đợt giám sát (multipart: file) / attach a file to a supervision visit',
        upload: { description: attachmentText, file: 'file' },
        params: unitParams.extend({ visitId: z.string().max(60) }),
        response: { 201: fileOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const ref = { unit: req.params.code, visit: req.params.visitId };
      await visitOwner(c, ref.unit, ref.visit);
      const file = await readUpload(req, MAX_UPLOAD_BYTES);
      if (!file) throw noFile();
      const view = await attachToVisit(c, evidenceStore, ref, file);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/attachments/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        errorCodes: ['attachment.not_found', 'file.missing', 'auth.forbidden'],
        tags: ['tasks'],
        summary: 'Tải về tệp đính kèm / download an attachment',
        download: { types: STORED_FILE_TYPES, description: 'Tệp đính kèm như đã tải lên / the attachment as uploaded' },
        params: z.object({ id: z.string().max(60) }),
      },
    },
    async (req, reply) => {
      const { row, content } = await downloadAttachment(ctx(req), evidenceStore, req.params.id);
      return sendStoredFile(reply, row, content);
    },
  );
}
