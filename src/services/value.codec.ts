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

/**
 * Are two values the same as the indicator reads them: numbers numerically (17.9 typed, 17,9 read from a
 * sheet and 17.900000000000002 written back by a spreadsheet program are one value), yes/no as yes/no,
 * "not applicable" only as itself, and no value only as no value.
 */
export function sameValue(a: IndicatorValue | null, b: IndicatorValue | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}
