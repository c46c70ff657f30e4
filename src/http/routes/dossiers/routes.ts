/** Dossiers of a commune: list and start; one dossier whole; completing or sending back its current step. */

import { getDossier, listDossiers, startDossier } from '../../../services/dossier/dossier.service.js';
import { completeStep, sendBack } from '../../../services/dossier/dossier-moves.service.js';
import { onDossier } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import { dossierFileRoutes } from './file-routes.js';
import { dossierRecordRoutes } from './record-routes.js';
import { dossierListOut, dossierOut, dossierParams, moveBody, onQuery, sendBackBody, startBody } from './schema.js';

const MOVE_ERRORS = [
  'dossier.step_actor',
  'dossier.stale_version',
  'dossier.date_in_future',
  'dossier.date_order',
  'dossier.completed',
] as const;

export function dossierRoutes(deps: RouteDeps) {
  const { app, ctx } = deps;
  const tags = ['dossiers'];
  app.get(
    '/api/v1/units/:code/dossiers',
    {
      config: { access: onDossier('dossiers.read', 'params.code') },
      schema: {
        tags,
        summary: 'Hồ sơ xét, công nhận của xã / a commune’s dossiers',
        params: unitParams,
        response: { 200: dossierListOut, ...errorResponses },
      },
    },
    async (req) => listDossiers(ctx(req), req.params.code),
  );

  app.post(
    '/api/v1/units/:code/dossiers',
    {
      config: { access: onDossier('dossiers.start', 'params.code') },
      schema: {
        errorCodes: [
          'unit.not_found',
          'unit.not_valid_at',
          'dossier.not_a_commune',
          'dossier.no_set',
          'dossier.set_tier_mismatch',
          'dossier.no_procedure',
          'dossier.exists',
          'dossier.step_actor',
          'dossier.date_in_future',
          'dossier.date_order',
          'dossier.no_recognition',
          'dossier.not_at_risk',
          'criteria_set.not_found',
        ],
        tags,
        summary: 'Lập hồ sơ đề nghị xét, công nhận (hoặc thu hồi) / start a dossier',
        params: unitParams,
        body: startBody,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => startDossier(ctx(req), { unitCode: req.params.code, ...req.body }),
  );

  app.get(
    '/api/v1/dossiers/:id',
    {
      config: { access: onDossier('dossiers.read') },
      schema: {
        tags,
        summary: 'Một hồ sơ: các bước, danh mục tài liệu, điều kiện / one dossier: steps, checklist, conditions',
        params: dossierParams,
        querystring: onQuery,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => getDossier(ctx(req), req.params.id, req.query.on),
  );

  app.post(
    '/api/v1/dossiers/:id/complete',
    {
      config: { access: onDossier('dossiers.act') },
      schema: {
        errorCodes: [...MOVE_ERRORS, 'dossier.not_submittable', 'dossier.step_blocked', 'dossier.no_decision', 'dossier.no_recognition'],
        tags,
        summary: 'Hoàn thành bước hiện tại (gửi hồ sơ ở bước trình) / complete the current step (submit at the request step)',
        params: dossierParams,
        body: moveBody,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => completeStep(ctx(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/dossiers/:id/send-back',
    {
      config: { access: onDossier('dossiers.act') },
      schema: {
        errorCodes: [...MOVE_ERRORS, 'dossier.send_back_not_allowed'],
        tags,
        summary: 'Trả hồ sơ về bước trước, kèm lý do / send the dossier back with reasons',
        params: dossierParams,
        body: sendBackBody,
        response: { 200: dossierOut, ...errorResponses },
      },
    },
    async (req) => sendBack(ctx(req), req.params.id, req.body),
  );

  dossierRecordRoutes(deps);
  dossierFileRoutes(deps);
}
