/**
 * The national dataset in the shapes each consumer needs: value maps for the engine, rows for
 * insertValueSeries (as an annual import would send them), and fully built rows (ids, chain of
 * superseded_on) for the raw-driver baselines. Kept apart so the generator stays compact.
 */
import { uuidv7 } from 'uuidv7';
import type { NewIndicatorValue } from '../src/db/schema.js';
import type { IndicatorValue } from '../src/domain/evaluation/evaluation.types.js';
import { asOfOf, type NationalDataset, YEARS } from './national-dataset.js';

export type SeriesRow = Omit<NewIndicatorValue, 'id' | 'supersededOn' | 'version' | 'enteredBy' | 'enteredAt'>;

/** One value map per commune for year index `y`, keys assigned in the set's order (like the board). */
export function valueMaps(ds: NationalDataset, y: number): Record<string, IndicatorValue>[] {
  const vals = ds.values[y] as Float64Array;
  const n = ds.indicators.length;
  return ds.communes.map((_, ci) => {
    const m: Record<string, IndicatorValue> = {};
    ds.indicators.forEach((ind, i) => {
      const v = vals[ci * n + i] as number;
      m[ind.code] = Number.isNaN(v) ? 'not_applicable' : ind.kind === 'boolean' ? v === 1 : v;
    });
    return m;
  });
}

const encode = (v: number) => (Number.isNaN(v) ? { valueNum: null, notApplicable: 1 } : { valueNum: v, notApplicable: 0 });

/** Every value as a row, ordered year → commune → indicator (a yearly collection, unsorted by key). */
export function seriesRows(ds: NationalDataset): SeriesRow[] {
  const n = ds.indicators.length;
  const out: SeriesRow[] = [];
  YEARS.forEach((year, y) => {
    const asOf = asOfOf(year);
    const vals = ds.values[y] as Float64Array;
    ds.communes.forEach((c, ci) => {
      for (let i = 0; i < n; i++) {
        const { valueNum, notApplicable } = encode(vals[ci * n + i] as number);
        const indicatorCode = (ds.indicators[i] as { code: string }).code;
        out.push({ unitCode: c.code, setCode: ds.set.code, indicatorCode, asOf, valueNum, notApplicable, note: null, demo: 1 });
      }
    });
  });
  return out;
}

/**
 * The same rows complete with id, version, author and the superseded_on chain, grouped by key
 * (commune → indicator → year) as insertValueSeries orders them, so every path writes the same order.
 */
export function fullRows(ds: NationalDataset, enteredBy: string, enteredAt: string): NewIndicatorValue[] {
  const n = ds.indicators.length;
  const asOfs = YEARS.map(asOfOf);
  const out: NewIndicatorValue[] = [];
  ds.communes.forEach((c, ci) => {
    ds.indicators.forEach((ind, i) => {
      YEARS.forEach((_, y) => {
        const { valueNum, notApplicable } = encode((ds.values[y] as Float64Array)[ci * n + i] as number);
        out.push({
          id: uuidv7(),
          unitCode: c.code,
          setCode: ds.set.code,
          indicatorCode: ind.code,
          asOf: asOfs[y] as string,
          valueNum,
          notApplicable,
          note: null,
          demo: 1,
          enteredBy,
          enteredAt,
          version: 1,
          supersededOn: asOfs[y + 1] ?? null,
        });
      });
    });
  });
  return out;
}

/** Column order shared by the raw-driver baselines. */
export const COLUMNS = [
  'id',
  'unit_code',
  'set_code',
  'indicator_code',
  'as_of',
  'value_num',
  'not_applicable',
  'note',
  'demo',
  'entered_by',
  'entered_at',
  'version',
  'superseded_on',
] as const;

export const rowParams = (r: NewIndicatorValue): unknown[] => [
  r.id,
  r.unitCode,
  r.setCode,
  r.indicatorCode,
  r.asOf,
  r.valueNum ?? null,
  r.notApplicable ?? 0,
  r.note ?? null,
  r.demo ?? 0,
  r.enteredBy,
  r.enteredAt,
  r.version,
  r.supersededOn ?? null,
];
