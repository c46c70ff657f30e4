/**
 * Indicator values ↔ database columns: yes/no as 1/0, "not applicable" as a flag, null as no value.
 * Also the one place where stored rows become engine input: a value the department returned counts
 * as not entered (so never met) until the commune enters it again and it is verified or pending anew.
 */
import type { IndicatorKind } from '../domain/catalog/criteria-set.schema.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { countsAsEntered, type Verification } from '../domain/evaluation/review-state.js';

export function encodeValue(v: IndicatorValue | null): { valueNum: number | null; notApplicable: number } {
  if (v === 'not_applicable') return { valueNum: null, notApplicable: 1 };
  if (v === null) return { valueNum: null, notApplicable: 0 };
  return { valueNum: typeof v === 'boolean' ? (v ? 1 : 0) : v, notApplicable: 0 };
}

/** The value as entered, whatever its review state (what the commune typed, shown and exported). */
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

/** Review state in compact rows: s = self-assessed, v = verified, r = returned (see packedAsOf). */
export type ReviewState = 's' | 'v' | 'r';

export const reviewStateOf = (verification: string): ReviewState =>
  verification === 'verified' ? 'v' : verification === 'returned' ? 'r' : 's';

const STATE_NAME: Record<ReviewState, Verification> = { s: 'self_assessed', v: 'verified', r: 'returned' };

/** Whether a stored value is engine input (the rule is the domain's `countsAsEntered`). */
export const countsForEngine = (state: ReviewState) => countsAsEntered(STATE_NAME[state]);

/** A stored row as the engine sees it (null = not entered). */
export function engineValue(
  kind: IndicatorKind | undefined,
  row: { valueNum: number | null; notApplicable: number; verification: string },
): IndicatorValue | null {
  return countsAsEntered(row.verification) ? decodeValue(kind, row) : null;
}

/** One unit's compact row ("code:value:na:state:asOf;…") in a compiled set's indicator order. */
export interface UnpackedValues {
  /** What the engine evaluates: returned values are null. */
  values: (IndicatorValue | null)[];
  /** What was entered, returned or not. */
  entered: (IndicatorValue | null)[];
  /** The review state of each stored value, null where none is stored. */
  states: (ReviewState | null)[];
  /** The date each stored value stands for (ISO), null where none is stored or the row carries none. */
  dates: (string | null)[];
}

export function unpackValues(
  packed: string,
  indexOf: ReadonlyMap<string, number>,
  kindAt: readonly (IndicatorKind | undefined)[],
): UnpackedValues {
  const n = kindAt.length;
  const values: (IndicatorValue | null)[] = new Array(n).fill(null);
  const entered: (IndicatorValue | null)[] = new Array(n).fill(null);
  const states: (ReviewState | null)[] = new Array(n).fill(null);
  const dates: (string | null)[] = new Array(n).fill(null);
  for (const item of packed.split(';')) {
    const [code = '', num = '', na = '0', state = 's', date = ''] = item.split(':');
    const i = indexOf.get(code);
    if (i === undefined) continue;
    const v = na === '1' ? 'not_applicable' : num === '' ? null : kindAt[i] === 'boolean' ? Number(num) === 1 : Number(num);
    const s = state as ReviewState;
    entered[i] = v;
    states[i] = s;
    dates[i] = date === '' ? null : date;
    values[i] = countsForEngine(s) ? v : null;
  }
  return { values, entered, states, dates };
}
