/** Recognitions of a commune (công nhận đạt chuẩn), their revocation, and an area's list of titles at risk. */
import { listRecognitions, recordRecognition, revokeRecognition } from '../../../services/recognition/recognition.service.js';
import { titleRisks, unitTitles } from '../../../services/recognition/title-risks.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import {
  recognitionBody,
  recognitionOut,
  recognitionParams,
  recognitionsOut,
  recognitionsQuery,
  revocationBody,
  titleRisksOut,
  titleRisksQuery,
} from './schema.js';

const READ_ERRORS = ['unit.not_found', 'unit.not_valid_at', 'criteria_set.not_found', 'evaluation.no_criteria_set'] as const;

export function recognitionRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/recognitions',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['recognitions'],
        summary:
          'Các quyết định công nhận của xã (cả đã thu hồi) và danh hiệu đang giữ vào ngày / a commune’s recognitions and titles on a date',
        params: unitParams,
        querystring: recognitionsQuery,
        response: { 200: recognitionsOut, ...errorResponses },
      },
    },
    async (req) => {
      const asOf = req.query.asOf ?? today();
      const list = await listRecognitions(ctx(req), req.params.code, asOf);
      return { ...list, titles: await unitTitles(ctx(req), req.params.code, asOf) };
    },
  );

  app.post(
    '/api/v1/units/:code/recognitions',
    {
      config: { access: scoped('recognitions.record', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'criteria_set.not_found', 'recognition.invalid', 'recognition.duplicate'],
        tags: ['recognitions'],
        summary: 'Ghi quyết định công nhận xã đạt chuẩn / record a recognition decision',
        params: unitParams,
        body: recognitionBody,
        response: { 200: recognitionOut, ...errorResponses },
      },
    },
    async (req) =>
      recordRecognition(ctx(req), {
        unitCode: req.params.code,
        setCode: req.body.set,
        tier: req.body.tier,
        year: req.body.year,
        yearBefore: req.body.yearBefore ?? null,
        decision: req.body.decision,
        announcedOn: req.body.announcedOn,
        dossierId: req.body.dossierId ?? null,
        demo: req.body.demo ?? false,
        note: req.body.note ?? null,
      }),
  );

  app.post(
    '/api/v1/units/:code/recognitions/:recognitionId/revoke',
    {
      config: { access: scoped('recognitions.revoke', 'params.code') },
      schema: {
        errorCodes: ['recognition.not_found', 'recognition.invalid', 'recognition.already_revoked', 'recognition.stale'],
        tags: ['recognitions'],
        summary: 'Ghi quyết định thu hồi công nhận / record the revocation of a recognition',
        params: recognitionParams,
        body: revocationBody,
        response: { 200: recognitionOut, ...errorResponses },
      },
    },
    async (req) =>
      revokeRecognition(ctx(req), req.params.recognitionId, {
        decision: req.body.decision,
        reason: req.body.reason,
        dossierId: req.body.dossierId ?? null,
        unitCode: req.params.code,
      }),
  );

  app.get(
    '/api/v1/units/:code/title-risks',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: READ_ERRORS,
        tags: ['recognitions'],
        summary:
          'Các xã đã được công nhận trong tỉnh/huyện và việc giữ danh hiệu vào ngày (QĐ 18/2022) / recognised communes of an area and whether they keep the title',
        params: unitParams,
        querystring: titleRisksQuery,
        response: { 200: titleRisksOut, ...errorResponses },
      },
    },
    async (req) => titleRisks(ctx(req), { unitCode: req.params.code, date: req.query.date ?? today() }),
  );
}
