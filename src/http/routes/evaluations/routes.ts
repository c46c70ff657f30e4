/** A commune's evaluation, the board of a district/province/country, and the stateless engine. */
import { z } from 'zod';
import { board, boardDemoValues } from '../../../services/board.service.js';
import { criterionBoard } from '../../../services/criterion-board.service.js';
import { evaluateStateless, evaluateUnit } from '../../../services/evaluation.service.js';
import { PUBLIC, scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { sendCachedJson } from '../../cached-body.js';
import { presentBoard } from '../../presenters/board.presenter.js';
import { presentEvaluation } from '../../presenters/evaluation.presenter.js';
import { errorResponses, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import {
  boardOut,
  boardQuery,
  criterionBoardOut,
  criterionBoardQuery,
  evaluationQuery,
  statelessBody,
  statelessOut,
  unitEvaluationOut,
} from './schema.js';

/** What evaluating a unit on a day can answer besides the request's own errors. */
const EVALUATION_ERRORS = [
  'unit.not_found',
  'unit.not_valid_at',
  'unit.classification_missing',
  'criteria_set.not_found',
  'evaluation.no_criteria_set',
  'evaluation.invalid_profile',
] as const;

export function evaluationRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/evaluation',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: EVALUATION_ERRORS,
        tags: ['evaluations'],
        summary: 'Đánh giá một xã theo từng chỉ tiêu, có ngưỡng áp dụng và lý do / one commune, per indicator with reasons',
        params: unitParams,
        querystring: evaluationQuery,
        response: { 200: unitEvaluationOut, ...errorResponses },
      },
    },
    async (req) => {
      const r = await evaluateUnit(ctx(req), { unitCode: req.params.code, asOf: req.query.asOf ?? today(), setCode: req.query.set });
      const returned = new Set(r.recorded.filter((v) => v.verification === 'returned').map((v) => v.indicatorCode));
      const dates = new Map(r.recorded.filter((v) => v.verification !== 'returned').map((v) => [v.indicatorCode, v.asOf]));
      return {
        unit: r.unit,
        evaluation: presentEvaluation(r.set, r.evaluation, returned, dates),
        recorded: r.recorded,
        demoValues: r.demoValues,
      };
    },
  );

  app.get(
    '/api/v1/board',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
        errorCodes: EVALUATION_ERRORS,
        tags: ['evaluations'],
        summary: 'Bảng xã × tiêu chí của huyện, tỉnh hoặc cả nước / communes × criteria board',
        querystring: boardQuery,
        response: { 200: boardOut, ...errorResponses },
      },
      // Our own service's output, up to megabytes for the country: serialised directly, not re-validated.
      serializerCompiler: () => (data) => JSON.stringify(data),
      // Compressed once per board below, not per request by the compression plugin.
      compress: false,
    },
    async (req, reply) => {
      const input = { unitCode: req.query.unit, asOf: req.query.asOf ?? today(), setCode: req.query.set };
      const b = await board(ctx(req), input);
      const demoValues = await boardDemoValues(ctx(req), b, input);
      // The board object is shared until the next write; so are its JSON and compressed bytes.
      await sendCachedJson(req, reply, b, () => presentBoard({ ...b, demoValues }));
      return reply;
    },
  );

  app.get(
    '/api/v1/board/criteria/:number',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
        errorCodes: ['criterion.not_found', ...EVALUATION_ERRORS],
        tags: ['evaluations'],
        summary: 'Một tiêu chí ở mọi xã của đơn vị, từng chỉ tiêu / one criterion across communes, per indicator',
        params: z.object({ number: z.coerce.number().int().positive().max(100) }),
        querystring: criterionBoardQuery,
        response: { 200: criterionBoardOut, ...errorResponses },
      },
    },
    async (req) =>
      criterionBoard(ctx(req), {
        unitCode: req.query.unit,
        asOf: req.query.asOf ?? today(),
        criterionNumber: req.params.number,
        setCode: req.query.set,
      }),
  );

  app.post(
    '/api/v1/evaluate',
    {
      config: { access: PUBLIC },
      schema: {
        errorCodes: [
          'criteria_set.not_found',
          'evaluation.invalid_profile',
          'value.invalid',
          'evaluation.no_criteria_set',
          'unit.not_found',
          'unit.not_valid_at',
        ],
        tags: ['evaluations'],
        summary:
          'Đánh giá không lưu trữ: gửi bộ tiêu chí (hoặc đơn vị, hoặc chỉ ngày), hồ sơ xã, ngày và giá trị / stateless evaluation; without a set, the set in force on the date',
        body: statelessBody,
        response: { 200: statelessOut, ...errorResponses },
      },
    },
    async (req) => {
      const r = await evaluateStateless(ctx(req), {
        setCode: req.body.set,
        unitCode: req.body.unit,
        profile: req.body.profile,
        asOf: req.body.asOf,
        values: req.body.values,
      });
      const { setCode: _code, ...setChoice } = r.choice;
      return { ...presentEvaluation(r.set, r.evaluation), setChoice };
    },
  );
}
