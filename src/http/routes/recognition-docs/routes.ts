/** The commune's recognition documents written from its data: the self-assessment report (.docx, NĐ 30 format). */
import type { FastifyReply } from 'fastify';
import { selfAssessmentDocxFile } from '../../../services/recognition-docs/self-assessment.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { contentDisposition } from '../evidence/routes.js';
import { unitParams } from '../units/schema.js';
import { selfAssessmentQuery } from './schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const sendDocx = (reply: FastifyReply, file: { buffer: Buffer; filename: string }) =>
  reply
    .header('content-type', DOCX)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.buffer);

export function recognitionDocRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/self-assessment.docx',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'unit.not_valid_at',
          'unit.classification_missing',
          'criteria_set.not_found',
          'evaluation.no_criteria_set',
          'recognition_doc.invalid',
          'recognition_doc.not_a_commune',
        ],
        tags: ['documents'],
        summary: 'Báo cáo kết quả thực hiện xây dựng NTM của xã (.docx, thể thức NĐ 30/2020) / the commune self-assessment report',
        description: `Trả về ${DOCX}. Chỉ giá trị đã xác minh được tính là đạt / only verified values count as met.`,
        download: { types: [DOCX], description: 'Báo cáo kết quả .docx / the report as .docx' },
        params: unitParams,
        querystring: selfAssessmentQuery,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const q = req.query;
      const file = await selfAssessmentDocxFile(ctx(req), {
        unitCode: req.params.code,
        asOf: q.date,
        tier: q.tier,
        issuedOn: q.issuedOn,
        year: q.year,
      });
      return sendDocx(reply, file);
    },
  );
}
