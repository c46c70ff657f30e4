/**
 * Reads a round's hamlets, paper tallies and ballots and computes its figures (domain/survey). Shared by
 * the round page, the condition for recognition and the survey report.
 */
import { surveyRules } from '../../catalog/surveys/index.js';
import type { Executor } from '../../db/database.js';
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import type { SurveyRoundRow } from '../../db/schema-survey.js';
import { type Answer, type HamletCounts, type SurveyResult, surveyResult } from '../../domain/survey/survey-rates.js';
import type { SurveyItem, SurveyRuleSet } from '../../domain/survey/survey-rules.schema.js';

export const roundItems = (round: SurveyRoundRow): SurveyItem[] => JSON.parse(round.items) as SurveyItem[];
export const roundForms = (round: SurveyRoundRow): string[] => JSON.parse(round.forms) as string[];
export const ruleOf = (round: SurveyRoundRow): SurveyRuleSet | undefined => surveyRules().ruleSets.find((r) => r.code === round.ruleCode);

export async function roundCounts(ex: Executor, round: SurveyRoundRow): Promise<HamletCounts[]> {
  const hamlets = await surveyRepository.hamlets(ex, round.id);
  const tallies = await surveyRepository.tallies(
    ex,
    hamlets.map((h) => h.id),
  );
  const ballots = await surveyRepository.ballots(ex, round.id);
  return hamlets.map((h) => ({
    id: h.id,
    name: h.name,
    households: Number(h.households),
    ballotsIssued: Number(h.ballotsIssued),
    paper: {
      returned: Number(h.paperReturned),
      items: Object.fromEntries(
        tallies
          .filter((t) => t.hamletId === h.id)
          .map((t) => [t.itemCode, { satisfied: Number(t.satisfied), notSatisfied: Number(t.notSatisfied) }]),
      ),
    },
    ballots: ballots
      .filter((b) => b.hamletId === h.id)
      .map((b) => ({
        channel: b.channel === 'qr' ? ('qr' as const) : ('phone' as const),
        answers: JSON.parse(b.answers) as Record<string, Answer>,
      })),
  }));
}

export async function roundResult(ex: Executor, round: SurveyRoundRow): Promise<SurveyResult> {
  return surveyResult(roundItems(round), await roundCounts(ex, round));
}
