/** The survey rules shipped with the product (survey-rules.json), validated when first read. */
import { type SurveyRules, surveyRulesSchema } from '../../domain/survey/survey-rules.schema.js';
import data from './survey-rules.json' with { type: 'json' };

let cached: SurveyRules | undefined;

export const surveyRules = (): SurveyRules => {
  cached ??= surveyRulesSchema.parse(data);
  return cached;
};
