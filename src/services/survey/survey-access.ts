/** Loads a round and decides who may act on it (policies/survey-policy.ts). */
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import type { SurveyRoundRow } from '../../db/schema-survey.js';
import { AppError, notFound } from '../../domain/errors.js';
import { canOnSurvey, type SurveyAction } from '../../policies/survey-policy.js';
import { ancestorsOf, unauthenticated } from '../access.js';
import type { ServiceContext } from '../context.js';

const ACTION_VI: Record<SurveyAction, string> = {
  'surveys.read': 'xem kết quả lấy ý kiến sự hài lòng',
  'surveys.write': 'tổ chức, nhập kết quả lấy ý kiến sự hài lòng (chỉ Ủy ban MTTQ của chính xã)',
};

export const surveyForbidden = (action: SurveyAction, unitCode: string | null) =>
  new AppError(
    'auth.forbidden',
    'forbidden',
    unitCode
      ? { vi: `Bạn không có quyền ${ACTION_VI[action]} của đơn vị ${unitCode}`, en: `You may not ${action} for unit ${unitCode}` }
      : { vi: `Vai trò của bạn không có quyền ${ACTION_VI[action]}`, en: `Your role may not ${action}` },
    [],
    { action, unitCode },
  );

export const roundNotFound = () => notFound('survey.not_found', { vi: 'Không có đợt lấy ý kiến này', en: 'No such survey round' });

export async function authorizeSurvey(ctx: ServiceContext, action: SurveyAction, unitCode: string) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  if (!canOnSurvey(ctx.actor, action, unitCode, await ancestorsOf(ctx, unitCode))) throw surveyForbidden(action, unitCode);
}

export async function loadRound(ctx: ServiceContext, id: string, action: SurveyAction): Promise<SurveyRoundRow> {
  const round = await surveyRepository.round(ctx.database.db, id);
  if (!round) throw roundNotFound();
  await authorizeSurvey(ctx, action, round.unitCode);
  return round;
}

export const roundStale = (current: number) =>
  new AppError(
    'survey.stale_version',
    'conflict',
    {
      vi: `Đợt lấy ý kiến đã được người khác cập nhật (phiên bản ${current}); hãy tải lại.`,
      en: `The survey round was changed by someone else (version ${current}); reload.`,
    },
    [],
    { currentVersion: current },
  );

export const roundNotOpen = (state: string) =>
  new AppError(
    'survey.closed',
    'conflict',
    state === 'open'
      ? { vi: 'Đợt lấy ý kiến đang mở', en: 'The survey round is open' }
      : {
          vi: 'Đợt lấy ý kiến đã kết thúc: không nhận thêm phiếu hay sửa kết quả',
          en: 'The survey round is closed: no more ballots or changes',
        },
    [],
    { state },
  );
