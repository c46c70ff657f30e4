/**
 * The four conditions of a dossier, computed when shown and again when it is submitted: the criteria
 * from the engine's evaluation on the assessment date (met and verified), the satisfaction from the
 * survey (seam B), the debt from a `DebtReader` (computed from works and payments by default since
 * issue 13; the declared one is kept as a reader), and the police's declaration on security and order.
 */
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import type { DossierRow } from '../../db/schema-dossier.js';
import {
  CONDITION_NAMES,
  type Condition,
  type CriterionCheck,
  criteriaCondition,
  declaredDebtCondition,
  securityCondition,
} from '../../domain/dossier/conditions.js';
import { dmy } from '../../domain/dossier/dates.js';
import { debtSchema, securitySchema } from '../../domain/dossier/records.js';
import { AppError } from '../../domain/errors.js';
import { computedDebtCondition } from '../../domain/funding/debt-condition.js';
import type { ServiceContext } from '../context.js';
import { evaluateUnit } from '../evaluation.service.js';
import { communeDebt } from '../funding/debt.service.js';
import { type SurveyCondition, surveyConditionFor } from '../survey/survey-condition.js';

/** Reads the debt condition of a dossier: computed from the funding data (default) or as declared. */
export type DebtReader = (ex: Executor, dossier: DossierRow) => Promise<Condition>;

async function fileName(ex: Executor, id: string | null) {
  return id ? ((await dossierRepository.file(ex, id))?.fileName ?? null) : null;
}

export const declaredDebt: DebtReader = async (ex, dossier) => {
  const rec = (await dossierRepository.records(ex, dossier.id)).find((r) => r.kind === 'debt');
  if (!rec) return declaredDebtCondition(null);
  const d = debtSchema.parse(JSON.parse(rec.data));
  return declaredDebtCondition({ ...d, fileId: rec.fileId, fileName: await fileName(ex, rec.fileId) });
};

/** From the data: the commune's works' debt on the assessment date; a declaration's file stays as evidence. */
export const computedDebt: DebtReader = async (ex, dossier) => {
  const { works } = await communeDebt(ex, dossier.unitCode, dossier.assessmentDate);
  const rec = (await dossierRepository.records(ex, dossier.id)).find((r) => r.kind === 'debt');
  const evidence = rec?.fileId ? [{ label: (await fileName(ex, rec.fileId)) ?? 'Báo cáo nợ đọng', fileId: rec.fileId }] : [];
  return computedDebtCondition(works, dossier.assessmentDate, evidence);
};

export async function securityOf(ex: Executor, dossier: DossierRow): Promise<Condition> {
  const rec = (await dossierRepository.records(ex, dossier.id)).find((r) => r.kind === 'security');
  if (!rec) return securityCondition(null);
  const d = securitySchema.parse(JSON.parse(rec.data));
  return securityCondition({ ...d, fileId: rec.fileId, fileName: await fileName(ex, rec.fileId) });
}

/** (a) From the engine on the assessment date: status per criterion, and which values are not verified. */
export async function criteriaOf(ctx: ServiceContext, dossier: DossierRow): Promise<{ condition: Condition; checks: CriterionCheck[] }> {
  try {
    const e = await evaluateUnit(ctx, { unitCode: dossier.unitCode, asOf: dossier.assessmentDate, setCode: dossier.setCode });
    const verification = new Map(e.recorded.map((v) => [v.indicatorCode, v.verification]));
    const checks = e.set.criteria.map((c) => {
      const result = e.evaluation.criteria.find((r) => r.number === c.number);
      const unverified = e.evaluation.indicators
        .filter((i) => i.criterionNumber === c.number && i.status !== 'not_applicable' && verification.get(i.code) !== 'verified')
        .filter((i) => verification.has(i.code))
        .map((i) => i.code);
      return { number: c.number, name: c.name, status: result?.status ?? 'incomplete', unverified };
    });
    return { condition: criteriaCondition(checks, dmy(dossier.assessmentDate)), checks };
  } catch (e) {
    if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'unauthenticated') throw e;
    return {
      condition: { code: 'criteria', name: CONDITION_NAMES.criteria, state: 'unknown', reasons: [e.messages], evidence: [] },
      checks: [],
    };
  }
}

function surveyConditionView(s: SurveyCondition): Condition {
  const rate = (n: number | null) => (n === null ? 'chưa có' : `${String(n).replace('.', ',')}%`);
  return {
    code: 'satisfaction',
    name: CONDITION_NAMES.satisfaction,
    state: s.state,
    reasons: s.reasons,
    evidence: s.roundId
      ? [
          {
            label: `Tỷ lệ tham gia ${rate(s.participationRate)}, tỷ lệ hài lòng ${rate(s.satisfactionRate)}${s.thresholds.verified ? '' : ' (ngưỡng chưa đối chiếu văn bản)'}`,
            fileId: null,
          },
        ]
      : [],
  };
}

export interface DossierConditions {
  conditions: Condition[];
  checks: CriterionCheck[];
  survey: SurveyCondition;
}

/** All four, as of `onDate` for the survey (its round must be finished by then). */
export async function conditionsOf(
  ctx: ServiceContext,
  dossier: DossierRow,
  onDate: string,
  debt: DebtReader = computedDebt,
): Promise<DossierConditions> {
  const ex = ctx.database.db;
  const criteria = await criteriaOf(ctx, dossier);
  const survey = await surveyConditionFor(ex, dossier.unitCode, dossier.tier, onDate);
  return {
    conditions: [criteria.condition, surveyConditionView(survey), await debt(ex, dossier), await securityOf(ex, dossier)],
    checks: criteria.checks,
    survey,
  };
}
