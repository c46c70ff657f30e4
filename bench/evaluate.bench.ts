/**
 * Evaluates the whole country in memory for the latest year through summarizeCommune (what the
 * national board uses) and evaluateCommune (per-indicator detail), against a bare loop that does
 * only the same comparisons on pre-resolved Float64Arrays. All three must agree on what is met.
 */
import { compileSet, evaluateCommune, type IndexedValues, summarizeIndexed } from '../src/domain/evaluation/engine.js';
import type { CommuneProfile, ValueMap } from '../src/domain/evaluation/evaluation.types.js';
import { valueMaps } from './dataset-views.js';
import { asOfOf, type NationalDataset, thresholdResolver, YEARS } from './national-dataset.js';
import { fmtMs, fmtRate, medians, problem, record } from './report.js';

const KIND = { boolean: 0, min: 1, max: 2, zero: 3, income: 4 } as const;

export interface BarePrepared {
  communes: number;
  nInd: number;
  nCrit: number;
  kinds: Uint8Array;
  criterionOf: Uint8Array;
  thresholds: Float64Array;
  values: Float64Array;
  /** Criteria met per commune, written by each run. */
  met: Uint8Array;
}

/** Pre-resolves every commune's thresholds (the engine's resolver) next to its values. */
export function prepareBare(ds: NationalDataset, y: number): BarePrepared {
  const nInd = ds.indicators.length;
  const resolve = thresholdResolver(ds.set, ds.indicators);
  const thresholds = new Float64Array(ds.communes.length * nInd);
  ds.communes.forEach((c, ci) => {
    thresholds.set(resolve(c.profile, YEARS[y] as number), ci * nInd);
  });
  return {
    communes: ds.communes.length,
    nInd,
    nCrit: ds.set.criteria.length,
    kinds: Uint8Array.from(ds.indicators.map((i) => KIND[i.kind])),
    criterionOf: ds.criterionOf,
    thresholds,
    values: ds.values[y] as Float64Array,
    met: new Uint8Array(ds.communes.length),
  };
}

/** The bare loop: compare, count failed criteria, count met; returns the national total met. */
export function runBare(p: BarePrepared): number {
  const { nInd, nCrit, kinds, criterionOf, thresholds, values, met } = p;
  const failed = new Uint8Array(nCrit);
  let total = 0;
  for (let c = 0; c < p.communes; c++) {
    failed.fill(0);
    const base = c * nInd;
    for (let i = 0; i < nInd; i++) {
      const v = values[base + i] as number;
      if (Number.isNaN(v)) continue; // NaN = not applicable ("nếu có"): counts as met
      const k = kinds[i];
      const t = thresholds[base + i] as number;
      const ok = k === KIND.boolean ? v === 1 : k === KIND.zero ? v === 0 : k === KIND.max ? v <= t : v >= t;
      if (!ok) failed[criterionOf[i] as number] = 1;
    }
    let m = nCrit;
    for (let k = 0; k < nCrit; k++) m -= failed[k] as number;
    met[c] = m;
    total += m;
  }
  return total;
}

const RUNS = 15;
const WARMUP = 3;

/** Returns the criteria met per commune in the latest year (for checking the boards). */
export async function benchEvaluate(ds: NationalDataset): Promise<Uint8Array> {
  const y = YEARS.length - 1;
  const asOf = asOfOf(YEARS[y] as number);
  const compiled = compileSet(ds.set);
  const maps = valueMaps(ds, y);
  const profiles = ds.communes.map((c) => c.profile);
  const bare = prepareBare(ds, y);
  const n = ds.communes.length;

  // What the national board does: values in the compiled indicator order (arranged once, like the bare loop's arrays).
  const arrays = maps.map((m) => compiled.indicators.map((ci) => m[ci.indicator.code]));
  const summarize = () => {
    let total = 0;
    for (let i = 0; i < n; i++)
      total += summarizeIndexed(compiled, profiles[i] as CommuneProfile, asOf, arrays[i] as IndexedValues).metCount;
    return total;
  };
  const evaluate = () => {
    let total = 0;
    for (let i = 0; i < n; i++) total += evaluateCommune(compiled, profiles[i] as CommuneProfile, asOf, maps[i] as ValueMap).metCount;
    return total;
  };
  const expected = runBare(bare);
  const got = { summarizeCommune: summarize(), evaluateCommune: evaluate() };
  for (const [name, total] of Object.entries(got))
    if (total !== expected) problem(`${name}: ${total} criteria met nationally, the bare loop counts ${expected}`);

  const t = await medians({ bare: () => runBare(bare), summarizeCommune: summarize, evaluateCommune: evaluate }, RUNS, WARMUP);
  const indicatorEvals = n * bare.nInd;
  for (const name of ['summarizeCommune', 'evaluateCommune'] as const) {
    const ms = t[name];
    const ratio = ms / t.bare;
    record({
      section: 'evaluate',
      name: `${name === 'summarizeCommune' ? 'summarizeIndexed (board path)' : name} × ${n} communes (${asOf})`,
      value: `${fmtMs(ms)} · ${fmtRate((n / ms) * 1000, 'communes')} · ${fmtRate((indicatorEvals / ms) * 1000, 'indicator-evals')}`,
      baseline: `bare loop ${fmtMs(t.bare)} (${fmtRate((indicatorEvals / t.bare) * 1000, 'indicator-evals')})`,
      ratio: `${ratio.toFixed(1)}×`,
      target: '≤ 200 ms, ≤ 10×',
      ok: ms <= 200 && ratio <= 10,
    });
  }
  return Uint8Array.from(bare.met);
}
