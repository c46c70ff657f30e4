/**
 * Contract B: the satisfaction condition for recognising a commune in a tier on a date — the latest
 * finished (closed or published) round for that purpose whose results were compiled by `asOf`,
 * compared with the thresholds of its rule set. `unknown` when a threshold is not known; `missing`
 * when there is no finished round. Read-only, so the dossier can call it inside its transaction.
 */
import type { Executor } from '../../db/database.js';
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import type { ErrorMessages } from '../../domain/errors.js';
import { judgeSurvey } from '../../domain/survey/survey-judgement.js';
import type { SurveyRuleSet } from '../../domain/survey/survey-rules.schema.js';
import { roundResult, ruleOf } from './survey-results.js';

export interface SurveyCondition {
  state: 'met' | 'not_met' | 'unknown' | 'missing';
  roundId: string | null;
  /** The tier code the ballot was for. */
  purpose: string;
  /** 0..100, one decimal (cut, not rounded). */
  participationRate: number | null;
  /** Overall: satisfied answers / all answers, 0..100. */
  satisfactionRate: number | null;
  thresholds: {
    participationMin: number | null;
    satisfactionMin: number | null;
    verified: boolean;
    source: string;
    /** Floor per item when the rule sets one. */
    itemSatisfactionMin?: number | null;
  };
  reasons: ErrorMessages[];
  /** Whether the results were posted (the posting record exists). */
  published?: boolean;
  /** The day the results were compiled. */
  endsOn?: string | null;
  /** Illustrative (demo) round. */
  demo?: boolean;
}

function thresholdsOf(rule: SurveyRuleSet | undefined): SurveyCondition['thresholds'] {
  if (!rule) return { participationMin: null, satisfactionMin: null, itemSatisfactionMin: null, verified: false, source: '' };
  const parts = [rule.participationMin, rule.satisfactionMin];
  return {
    participationMin: rule.participationMin.value,
    satisfactionMin: rule.satisfactionMin.value,
    itemSatisfactionMin: rule.itemSatisfactionMin.value,
    verified: parts.every((p) => p.provenance.verified && p.value !== null),
    source: rule.name,
  };
}

export async function surveyConditionFor(db: Executor, unitCode: string, tier: string, asOf: string): Promise<SurveyCondition> {
  const [round] = await surveyRepository.finishedRounds(db, unitCode, tier, asOf);
  if (!round) {
    return {
      state: 'missing',
      roundId: null,
      purpose: tier,
      participationRate: null,
      satisfactionRate: null,
      thresholds: thresholdsOf(undefined),
      reasons: [
        {
          vi: `Chưa có đợt lấy ý kiến sự hài lòng nào đã kết thúc (đến ngày ${asOf.split('-').reverse().join('/')}) cho danh hiệu này`,
          en: `No finished satisfaction survey round (by ${asOf}) for this tier`,
        },
      ],
      published: false,
      endsOn: null,
      demo: false,
    };
  }
  const rule = ruleOf(round);
  const result = await roundResult(db, round);
  const judgement = judgeSurvey(result, rule);
  return {
    state: judgement.state,
    roundId: round.id,
    purpose: round.purpose,
    participationRate: result.participation.percent,
    satisfactionRate: result.satisfaction.percent,
    thresholds: thresholdsOf(rule),
    reasons: judgement.reasons,
    published: round.state === 'published',
    endsOn: round.endsOn,
    demo: Number(round.demo) === 1,
  };
}
