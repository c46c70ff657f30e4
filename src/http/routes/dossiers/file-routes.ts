/** A dossier's files: upload (multipart, typed from content), checklist documents uploaded or generated, downloads. */
import { invalid } from '../../../domain/errors.js';
import { loadDossier } from '../../../services/dossier/dossier-access.js';
import {
  downloadDossierFile,
  generateChecklistDocument,
  uploadDocument,
  uploadDossierFile,
} from '../../../services/dossier/dossier-files.service.js';
import { STORED_FILE_TYPES } from '../../../services/evidence-type.js';
import { onDossier } from '../../access.js';
import { MAX_UPLOAD_BYTES, type RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { readUpload } from '../../upload.js';
import { sendStoredFile } from '../evidence/routes.js';
import { documentParams, dossierOut, dossierParams, fileParams, generateBody, uploadedFileOut } from './schema.js';

const uploadText = 'PDF, ảnh hoặc tệp văn phòng, tối đa 10 MB / PDF, image or office file, 10 MB at most';
const noFile = () => invalid('dossier.missing_file', { vi: 'Chưa chọn tệp', en: 'No file' }, [{ path: 'file', message: 'required' }]);
const TYPE_ERRORS = ['dossier.missing_file', 'evidence.name_mismatch', 'evidence.type_not_allowed', 'dossier.completed'] as const;

export function dossierFileRoutes({ app, ctx, evidenceStore }: RouteDeps) {
  const tags = ['dossiers'];
  app.post(
    '/api/v1/dossiers/:id/files',
    {
      config: { access: onDossier('dossiers.act') },
      schema: {
        errorCodes: [...TYPE_ERRORS],
        tags,
        summary: 'Tải lên một tệp của hồ sơ (ảnh thông báo, văn bản ý kiến …) (multipart: file) / upload a dossier file',
        upload: { description: uploadText, file: 'file' },
        params: dossierParams,
        response: { 201: uploadedFileOut, ...errorResponses },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      await loadDossier(c, req.params.id, 'dossiers.act');
      const file = await readUpload(req, MAX_UPLOAD_BYTES);
      if (!file) throw noFile();
      return reply.code(201).send(await uploadDossierFile(c, evidenceStore, req.params.id, file));
    },
  );

  app.post(
    '/api/v1/dossiers/:id/documents/:doc',
    {
      config: { access: onDossier('dossiers.act') },
      schema: {
        errorCodes: [...TYPE_ERRORS, 'dossier.document_unknown', 'dossier.document_generated'],
        tags,
        summary: 'Tải lên một tài liệu của danh mục hồ sơ (multipart: file) / upload a checklist document',
        upload: { description: uploadText, file: 'file' },
        params: documentParams,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => {
      const c = ctx(req);
      await loadDossier(c, req.params.id, 'dossiers.act');
      const file = await readUpload(req, MAX_UPLOAD_BYTES);
      if (!file) throw noFile();
      return uploadDocument(c, evidenceStore, req.params.id, req.params.doc, file);
    },
  );

  app.post(
    '/api/v1/dossiers/:id/documents/:doc/generate',
    {
      config: { access: onDossier('dossiers.act') },
      schema: {
        errorCodes: [
          'dossier.document_unknown',
          'dossier.document_uploaded',
          'dossier.date_in_future',
          'dossier.date_order',
          'dossier.completed',
          'dossier.no_meeting',
          'dossier.no_findings',
          'dossier.not_eligible',
          'dossier.no_survey',
          'survey.not_found',
          'recognition_doc.invalid',
          'recognition_doc.not_a_commune',
        ],
        tags,
        summary: 'Lập tài liệu từ số liệu (.docx, Nghị định 30) / generate a checklist document from the data',
        params: documentParams,
        body: generateBody,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => generateChecklistDocument(ctx(req), evidenceStore, req.params.id, req.params.doc, req.body.on),
  );

  app.get(
    '/api/v1/dossiers/:id/files/:fileId',
    {
      config: { access: onDossier('dossiers.read') },
      schema: {
        errorCodes: ['dossier.file_not_found', 'file.missing'],
        tags,
        summary: 'Tải về một tệp của hồ sơ / download a dossier file',
        download: { types: STORED_FILE_TYPES, description: 'Tệp như đã tải lên hoặc đã lập / the file as uploaded or generated' },
        params: fileParams,
      },
    },
    async (req, reply) => {
      const { row, content } = await downloadDossierFile(ctx(req), evidenceStore, req.params.id, req.params.fileId);
      return sendStoredFile(reply, row, content);
    },
  );
}
