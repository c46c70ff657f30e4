/**
 * Checks that a value fits its indicator's kind before it is evaluated or stored: yes/no for a
 * boolean indicator, a finite number for the others (0..100 for a percentage, a whole count ≥ 0
 * for "must be zero"), "not_applicable" only for a "nếu có" indicator. Errors name the indicator.
 */
import type { CriteriaSet, Indicator, IndicatorKind } from '../catalog/criteria-set.schema.js';
import { type ErrorIssue, invalid } from '../errors.js';
import type { IndicatorValue } from './evaluation.types.js';

const EXPECTED: Record<IndicatorKind, { vi: string; en: string }> = {
  boolean: { vi: 'Đạt hoặc Không đạt', en: 'yes/no (true/false)' },
  min: { vi: 'một số', en: 'a number' },
  max: { vi: 'một số', en: 'a number' },
  zero: { vi: 'một số lượng nguyên ≥ 0', en: 'a whole count ≥ 0' },
  income: { vi: 'một số (triệu đồng/người/năm)', en: 'a number (million VND per person per year)' },
};

export function expectedKind(ind: Indicator) {
  const e = EXPECTED[ind.kind];
  const pct = ind.percent ? { vi: ' từ 0 đến 100', en: ' from 0 to 100' } : { vi: '', en: '' };
  return { vi: e.vi + pct.vi, en: e.en + pct.en };
}

/** Returns an error message pair, or null when the value fits the indicator. */
export function checkValue(ind: Indicator, value: unknown): { vi: string; en: string } | null {
  const exp = expectedKind(ind);
  const wrong = { vi: `Chỉ tiêu ${ind.code}: cần ${exp.vi}`, en: `Indicator ${ind.code}: expected ${exp.en}` };
  if (value === 'not_applicable') {
    return ind.appliesIfPresent
      ? null
      : {
          vi: `Chỉ tiêu ${ind.code} không phải chỉ tiêu "nếu có", không thể đánh dấu "không áp dụng"`,
          en: `Indicator ${ind.code} is not an "if present" indicator and cannot be "not applicable"`,
        };
  }
  if (ind.kind === 'boolean') return typeof value === 'boolean' ? null : wrong;
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrong;
  if (ind.kind === 'zero' && (!Number.isInteger(value) || value < 0)) return wrong;
  if (ind.percent && (value < 0 || value > 100)) return wrong;
  if (value < 0) return wrong;
  return null;
}

export function indicatorIndex(set: CriteriaSet): Map<string, Indicator> {
  return new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i] as const)));
}

/** Validates a map of values against a set; throws `value.invalid` listing every problem. */
export function validateValues(
  set: CriteriaSet,
  values: Record<string, unknown>,
  pathPrefix = 'values',
): Record<string, IndicatorValue | null> {
  const index = indicatorIndex(set);
  const issues: ErrorIssue[] = [];
  const out: Record<string, IndicatorValue | null> = {};
  for (const [code, value] of Object.entries(values)) {
    const ind = index.get(code);
    if (!ind) {
      issues.push({
        path: `${pathPrefix}.${code}`,
        message: `Bộ ${set.code} không có chỉ tiêu ${code} / set ${set.code} has no indicator ${code}`,
      });
      continue;
    }
    if (value === null) {
      out[code] = null;
      continue;
    }
    const err = checkValue(ind, value);
    if (err) issues.push({ path: `${pathPrefix}.${code}`, message: `${err.vi} / ${err.en}` });
    else out[code] = value as IndicatorValue;
  }
  if (issues.length > 0) {
    throw invalid('value.invalid', { vi: 'Giá trị chỉ tiêu không hợp lệ', en: 'Invalid indicator values' }, issues);
  }
  return out;
}
