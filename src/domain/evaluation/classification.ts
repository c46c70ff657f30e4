/**
 * A commune's classification as the engine sees it: the values in force on the as-of date in each
 * dimension the set declares, after the set's rules between dimensions (a ĐBKK commune uses region
 * TDMNPB in 318), and which needed dimension has no value — so the service can say what is missing.
 */
import type { Classification, CriteriaSet } from '../catalog/criteria-set.schema.js';
import { isValidAt } from '../units/unit-history.js';
import type { CommuneProfile } from './evaluation.types.js';

/** dimension code → the values the commune has (after rules), in the set's order of dimensions. */
export interface EffectiveClassification {
  values: Readonly<Record<string, readonly string[]>>;
  /** dimension → the value of another dimension whose rule set it. */
  via: Readonly<Record<string, { dimension: string; value: string }>>;
}

export function effectiveClassification(set: CriteriaSet, profile: CommuneProfile): EffectiveClassification {
  const values: Record<string, readonly string[]> = {};
  const via: Record<string, { dimension: string; value: string }> = {};
  for (const d of set.classifications) values[d.code] = profile.classifications[d.code] ?? [];
  for (const rule of set.classificationRules) {
    if (via[rule.use.dimension]) continue;
    const had = profile.classifications[rule.when.dimension] ?? [];
    const match = rule.when.values.find((v) => had.includes(v));
    if (match === undefined) continue;
    values[rule.use.dimension] = [rule.use.value];
    via[rule.use.dimension] = { dimension: rule.when.dimension, value: match };
  }
  return { values, via };
}

/** One string per distinct effective classification: the engine resolves thresholds once per key and year. */
export const classificationKey = (e: EffectiveClassification) =>
  Object.entries(e.values)
    .map(([d, v]) => `${d}=${v.join('+')}${e.via[d] ? `<${e.via[d].dimension}:${e.via[d].value}` : ''}`)
    .join('|');

export const isRequired = (d: Classification) => d.required ?? !d.multiple;

/** The needed dimensions of the set the commune has no value in (after the set's rules). */
export function missingClassifications(set: CriteriaSet, profile: CommuneProfile): Classification[] {
  const e = effectiveClassification(set, profile);
  return set.classifications.filter((d) => isRequired(d) && (e.values[d.code]?.length ?? 0) === 0);
}

/** A dated classification row of a unit (the table unit_classification, or a unit file). */
export interface DatedClassification {
  dimension: string;
  value: string;
  validFrom: string;
  validTo?: string | null | undefined;
}

/** The values in force on `date`, per dimension, in the order the rows come. */
export function profileAt(rows: readonly DatedClassification[], date: string): CommuneProfile {
  const classifications: Record<string, string[]> = {};
  for (const r of rows) {
    if (!isValidAt(r, date)) continue;
    const list = classifications[r.dimension] ?? [];
    if (!list.includes(r.value)) list.push(r.value);
    classifications[r.dimension] = list;
  }
  return { classifications };
}

/** The Vietnamese name of a dimension and of a value, from the set (the code itself when the set lacks it). */
export function classificationNames(set: CriteriaSet, dimension: string, value?: string) {
  const d = set.classifications.find((x) => x.code === dimension);
  const v = value === undefined ? undefined : d?.values.find((x) => x.code === value);
  return {
    dimension: d?.name ?? dimension,
    /** The noun before a value in a sentence ('vùng'). */
    noun: d?.shortName ?? (d?.name ?? dimension).toLocaleLowerCase('vi'),
    value: v ? (v.shortName ?? v.name) : value,
    valueName: v?.name ?? value,
  };
}
