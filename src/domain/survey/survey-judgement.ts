/**
 * A finished survey compared with the thresholds of its rule set: met, not met, or unknown when a
 * threshold is not known (or no household was counted) — with the reasons in words. A threshold that
 * is known but unverified is applied, and said to be unverified.
 */
import type { ErrorMessages } from '../errors.js';
import { formatNumberVi } from '../text/vietnamese.js';
import { type Rate, reaches, type SurveyResult } from './survey-rates.js';
import type { SurveyRuleSet } from './survey-rules.schema.js';

export type SurveyState = 'met' | 'not_met' | 'unknown';

export interface SurveyJudgement {
  state: SurveyState;
  reasons: ErrorMessages[];
}

const pct = (r: Rate) => (r.percent === null ? '—' : `${formatNumberVi(r.percent, 1)}%`);
const pctEn = (r: Rate) => (r.percent === null ? '—' : `${r.percent}%`);
const unverifiedVi = (verified: boolean) => (verified ? '' : ' (mức chưa đối chiếu văn bản chính thức)');
const unverifiedEn = (verified: boolean) => (verified ? '' : ' (threshold not checked against the official text)');

interface Check {
  vi: string;
  en: string;
  rate: Rate;
  min: SurveyRuleSet['participationMin'];
}

function judgeOne(c: Check): { state: SurveyState; reason: ErrorMessages | null } {
  const min = c.min.value;
  if (min === null)
    return {
      state: 'unknown',
      reason: {
        vi: `Chưa biết mức ${c.vi} tối thiểu theo quy định (đạt ${pct(c.rate)}): ${c.min.provenance.source}`,
        en: `The minimum ${c.en} is not known (reached ${pctEn(c.rate)}): ${c.min.provenance.source}`,
      },
    };
  if (c.rate.den === 0)
    return { state: 'unknown', reason: { vi: `Chưa có số liệu để tính ${c.vi}`, en: `Nothing counted yet to compute the ${c.en}` } };
  if (reaches(c.rate, min)) return { state: 'met', reason: null };
  const v = c.min.provenance.verified;
  return {
    state: 'not_met',
    reason: {
      vi: `${c.vi[0]?.toUpperCase()}${c.vi.slice(1)} ${pct(c.rate)}, thấp hơn mức ${formatNumberVi(min, 1)}%${unverifiedVi(v)}`,
      en: `The ${c.en} is ${pctEn(c.rate)}, below ${min}%${unverifiedEn(v)}`,
    },
  };
}

export function judgeSurvey(result: SurveyResult, rule: SurveyRuleSet | undefined): SurveyJudgement {
  if (!rule)
    return {
      state: 'unknown',
      reasons: [
        { vi: 'Không có quy định lấy ý kiến áp dụng cho ngày của đợt này', en: 'No survey rule applies on the date of this round' },
      ],
    };
  const checks: Check[] = [
    { vi: 'tỷ lệ hộ tham gia', en: 'participation rate', rate: result.participation, min: rule.participationMin },
    { vi: 'tỷ lệ hài lòng chung', en: 'overall satisfaction rate', rate: result.satisfaction, min: rule.satisfactionMin },
  ];
  const outcomes = checks.map(judgeOne);
  if (rule.itemSatisfactionMin.value !== null) {
    for (const it of result.items) {
      const o = judgeOne({
        vi: `tỷ lệ hài lòng nội dung "${it.text}"`,
        en: `satisfaction rate of item "${it.text}"`,
        rate: it.rate,
        min: rule.itemSatisfactionMin,
      });
      if (o.state !== 'met') outcomes.push(o);
    }
  }
  const reasons = outcomes.flatMap((o) => (o.reason ? [o.reason] : []));
  const state: SurveyState = outcomes.some((o) => o.state === 'not_met')
    ? 'not_met'
    : outcomes.some((o) => o.state === 'unknown')
      ? 'unknown'
      : 'met';
  return { state, reasons };
}
