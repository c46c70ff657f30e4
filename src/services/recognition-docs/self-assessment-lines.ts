/**
 * The self-assessment's rows in words: each indicator's value, the threshold that applies and the result
 * as the commune's report prints them (Vietnamese numbers, units, dd/mm/yyyy evidence dates). The result
 * counts only verified values: a value the department has not verified is printed with what the commune
 * claims and "chưa xác minh", never as met.
 */

import type { CriterionLine } from '../../documents/recognition/inputs.js';
import type { CriteriaSet, Indicator } from '../../domain/catalog/criteria-set.schema.js';
import type { CommuneEvaluation, IndicatorResult, IndicatorValue } from '../../domain/evaluation/evaluation.types.js';
import { isOldValue } from '../../domain/freshness/value-age.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/vietnamese.js';
import type { Verification } from '../value.service.js';

/** One value in force on the report's date, as stored. */
export interface ValueInForce {
  value: IndicatorValue | null;
  asOf: string;
  verification: Verification;
}

/** One evidence file of the commune in the set. */
export interface EvidenceFile {
  indicatorCode: string;
  asOf: string;
  fileName: string;
}

const INDICATOR_VI: Record<IndicatorResult['status'], string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  not_applicable: 'Không áp dụng',
  missing: 'Chưa có số liệu',
  threshold_unknown: 'Chưa có ngưỡng',
};
export const UNVERIFIED_VI = 'Chưa xác minh';
export const RETURNED_VI = 'Bị trả lại';
const CRITERION_VI = { met: 'Đạt', not_met: 'Chưa đạt', incomplete: 'Chưa đủ căn cứ' } as const;

const withUnit = (n: number, ind: Indicator) => {
  const unit = ind.unit ?? (ind.percent ? '%' : '');
  return unit === '%' ? `${formatNumberVi(n)}%` : unit ? `${formatNumberVi(n)} ${unit}` : formatNumberVi(n);
};

/** "≥ 95%", "≤ 5 %", "Không (0)", "Đạt"; null when the set has no threshold for this commune. */
export function thresholdVi(ind: Indicator, r: IndicatorResult): string | null {
  const mark = r.verified ? '' : ' (chưa đối chiếu văn bản)';
  switch (ind.kind) {
    case 'boolean':
      return `Đạt${mark}`;
    case 'zero':
      return `0${ind.unit ? ` ${ind.unit}` : ''}${mark}`;
    case 'max':
      return r.threshold === null ? null : `≤ ${withUnit(r.threshold, ind)}${mark}`;
    default:
      return r.threshold === null ? null : `≥ ${withUnit(r.threshold, ind)}${mark}`;
  }
}

export function valueVi(ind: Indicator, v: IndicatorValue | null): string | null {
  if (v === null) return null;
  if (v === 'not_applicable') return 'Không áp dụng';
  if (typeof v === 'boolean') return v ? 'Đạt' : 'Chưa đạt';
  return withUnit(v, ind);
}

/** The evidence files of an indicator from its value's date up to the report's date, newest first. */
function evidenceOf(files: readonly EvidenceFile[], code: string, since: string | null, asOf: string) {
  return files
    .filter((f) => f.indicatorCode === code && f.asOf <= asOf && (since === null || f.asOf >= since))
    .sort((a, b) => b.asOf.localeCompare(a.asOf))
    .map((f) => `${f.fileName} (${formatDateVi(f.asOf)})`);
}

function indicatorLine(
  ind: Indicator,
  r: IndicatorResult,
  stored: ValueInForce | undefined,
  files: readonly EvidenceFile[],
  asOf: string,
): CriterionLine['indicators'][number] {
  const shown = stored ? valueVi(ind, stored.value) : null;
  const verified = stored?.verification === 'verified';
  const resultLabel = !stored
    ? INDICATOR_VI.missing
    : stored.verification === 'returned'
      ? RETURNED_VI
      : !verified
        ? UNVERIFIED_VI
        : INDICATOR_VI[r.status];
  // A value of an earlier year says its date: it is what is in force, not this year's measurement.
  const dated = shown !== null && stored && isOldValue(stored.asOf, asOf) ? `${shown} (số liệu ngày ${formatDateVi(stored.asOf)})` : shown;
  const value = dated === null ? null : verified ? dated : `${dated} (xã tự đánh giá, chưa xác minh)`;
  return {
    code: ind.code,
    name: ind.name,
    value,
    threshold: thresholdVi(ind, r),
    resultLabel,
    evidence: evidenceOf(files, ind.code, stored?.asOf ?? null, asOf),
  };
}

/**
 * The criteria lines from an evaluation made on verified values only (`verifiedOnly`), with the values in
 * force (any review state) and the evidence files.
 */
export function criterionLines(
  set: CriteriaSet,
  verifiedOnly: CommuneEvaluation,
  values: ReadonlyMap<string, ValueInForce>,
  files: readonly EvidenceFile[],
): CriterionLine[] {
  const results = new Map(verifiedOnly.indicators.map((r) => [r.code, r]));
  return set.criteria.map((c, ci) => {
    const status = verifiedOnly.criteria[ci]?.status ?? 'incomplete';
    const pending = status === 'incomplete' && c.indicators.some((i) => values.get(i.code)?.verification === 'self_assessed');
    return {
      code: String(c.number),
      name: c.name,
      result: status,
      resultLabel: pending ? 'Chờ xác minh' : CRITERION_VI[status],
      indicators: c.indicators.flatMap((ind) => {
        const r = results.get(ind.code);
        return r ? [indicatorLine(ind, r, values.get(ind.code), files, verifiedOnly.asOf)] : [];
      }),
    };
  });
}
