/** Indicator values ↔ database columns: yes/no as 1/0, "not applicable" as a flag, null as no value. */
import type { IndicatorKind } from '../domain/catalog/criteria-set.schema.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';

export function encodeValue(v: IndicatorValue | null): { valueNum: number | null; notApplicable: number } {
  if (v === 'not_applicable') return { valueNum: null, notApplicable: 1 };
  if (v === null) return { valueNum: null, notApplicable: 0 };
  return { valueNum: typeof v === 'boolean' ? (v ? 1 : 0) : v, notApplicable: 0 };
}

export function decodeValue(
  kind: IndicatorKind | undefined,
  row: { valueNum: number | null; notApplicable: number },
): IndicatorValue | null {
  if (row.notApplicable === 1) return 'not_applicable';
  if (row.valueNum === null) return null;
  return kind === 'boolean' ? row.valueNum === 1 : Number(row.valueNum);
}
