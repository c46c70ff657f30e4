/**
 * The declared survey access, decided before the body is read (policies/survey-policy.ts): on the
 * commune of the path's `:code`, or on the commune of the stored round named by `:id`. A unit or round
 * that does not exist is left to the service, which answers 404.
 */
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import { AppError } from '../../domain/errors.js';
import type { SurveyAction } from '../../policies/survey-policy.js';
import type { ServiceContext } from '../../services/context.js';
import { authorizeSurvey } from '../../services/survey/survey-access.js';
import { getUnit } from '../../services/unit.service.js';

export async function checkSurveyAccess(
  ctx: ServiceContext,
  access: { action: SurveyAction; unit: 'params.code' | 'resource' },
  params: { code: string | null; id: string | null },
) {
  if (access.unit === 'resource') {
    const round = params.id ? await surveyRepository.round(ctx.database.db, params.id) : undefined;
    if (round) await authorizeSurvey(ctx, access.action, round.unitCode);
    return;
  }
  if (params.code === null) return;
  try {
    await getUnit(ctx, params.code);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return;
    throw e;
  }
  await authorizeSurvey(ctx, access.action, params.code);
}
