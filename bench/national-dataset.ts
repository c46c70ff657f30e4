/**
 * The synthetic national dataset every benchmark uses: 34 provinces over the 7 regions, 8,000
 * communes (a few % ĐBKK), every indicator of the demo set for 31/12 of 2021–2024. Deterministic
 * (seeded PRNG); each commune meets ~60–100 % of the criteria. Illustrative data, not real figures.
 */
import { builtinSets, demoSet } from '../src/catalog/index.js';
import type { CriteriaSet, Indicator } from '../src/domain/catalog/criteria-set.schema.js';
import { classificationKey, effectiveClassification } from '../src/domain/evaluation/classification.js';
import type { CommuneProfile } from '../src/domain/evaluation/evaluation.types.js';
import { resolveThreshold } from '../src/domain/evaluation/threshold.resolver.js';
import { type UnitTree, unitTreeSchema } from '../src/domain/units/unit.schema.js';
import { placeName } from './names.js';

export const YEARS = [2021, 2022, 2023, 2024] as const;
export const asOfOf = (year: number) => `${year}-12-31`;

/** Provinces per region (sums to 34); communes inherit their province's region (a classification of the set). */
const PROVINCES_PER_REGION: [string, number, number][] = [
  // region, provinces, share of its communes that are ĐBKK
  ['TDMNPB', 9, 0.08],
  ['DBSH', 6, 0.01],
  ['BTB', 4, 0.05],
  ['DHNTB', 4, 0.04],
  ['TN', 3, 0.06],
  ['DNB', 3, 0.01],
  ['DBSCL', 5, 0.02],
];

/** Small, fast, seedable (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchCommune {
  code: string;
  name: string;
  provinceCode: string;
  profile: CommuneProfile;
}

export interface NationalDataset {
  set: CriteriaSet;
  /** The set's indicators in order; `criterionOf[i]` is the index of indicator i's criterion. */
  indicators: Indicator[];
  criterionOf: Uint8Array;
  provinces: { code: string; name: string; region: string }[];
  communes: BenchCommune[];
  /** Per year (as YEARS): communes × indicators, row-major; yes/no as 1/0; NaN = not applicable. */
  values: Float64Array[];
  tree: UnitTree;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A value of the indicator's type that meets (or fails) threshold `t`; `r` in [0,1) spreads it. */
function valueFor(ind: Indicator, t: number, meet: boolean, r: number): number {
  switch (ind.kind) {
    case 'boolean':
      return meet ? 1 : 0;
    case 'zero':
      return meet ? 0 : 1 + Math.floor(r * 4);
    case 'max':
      return meet ? round1(t * (0.3 + 0.7 * r)) : Math.max(round1(t + 0.1), round1(Math.min(100, t * (1.05 + 0.6 * r))));
    case 'income':
      return meet ? round1(t + 1 + 17 * r) : Math.min(round1(t - 0.1), round1(t * (0.75 + 0.23 * r)));
    default: {
      const cap = ind.percent ? 100 : t * 2.5;
      return meet ? round1(t + (cap - t) * r) : Math.max(0, Math.min(round1(t - 0.1), round1(t * (0.6 + 0.38 * r))));
    }
  }
}

/** Thresholds of every indicator for a profile and year, as the engine resolves them (cached). */
export function thresholdResolver(set: CriteriaSet, indicators: readonly Indicator[]) {
  const cache = new Map<string, Float64Array>();
  return (profile: CommuneProfile, year: number): Float64Array => {
    const where = effectiveClassification(set, profile);
    const key = `${classificationKey(where)}|${year}`;
    let out = cache.get(key);
    if (!out) {
      out = new Float64Array(indicators.length);
      indicators.forEach((ind, i) => {
        const needs = ind.kind === 'min' || ind.kind === 'max' || ind.kind === 'income';
        const v = needs ? resolveThreshold(ind, where, year).value : 0;
        if (v === null) throw new Error(`indicator ${ind.code} has no threshold for ${key}; the benchmark needs every threshold`);
        (out as Float64Array)[i] = v;
      });
      cache.set(key, out);
    }
    return out;
  };
}

/** Splits `total` over `n` parts with random weights in 0.6..1.4 (largest remainder). */
function spread(total: number, n: number, rng: () => number): number[] {
  const w = Array.from({ length: n }, () => 0.6 + 0.8 * rng());
  const sum = w.reduce((a, b) => a + b, 0);
  const exact = w.map((x) => (x / sum) * total);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) out[i] = (out[i] as number) + 1;
  return out;
}

export function generateNationalDataset(opts: { communes?: number; seed?: number } = {}): NationalDataset {
  const total = opts.communes ?? 8000;
  const rng = mulberry32(opts.seed ?? 20241231);
  const base = builtinSets()[0];
  if (!base) throw new Error('no built-in set');
  const set = demoSet(base);
  const indicators = set.criteria.flatMap((c) => c.indicators);
  const criterionOf = Uint8Array.from(set.criteria.flatMap((c, ci) => c.indicators.map(() => ci)));
  const nCrit = set.criteria.length;
  const nInd = indicators.length;
  const minMet = Math.ceil(0.6 * nCrit);
  const naIndex = indicators.findIndex((i) => i.appliesIfPresent);
  const thresholds = thresholdResolver(set, indicators);

  const provinces: NationalDataset['provinces'] = [];
  const dbkkShare = new Map<string, number>();
  for (const [region, n, share] of PROVINCES_PER_REGION) {
    for (let i = 0; i < n; i++) {
      const code = `P${String(provinces.length + 1).padStart(2, '0')}`;
      provinces.push({ code, name: `Tỉnh ${placeName(rng)}`, region });
      dbkkShare.set(code, share);
    }
  }
  const perProvince = spread(total, provinces.length, rng);
  const communes: BenchCommune[] = [];
  provinces.forEach((p, pi) => {
    for (let i = 1; i <= (perProvince[pi] as number); i++) {
      const statuses = rng() < (dbkkShare.get(p.code) as number) ? ['dbkk'] : [];
      const code = `${p.code}-C${String(i).padStart(4, '0')}`;
      const classifications = { region: [p.region], ...(statuses.length ? { 'special-status': statuses } : {}) };
      communes.push({ code, name: placeName(rng), provinceCode: p.code, profile: { classifications } });
    }
  });

  const values = YEARS.map(() => new Float64Array(communes.length * nInd));
  const failing = new Uint8Array(nInd);
  communes.forEach((c, ci) => {
    // Criteria are reached in a random order; the number met grows over the years (≥ 60 % each year).
    const order = Array.from({ length: nCrit }, (_, i) => i);
    for (let i = nCrit - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rank = new Uint8Array(nCrit);
    order.forEach((crit, r) => {
      rank[crit] = r;
    });
    const metByYear = new Array<number>(YEARS.length);
    metByYear[YEARS.length - 1] = rng() < 0.3 ? nCrit : minMet + Math.floor(rng() * (nCrit - minMet));
    for (let y = YEARS.length - 2; y >= 0; y--) metByYear[y] = Math.max(minMet, (metByYear[y + 1] as number) - Math.floor(rng() * 3));
    const noMarket = rng() < 0.1;
    YEARS.forEach((year, y) => {
      const t = thresholds(c.profile, year);
      failing.fill(0);
      set.criteria.forEach((crit, k) => {
        if ((rank[k] as number) < (metByYear[y] as number)) return;
        const first = criterionOf.indexOf(k);
        const candidates = crit.indicators.map((_, j) => first + j).filter((i) => !(noMarket && i === naIndex));
        if (candidates.length === 0) return;
        const pick = () => candidates[Math.floor(rng() * candidates.length)] as number;
        failing[pick()] = 1;
        if (rng() < 0.3) failing[pick()] = 1;
      });
      const out = values[y] as Float64Array;
      const row = ci * nInd;
      for (let i = 0; i < nInd; i++) {
        out[row + i] = noMarket && i === naIndex ? Number.NaN : valueFor(indicators[i] as Indicator, t[i] as number, !failing[i], rng());
      }
    });
  });

  const tree = unitTreeSchema.parse({
    code: 'bench-national',
    name: 'Dữ liệu tổng hợp cho benchmark (không phải số liệu thật)',
    units: [
      ...provinces.map((p) => ({ code: p.code, name: p.name, kind: 'province', validFrom: '2020-01-01' })),
      ...communes.map((c) => ({
        code: c.code,
        name: c.name,
        kind: 'commune',
        parentCode: c.provinceCode,
        classifications: [
          { dimension: 'region', value: c.profile.classifications.region?.[0] as string },
          ...(c.profile.classifications['special-status'] ?? []).map((value) => ({
            dimension: 'special-status',
            value,
            validFrom: '2020-01-01',
            legalBasis: 'benchmark',
          })),
        ],
        validFrom: '2020-01-01',
      })),
    ],
  });
  return { set, indicators, criterionOf, provinces, communes, values, tree };
}
