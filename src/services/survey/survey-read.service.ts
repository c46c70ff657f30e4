/**
 * What the round page and the list of a commune's rounds show: the round, its rule set with every
 * threshold's provenance, the time limit (working days, from data) and whether it was exceeded, the
 * hamlets with their tallies and codes, the computed rates and the comparison with the thresholds.
 */
import { surveyRules } from '../../catalog/surveys/index.js';
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import type { SurveyRoundRow } from '../../db/schema-survey.js';
import { judgeSurvey } from '../../domain/survey/survey-judgement.js';
import { surveyResult } from '../../domain/survey/survey-rates.js';
import { purposeOf, type SurveyRuleSet } from '../../domain/survey/survey-rules.schema.js';
import { lastWorkingDay, workingDaysBetween } from '../../domain/survey/working-days.js';
import { vietnamDay } from '../../domain/text/vietnamese.js';
import type { ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { authorizeSurvey, loadRound } from './survey-access.js';
import { roundCounts, roundForms, roundItems, ruleOf } from './survey-results.js';

function timing(round: SurveyRoundRow, rule: SurveyRuleSet | undefined, today: string) {
  const limit = rule?.durationWorkingDays.value ?? null;
  const until = round.endsOn ?? today;
  const used = workingDaysBetween(round.startsOn, until);
  return {
    limitWorkingDays: limit,
    limitProvenance: rule?.durationWorkingDays.provenance ?? null,
    deadline: limit === null ? null : lastWorkingDay(round.startsOn, limit),
    /** Working days from the start to the results (or to today while open). */
    workingDaysUsed: used,
    countedUntil: until,
    exceeded: limit !== null && used > limit,
  };
}

function ruleOut(rule: SurveyRuleSet | undefined) {
  return rule ? ruleFields(rule) : null;
}

function ruleFields(rule: SurveyRuleSet) {
  return {
    code: rule.code,
    name: rule.name,
    document: rule.document,
    periodProvenance: rule.periodProvenance,
    participationMin: rule.participationMin,
    satisfactionMin: rule.satisfactionMin,
    itemSatisfactionMin: rule.itemSatisfactionMin,
    durationWorkingDays: rule.durationWorkingDays,
  };
}

export async function getRound(ctx: ServiceContext, roundId: string) {
  const round = await loadRound(ctx, roundId, 'surveys.read');
  const unit = await getUnit(ctx, round.unitCode);
  const rule = ruleOf(round);
  const counts = await roundCounts(ctx.database.db, round);
  const result = surveyResult(roundItems(round), counts);
  const codes = await surveyRepository.codeCounts(
    ctx.database.db,
    counts.map((h) => h.id),
  );
  const hamletRows = await surveyRepository.hamlets(ctx.database.db, round.id);
  const judgement = judgeSurvey(result, rule);
  return {
    id: round.id,
    unitCode: round.unitCode,
    unitName: unit.name,
    purpose: round.purpose,
    ballot: (rule && purposeOf(rule, round.purpose)?.ballot) ?? null,
    year: Number(round.year),
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    state: round.state as 'open' | 'closed' | 'published',
    forms: roundForms(round),
    items: roundItems(round),
    published: round.publishedOn
      ? { on: round.publishedOn, place: round.publishedPlace ?? '', channel: round.publishedChannel ?? '' }
      : null,
    note: round.note,
    demo: Number(round.demo) === 1,
    version: Number(round.version),
    rule: ruleOut(rule),
    timing: timing(round, rule, vietnamDay(ctx.now())),
    hamlets: counts.map((h) => {
      const row = hamletRows.find((r) => r.id === h.id);
      const c = codes.find((x) => x.hamletId === h.id);
      return {
        id: h.id,
        name: h.name,
        households: h.households,
        ballotsIssued: h.ballotsIssued,
        paperReturned: h.paper.returned,
        paperItems: roundItems(round).map((it) => ({ code: it.code, ...(h.paper.items[it.code] ?? { satisfied: 0, notSatisfied: 0 }) })),
        token: row?.token ?? '',
        version: Number(row?.version ?? 1),
        codes: { total: c?.total ?? 0, used: c?.used ?? 0 },
      };
    }),
    result,
    condition: judgement,
  };
}

export async function listRounds(ctx: ServiceContext, unitCode: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorizeSurvey(ctx, 'surveys.read', unit.code);
  const rounds = await surveyRepository.roundsOf(ctx.database.db, unit.code);
  const items = [];
  for (const round of rounds) {
    const rule = ruleOf(round);
    const result = surveyResult(roundItems(round), await roundCounts(ctx.database.db, round));
    items.push({
      id: round.id,
      purpose: round.purpose,
      ballot: (rule && purposeOf(rule, round.purpose)?.ballot) ?? null,
      year: Number(round.year),
      startsOn: round.startsOn,
      endsOn: round.endsOn,
      state: round.state as 'open' | 'closed' | 'published',
      demo: Number(round.demo) === 1,
      participationRate: result.participation.percent,
      satisfactionRate: result.satisfaction.percent,
      condition: judgeSurvey(result, rule).state,
    });
  }
  return { unitCode: unit.code, unitName: unit.name, items, canWrite: await canWrite(ctx, unit.code) };
}

async function canWrite(ctx: ServiceContext, unitCode: string) {
  try {
    await authorizeSurvey(ctx, 'surveys.write', unitCode);
    return true;
  } catch {
    return false;
  }
}

/** The rule sets and forms, for the page that opens a round (which purposes exist on a date). */
export const surveyRuleCatalog = () => {
  const r = surveyRules();
  return {
    ruleSets: r.ruleSets.map((s) => ({
      ...ruleFields(s),
      appliesFrom: s.appliesFrom,
      appliesTo: s.appliesTo,
      purposes: s.purposes.map((p) => ({
        tier: p.tier,
        ballot: p.ballot,
        formNumber: p.formNumber,
        itemsFromSet: p.itemsFromSet,
        provenance: p.provenance,
      })),
    })),
    forms: r.forms,
    formsProvenance: r.formsProvenance,
  };
};
