/**
 * The Front's satisfaction survey: rounds of a commune, hamlets and paper tallies, ballots entered on a
 * phone, one-time codes with the hamlet's QR code, closing and publishing; the public ballot page's two
 * routes (no sign-in, wrong codes limited like the sign-in).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { generateCodes, publicBallot, recordBallot, submitPublicBallot } from '../../../services/survey/survey-ballot.service.js';
import { getRound, listRounds, surveyRuleCatalog } from '../../../services/survey/survey-read.service.js';
import { surveyReportDocx } from '../../../services/survey/survey-report.service.js';
import { addHamlet, closeRound, createRound, publishRound, saveTally } from '../../../services/survey/survey-round.service.js';
import { onSurvey, PUBLIC, SIGNED_IN } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { attempt, memoryAttemptLimiter, tooManyAttempts } from '../../attempt-limiter.js';
import { errorResponses } from '../../schemas.js';
import { contentDisposition } from '../evidence/routes.js';
import { unitParams } from '../units/schema.js';
import {
  answersBody,
  closeBody,
  codesBody,
  codesOut,
  hamletBody,
  hamletParams,
  publicBallotBody,
  publicBallotOut,
  publishBody,
  roundBody,
  roundListOut,
  roundOut,
  roundParams,
  rulesOut,
  tallyBody,
  tokenParams,
} from './schema.js';

const tags = ['surveys'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const idOut = z.object({ id: z.string() });
const stateOut = z.object({ id: z.string(), state: z.enum(['closed', 'published']) });
/** Wrong one-time codes: per client address and per hamlet page, as generous as the sign-in. */
const CODE_RULES = { perAddress: { max: 30, windowSeconds: 15 * 60 }, perHamlet: { max: 100, windowSeconds: 15 * 60 } };
const isWrongCode = (e: unknown) => (e as { code?: string })?.code === 'survey.code_invalid';

export function surveyRoutes({ app, ctx }: RouteDeps) {
  const codeLimiters = { address: memoryAttemptLimiter(CODE_RULES.perAddress), hamlet: memoryAttemptLimiter(CODE_RULES.perHamlet) };

  app.get(
    '/api/v1/survey-rules',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Quy định lấy ý kiến sự hài lòng / survey rule sets', response: { 200: rulesOut } },
    },
    async () => surveyRuleCatalog(),
  );

  app.get(
    '/api/v1/units/:code/survey-rounds',
    {
      config: { access: onSurvey('surveys.read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags,
        summary: 'Các đợt lấy ý kiến của xã / survey rounds of a commune',
        params: unitParams,
        response: { 200: roundListOut, ...errorResponses },
      },
    },
    async (req) => listRounds(ctx(req), req.params.code),
  );

  app.post(
    '/api/v1/units/:code/survey-rounds',
    {
      config: { access: onSurvey('surveys.write', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'survey.invalid', 'criteria_set.not_found'],
        tags,
        summary: 'Mở đợt lấy ý kiến / open a survey round',
        params: unitParams,
        body: roundBody,
        response: { 200: idOut, ...errorResponses },
      },
    },
    async (req) => createRound(ctx(req), { ...req.body, unitCode: req.params.code }),
  );

  app.get(
    '/api/v1/survey-rounds/:id',
    {
      config: { access: onSurvey('surveys.read', 'resource') },
      schema: {
        errorCodes: ['survey.not_found'],
        tags,
        summary: 'Đợt lấy ý kiến và kết quả / a survey round with its results',
        params: roundParams,
        response: { 200: roundOut, ...errorResponses },
      },
    },
    async (req) => getRound(ctx(req), req.params.id),
  );

  app.post(
    '/api/v1/survey-rounds/:id/hamlets',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.invalid', 'survey.closed'],
        tags,
        summary: 'Thêm thôn / add a hamlet',
        params: roundParams,
        body: hamletBody,
        response: { 200: idOut, ...errorResponses },
      },
    },
    async (req) => addHamlet(ctx(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/survey-rounds/:id/hamlets/:hamletId',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.hamlet_not_found', 'survey.invalid', 'survey.closed', 'survey.stale_version'],
        tags,
        summary: 'Bảng tổng hợp phiếu của thôn / the hamlet tally from the paper sheets',
        params: hamletParams,
        body: tallyBody,
        response: { 200: z.object({ id: z.string(), version: z.number() }), ...errorResponses },
      },
    },
    async (req) => saveTally(ctx(req), req.params.id, req.params.hamletId, req.body),
  );

  app.post(
    '/api/v1/survey-rounds/:id/hamlets/:hamletId/ballots',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.hamlet_not_found', 'survey.invalid', 'survey.closed'],
        tags,
        summary: 'Nhập một phiếu / enter one ballot',
        params: hamletParams,
        body: z.object({ answers: answersBody }),
        response: { 200: idOut, ...errorResponses },
      },
    },
    async (req) => recordBallot(ctx(req), req.params.id, req.params.hamletId, req.body.answers),
  );

  app.post(
    '/api/v1/survey-rounds/:id/hamlets/:hamletId/codes',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.hamlet_not_found', 'survey.invalid', 'survey.closed'],
        tags,
        summary: 'Tạo mã một lần cho các hộ (chỉ hiện một lần) / one-time household codes, shown once',
        params: hamletParams,
        body: codesBody,
        response: { 200: codesOut, ...errorResponses },
      },
    },
    async (req) => generateCodes(ctx(req), req.params.id, req.params.hamletId, req.body.count, `${req.protocol}://${req.host}`),
  );

  app.post(
    '/api/v1/survey-rounds/:id/close',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.invalid', 'survey.closed', 'survey.stale_version'],
        tags,
        summary: 'Kết thúc, chốt kết quả / close the round',
        params: roundParams,
        body: closeBody,
        response: { 200: stateOut, ...errorResponses },
      },
    },
    async (req) => closeRound(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/survey-rounds/:id/publish',
    {
      config: { access: onSurvey('surveys.write', 'resource') },
      schema: {
        errorCodes: ['survey.not_found', 'survey.invalid', 'survey.closed', 'survey.stale_version'],
        tags,
        summary: 'Niêm yết kết quả / record the posting of the results',
        params: roundParams,
        body: publishBody,
        response: { 200: stateOut, ...errorResponses },
      },
    },
    async (req) => publishRound(ctx(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/survey-rounds/:id/report.docx',
    {
      config: { access: onSurvey('surveys.read', 'resource') },
      schema: {
        errorCodes: ['survey.not_found'],
        tags,
        summary: 'Báo cáo kết quả lấy ý kiến (.docx, thể thức NĐ 30/2020) / the survey report as .docx',
        description: `Trả về ${DOCX}.`,
        download: { types: [DOCX], description: 'Báo cáo .docx / the report as .docx' },
        params: roundParams,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const file = await surveyReportDocx(ctx(req), req.params.id);
      return (reply as FastifyReply)
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.get(
    '/api/v1/public/ballots/:token',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: ['survey.ballot_not_found'],
        tags,
        summary: 'Phiếu lấy ý kiến của thôn (công khai) / the hamlet ballot (public)',
        params: tokenParams,
        response: { 200: publicBallotOut, ...errorResponses },
      },
    },
    async (req) => publicBallot(ctx(req), req.params.token),
  );

  app.post(
    '/api/v1/public/ballots/:token',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: [
          'survey.ballot_not_found',
          'survey.code_invalid',
          'survey.code_used',
          'survey.closed',
          'survey.invalid',
          'request.rate_limited',
        ],
        tags,
        summary: 'Người dân gửi phiếu bằng mã một lần / a resident sends a ballot with a one-time code',
        params: tokenParams,
        body: publicBallotBody,
        response: { 200: z.object({ accepted: z.literal(true) }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const slots = [
        [codeLimiters.address, req.ip],
        [codeLimiters.hamlet, req.params.token],
      ] as const;
      const r = await attempt(slots, isWrongCode, () => submitPublicBallot(ctx(req), req.params.token, req.body.code, req.body.answers));
      if (!r.done) return tooManyAttempts(reply, r.waitMs);
      return r.value;
    },
  );
}
