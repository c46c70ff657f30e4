/**
 * Brings a unit file written when a unit had one `region` and dated `statuses` to today's shape:
 * both become dated classifications (region from the unit's first day; each status as dimension
 * "special-status" with its dates and legal basis). Idempotent; used by tools/convert-classifications.ts.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function upgradeUnit(u: unknown): unknown {
  if (!isObject(u) || !('region' in u || 'statuses' in u)) return u;
  const { region, statuses, ...rest } = u;
  const classifications: Json[] = Array.isArray(rest.classifications) ? [...rest.classifications] : [];
  if (typeof region === 'string') classifications.push({ dimension: 'region', value: region });
  for (const s of Array.isArray(statuses) ? statuses.filter(isObject) : []) {
    const { status, ...dates } = s;
    classifications.push({ dimension: 'special-status', value: status, ...dates });
  }
  return classifications.length > 0 ? { ...rest, classifications } : rest;
}

export function upgradeUnitTree(doc: unknown): unknown {
  if (!isObject(doc) || !Array.isArray(doc.units)) return doc;
  return { ...doc, units: doc.units.map(upgradeUnit) };
}
