/** The survey rules as data: which guidance applies on a date, its thresholds' provenance, working days, the judgement. */
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { surveyRules } from '../../src/catalog/surveys/index.js';
import { judgeSurvey } from '../../src/domain/survey/survey-judgement.js';
import { surveyResult } from '../../src/domain/survey/survey-rates.js';
import { ruleSetOn } from '../../src/domain/survey/survey-rules.schema.js';
import { lastWorkingDay, workingDaysBetween } from '../../src/domain/survey/working-days.js';

const rules = surveyRules();

describe('survey rules', () => {
  it('applies HD 78 until HD 90 (20/9/2022), then the unknown 2026-2030 rule', () => {
    expect(ruleSetOn(rules, '2019-06-01')?.code).toBe('hd78-2017');
    expect(ruleSetOn(rules, '2022-09-19')?.code).toBe('hd78-2017');
    expect(ruleSetOn(rules, '2022-09-20')?.code).toBe('hd90-2022');
    expect(ruleSetOn(rules, '2026-03-01')?.code).toBe('mttq-2026-2030');
    expect(ruleSetOn(rules, '2010-01-01')).toBeUndefined();
  });

  it('keeps only the 70 % of HD 78 as confirmed; HD 90 values are unknown or unverified', () => {
    const [hd78, hd90] = rules.ruleSets;
    expect(hd78?.participationMin).toMatchObject({ value: 70, provenance: { verified: true } });
    expect(hd90?.participationMin).toMatchObject({ value: 70, provenance: { verified: false } });
    expect(hd90?.satisfactionMin).toMatchObject({ value: 90, provenance: { verified: false } });
    expect(hd90?.durationWorkingDays).toMatchObject({ value: 20, provenance: { verified: false } });
  });

  it('maps every purpose to a tier of the set its items come from', () => {
    const sets = new Map(builtinSets().map((s) => [s.code, s]));
    for (const r of rules.ruleSets)
      for (const p of r.purposes)
        if (p.itemsFromSet) expect([p.itemsFromSet, sets.get(p.itemsFromSet)?.tier]).toEqual([p.itemsFromSet, p.tier]);
  });

  it('counts working days without Saturdays and Sundays', () => {
    expect(workingDaysBetween('2023-05-05', '2023-05-08')).toBe(2); // Friday → Monday
    expect(lastWorkingDay('2023-05-02', 20)).toBe('2023-05-29');
    expect(workingDaysBetween('2023-05-02', '2023-05-29')).toBe(20);
  });

  it('judges met only when every known threshold is reached, compared on the counts', () => {
    const items = [{ code: 'A', text: 'A' }];
    const result = (returned: number, satisfied: number) =>
      surveyResult(items, [
        {
          id: 'h',
          name: 'Thôn 1',
          households: 1000,
          ballotsIssued: 1000,
          paper: { returned, items: { A: { satisfied, notSatisfied: returned - satisfied } } },
          ballots: [],
        },
      ]);
    const hd78 = {
      ...(rules.ruleSets[0] as NonNullable<(typeof rules.ruleSets)[0]>),
      satisfactionMin: { value: 90, provenance: { source: 't', verified: false } },
    };
    expect(judgeSurvey(result(700, 630), hd78).state).toBe('met');
    // 699/1000 = 69.9 % < 70 %
    expect(judgeSurvey(result(699, 699), hd78).state).toBe('not_met');
    // 674/750 = 89,86 %: shown cut to 89,8, and below 90
    const r = result(750, 674);
    expect(r.satisfaction.percent).toBe(89.8);
    expect(judgeSurvey(r, hd78).state).toBe('not_met');
    // HD 90: the carried-over 70 % and the usual 90 % are applied, unverified; 2026-2030 knows neither.
    expect(judgeSurvey(result(900, 900), rules.ruleSets[1]).state).toBe('met');
    expect(judgeSurvey(result(900, 900), rules.ruleSets[2]).state).toBe('unknown');
  });
});
