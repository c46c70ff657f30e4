/**
 * Brings a criteria-set document (or a set derivation) written before classifications and tiers
 * were the set's data to today's shape: `regions` on a threshold becomes `where: { region }`,
 * `statusRegionRules` become classification rules, the tier gets its Vietnamese name, and a set
 * that declared no classification gets the ones the old code assumed of every set (region and
 * special status). Pure and idempotent: a document already in the new shape comes back equal.
 * Used by the DB migration and by tools/convert-criteria-sets.ts.
 */
import type { Classification } from './criteria-set.schema.js';

type Json = Record<string, unknown>;

/** The names the fixed tiers had in the UI before tiers were data. */
export const KNOWN_TIER_NAMES: Readonly<Record<string, string>> = {
  ntm: 'Xã nông thôn mới',
  advanced: 'Xã nông thôn mới nâng cao',
  model: 'Xã nông thôn mới kiểu mẫu',
  modern: 'Xã nông thôn mới hiện đại',
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function upgradeThreshold(t: unknown): unknown {
  if (!isObject(t) || !('regions' in t)) return t;
  const { regions, ...rest } = t;
  return { ...rest, where: { ...(isObject(rest.where) ? rest.where : {}), region: regions } };
}

function upgradeRules(rules: unknown): Json[] {
  if (!Array.isArray(rules)) return [];
  return rules.filter(isObject).map((r) => ({
    when: { dimension: 'special-status', values: r.statuses },
    use: { dimension: 'region', value: r.useRegion },
    provenance: r.provenance,
  }));
}

/**
 * `defaults`: the classifications to declare when the document declares none (QĐ 318's region and
 * special status for the sets of 2021-2025; pass another list for a set of another decision).
 */
export function upgradeSetDocument(doc: unknown, defaults: readonly Classification[]): unknown {
  if (!isObject(doc)) return doc;
  if ('baseSetCode' in doc) return upgradeDerivation(doc);
  const { statusRegionRules, ...rest } = doc;
  const out: Json = { ...rest };
  if (typeof out.tier === 'string' && out.tierName === undefined)
    out.tierName = KNOWN_TIER_NAMES[out.tier] ?? (typeof out.name === 'string' ? out.name : out.tier);
  if (out.classifications === undefined) out.classifications = defaults;
  const rules = upgradeRules(statusRegionRules);
  if (rules.length > 0 || out.classificationRules === undefined)
    out.classificationRules = [...(Array.isArray(out.classificationRules) ? out.classificationRules : []), ...rules];
  if (Array.isArray(out.criteria))
    out.criteria = out.criteria.map((c) =>
      isObject(c) && Array.isArray(c.indicators)
        ? {
            ...c,
            indicators: c.indicators.map((i) =>
              isObject(i) && Array.isArray(i.thresholds) ? { ...i, thresholds: i.thresholds.map(upgradeThreshold) } : i,
            ),
          }
        : c,
    );
  return out;
}

function upgradeDerivation(doc: Json): Json {
  const out: Json = { ...doc };
  if (isObject(out.thresholds))
    out.thresholds = Object.fromEntries(
      Object.entries(out.thresholds).map(([code, list]) => [code, Array.isArray(list) ? list.map(upgradeThreshold) : list]),
    );
  if (typeof out.tier === 'string' && out.tierName === undefined && KNOWN_TIER_NAMES[out.tier]) out.tierName = KNOWN_TIER_NAMES[out.tier];
  return out;
}
