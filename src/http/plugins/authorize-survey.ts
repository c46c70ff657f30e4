/** The declared survey access, decided before the body is read (policies/survey-policy.ts). */
import { AppError } from '../../domain/errors.js';
import { SURVEY_POLICY, type SurveyAction } from '../../policies/survey-policy.js';
import type { ServiceContext } from '../../services/context.js';
import { authorizeSurvey, surveyForbidden } from '../../services/survey/survey-access.js';
import { getUnit } from '../../services/unit.service.js';

export async function checkSurveyAccess(
  ctx: ServiceContext,
  access: { action: SurveyAction; unit: 'params.code' | 'resource' },
  code: string | null,
) {
  if (access.unit === 'resource') {
    // The round's commune is the stored resource's: the service loads it; here only the role is decided.
    if (!(SURVEY_POLICY[access.action].roles as readonly string[]).includes(ctx.actor.role)) throw surveyForbidden(access.action, null);
    return;
  }
  if (code === null) return;
  try {
    await getUnit(ctx, code);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return;
    throw e;
  }
  await authorizeSurvey(ctx, access.action, code);
}
