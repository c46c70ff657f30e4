/** A commune's evaluation, the board of a district/province/country, and the stateless engine. */
import { z } from 'zod';
import { criterionBoard } from '../../../services/criterion-board.service.js';
import { board, evaluateStateless, evaluateUnit } from '../../../services/evaluation.service.js';
import { PUBLIC, scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { presentEvaluation } from '../../presenters/evaluation.presenter.js';
import { errorResponses, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import {
  boardOut,
  boardQuery,
  criterionBoardOut,
  criterionBoardQuery,
  evaluationOut,
  evaluationQuery,
  statelessBody,
  unitEvaluationOut,
} from './schema.js';

const boardJson = new WeakMap<object, string>();

const presentBoard = (b: Awaited<ReturnType<typeof board>>): z.infer<typeof boardOut> => ({
  ...b,
  set: {
    code: b.set.code,
    name: b.set.name,
    demo: b.set.demo === true,
    criteria: b.set.criteria.map((c) => ({ number: c.number, name: c.name })),
  },
});

export function evaluationRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/evaluation',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        tags: ['evaluations'],
        summary: 'Đánh giá một xã theo từng chỉ tiêu, có ngưỡng áp dụng và lý do / one commune, per indicator with reasons',
        params: unitParams,
        querystring: evaluationQuery,
        response: { 200: unitEvaluationOut, ...errorResponses },
      },
    },
    async (req) => {
      const r = await evaluateUnit(ctx(req), { unitCode: req.params.code, asOf: req.query.asOf ?? today(), setCode: req.query.set });
      return { unit: r.unit, evaluation: presentEvaluation(r.set, r.evaluation), recorded: r.recorded };
    },
  );

  app.get(
    '/api/v1/board',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
        tags: ['evaluations'],
        summary: 'Bảng xã × tiêu chí của huyện, tỉnh hoặc cả nước / communes × criteria board',
        querystring: boardQuery,
        response: { 200: boardOut, ...errorResponses },
      },
      // Our own service's output, up to megabytes for the country: serialised directly, not re-validated.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req, reply) => {
      const b = await board(ctx(req), { unitCode: req.query.unit, asOf: req.query.asOf ?? today(), setCode: req.query.set });
      // The board object is shared until the next write; so is its JSON (2.9 MB for the country).
      let json = boardJson.get(b);
      if (!json) {
        json = JSON.stringify(presentBoard(b));
        boardJson.set(b, json);
      }
      // A string is sent as it is; the schema above still documents its shape.
      return reply.type('application/json; charset=utf-8').send(json as unknown as z.infer<typeof boardOut>);
    },
  );

  app.get(
    '/api/v1/board/criteria/:number',
    {
      config: { access: scoped('read', 'query.unit') },
      schema: {
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
        tags: ['evaluations'],
        summary: 'Đánh giá không lưu trữ: gửi bộ tiêu chí, hồ sơ xã, ngày và giá trị / stateless evaluation',
        body: statelessBody,
        response: { 200: evaluationOut, ...errorResponses },
      },
    },
    async (req) => {
      const r = await evaluateStateless(ctx(req), {
        setCode: req.body.set,
        profile: req.body.profile,
        asOf: req.body.asOf,
        values: req.body.values,
      });
      return presentEvaluation(r.set, r.evaluation);
    },
  );
}
