/** What is recorded at a dossier's steps: posting, announcements, comments, opinions, facts by kind, the appraisal. */
import {
  addAnnouncement,
  addComment,
  addOpinion,
  putRecord,
  recordAppraisal,
  startPosting,
} from '../../../services/dossier/dossier-records.service.js';
import { onDossier } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import {
  announcementBody,
  appraisalBody,
  commentBody,
  dossierOut,
  dossierParams,
  opinionBody,
  postingBody,
  recordBody,
  recordParams,
} from './schema.js';

const RECORD_ERRORS = [
  'dossier.step_actor',
  'dossier.stale_version',
  'dossier.date_in_future',
  'dossier.date_order',
  'dossier.completed',
  'dossier.wrong_step',
] as const;

export function dossierRecordRoutes({ app, ctx }: RouteDeps) {
  const tags = ['dossiers'];
  const access = onDossier('dossiers.act');
  const response = { 200: dossierOut, ...errorResponses };

  app.put(
    '/api/v1/dossiers/:id/posting',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS, 'dossier.posting_started'],
        tags,
        summary: 'Ngày bắt đầu niêm yết công khai / the posting’s start',
        params: dossierParams,
        body: postingBody,
        response,
      },
    },
    async (req) => startPosting(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/dossiers/:id/posting/announcements',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS, 'dossier.posting_not_started', 'dossier.unknown_channel', 'dossier.file_not_found'],
        tags,
        summary: 'Ghi một lần thông báo (ngày, hình thức, nơi, ảnh) / log an announcement',
        params: dossierParams,
        body: announcementBody,
        response,
      },
    },
    async (req) =>
      addAnnouncement(ctx(req), req.params.id, {
        announcedOn: req.body.announcedOn,
        channel: req.body.channel,
        place: req.body.place ?? null,
        photoFileId: req.body.photoFileId ?? null,
      }),
  );

  app.post(
    '/api/v1/dossiers/:id/comments',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS],
        tags,
        summary: 'Ghi ý kiến góp ý nhận được / record a comment received',
        params: dossierParams,
        body: commentBody,
        response,
      },
    },
    async (req) =>
      addComment(ctx(req), req.params.id, {
        receivedOn: req.body.receivedOn,
        fromName: req.body.fromName ?? null,
        content: req.body.content,
        response: req.body.response ?? null,
      }),
  );

  app.post(
    '/api/v1/dossiers/:id/opinions',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS, 'dossier.file_not_found'],
        tags,
        summary: 'Ý kiến bằng văn bản của MTTQ, tổ chức chính trị - xã hội / an organisation’s written opinion',
        params: dossierParams,
        body: opinionBody,
        response,
      },
    },
    async (req) => addOpinion(ctx(req), req.params.id, { ...req.body, summary: req.body.summary ?? null, fileId: req.body.fileId ?? null }),
  );

  app.put(
    '/api/v1/dossiers/:id/records/:kind',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS, 'dossier.invalid', 'dossier.file_not_found'],
        tags,
        summary: 'Ghi cuộc họp, Hội đồng, quyết định, ngày công bố, nợ đọng, an ninh trật tự / record a step’s fact',
        params: recordParams,
        body: recordBody,
        response,
      },
    },
    async (req) => putRecord(ctx(req), req.params.id, req.params.kind, req.body.data, req.body.fileId ?? null),
  );

  app.put(
    '/api/v1/dossiers/:id/appraisal',
    {
      config: { access },
      schema: {
        errorCodes: [...RECORD_ERRORS, 'dossier.reasons_required'],
        tags,
        summary: 'Kết quả thẩm tra từng tiêu chí và kết luận / appraisal findings and conclusion',
        params: dossierParams,
        body: appraisalBody,
        response,
      },
    },
    async (req) => recordAppraisal(ctx(req), req.params.id, req.body),
  );
}
