/** Downloads written from the data: the plan (.docx, .xlsx), the board and the values (.xlsx), the periodic report (.docx). */
import type { FastifyReply } from 'fastify';
import { vietnamDay } from '../../../domain/text/vietnamese.js';
import {
  boardXlsxFile,
  planDocxFile,
  planXlsxFile,
  reportDocxFile,
  resolvePlanCode,
  valuesXlsxFile,
} from '../../../services/document.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { contentDisposition } from '../evidence/routes.js';
import { boardDocQuery, planDocQuery, reportDocQuery, valuesDocQuery } from './schema.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const send = (reply: FastifyReply, type: string, file: { buffer: Buffer; filename: string }) =>
  reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.buffer);

/** The day in Vietnam, the default "as of" of a download (the server's UTC day is yesterday before 07:00). */
const today = () => vietnamDay(new Date().toISOString());

const yearOf = (q: { year?: number | undefined; asOf?: string | undefined }) => q.year ?? Number((q.asOf ?? today()).slice(0, 4));

export function documentRoutes({ app, ctx }: RouteDeps) {
  const read = { config: { access: scoped('read', 'query.unit') } };

  app.get(
    '/api/v1/documents/plan.docx',
    {
      ...read,
      schema: {
        errorCodes: ['unit.not_found', 'plan.not_found'],
        tags: ['documents'],
        summary: 'Kế hoạch năm (.docx, thể thức NĐ 30/2020) / the annual plan as .docx',
        description: `Trả về ${DOCX}.`,
        download: { types: [DOCX], description: 'Tệp .docx của kế hoạch / the plan as .docx' },
        querystring: planDocQuery,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const planCode = await resolvePlanCode(ctx(req), { unitCode: req.query.unit, year: yearOf(req.query), planCode: req.query.plan });
      return send(reply, DOCX, await planDocxFile(ctx(req), { planCode }));
    },
  );

  app.get(
    '/api/v1/documents/plan.xlsx',
    {
      ...read,
      schema: {
        errorCodes: ['unit.not_found', 'plan.not_found'],
        tags: ['documents'],
        summary: 'Mục tiêu, tiến độ và nhiệm vụ của kế hoạch (.xlsx) / plan targets, progress and tasks',
        description: `Trả về ${XLSX}.`,
        download: { types: [XLSX], description: 'Tệp .xlsx của kế hoạch / the plan as .xlsx' },
        querystring: planDocQuery,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const planCode = await resolvePlanCode(ctx(req), { unitCode: req.query.unit, year: yearOf(req.query), planCode: req.query.plan });
      return send(reply, XLSX, await planXlsxFile(ctx(req), { planCode, asOf: req.query.asOf ?? today() }));
    },
  );

  app.get(
    '/api/v1/documents/board.xlsx',
    {
      ...read,
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at', 'criteria_set.not_found', 'evaluation.no_criteria_set'],
        tags: ['documents'],
        summary: 'Bảng xã × tiêu chí (.xlsx): đạt, số tiêu chí, hạng / communes × criteria',
        description: `Trả về ${XLSX}.`,
        download: { types: [XLSX], description: 'Bảng tổng hợp .xlsx / the board as .xlsx' },
        querystring: boardDocQuery,
        response: errorResponses,
      },
    },
    async (req, reply) =>
      send(
        reply,
        XLSX,
        await boardXlsxFile(ctx(req), { unitCode: req.query.unit, asOf: req.query.asOf ?? today(), setCode: req.query.set }),
      ),
  );

  app.get(
    '/api/v1/documents/values.xlsx',
    {
      ...read,
      schema: {
        errorCodes: ['unit.not_found', 'unit.not_valid_at', 'criteria_set.not_found', 'evaluation.no_criteria_set'],
        tags: ['documents'],
        summary: 'Giá trị chỉ tiêu từng xã, ngưỡng và kết quả (.xlsx; cũng là mẫu để nhập) / indicator values, the import template',
        description: `Trả về ${XLSX}.`,
        download: { types: [XLSX], description: 'Giá trị chỉ tiêu .xlsx / the values as .xlsx' },
        querystring: valuesDocQuery,
        response: errorResponses,
      },
    },
    async (req, reply) =>
      send(
        reply,
        XLSX,
        await valuesXlsxFile(ctx(req), {
          unitCode: req.query.unit,
          asOf: req.query.asOf ?? today(),
          setCode: req.query.set,
          withResults: req.query.results === undefined ? undefined : req.query.results === '1',
        }),
      ),
  );

  app.get(
    '/api/v1/documents/report.docx',
    {
      ...read,
      schema: {
        errorCodes: ['unit.not_found', 'report.bad_period', 'report.no_evaluation', 'report.bad_issue_date'],
        tags: ['documents'],
        summary: 'Báo cáo định kỳ (tháng, quý, 6 tháng, năm) (.docx) / periodic report',
        description: `Trả về ${DOCX}.`,
        download: { types: [DOCX], description: 'Báo cáo .docx / the report as .docx' },
        querystring: reportDocQuery,
        response: errorResponses,
      },
    },
    async (req, reply) =>
      send(
        reply,
        DOCX,
        await reportDocxFile(ctx(req), {
          unitCode: req.query.unit,
          kind: req.query.period,
          year: yearOf(req.query),
          index: req.query.index,
          documentNumber: req.query.number,
          issuedOn: req.query.issuedOn,
        }),
      ),
  );
}
