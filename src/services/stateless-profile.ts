/**
 * The commune profile another system sends to POST /evaluate, checked against the set it names:
 * `classifications` (dimension → values) in the set's own codes, or the older shorthand `region` and
 * `statuses`, read as the set's "region" and "special-status" dimensions (and ignored for a set that has
 * no such dimension, such as QĐ 51: they cannot change its thresholds). Every unknown dimension or value,
 * and every needed dimension left out, is one issue with its field path.
 */
import type { CriteriaSet } from '../domain/catalog/criteria-set.schema.js';
import { type ErrorIssue, invalid } from '../domain/errors.js';
import { isRequired } from '../domain/evaluation/classification.js';
import type { CommuneProfile } from '../domain/evaluation/evaluation.types.js';

export interface ProfileInput {
  region?: string | undefined;
  statuses?: string[] | undefined;
  classifications?: Record<string, string[]> | undefined;
}

export function statelessProfile(set: CriteriaSet, input: ProfileInput): CommuneProfile {
  const given: { path: string; dimension: string; values: string[] }[] = [];
  const declares = (d: string) => set.classifications.some((x) => x.code === d);
  if (input.region !== undefined && declares('region')) given.push({ path: 'profile.region', dimension: 'region', values: [input.region] });
  if (input.statuses !== undefined && declares('special-status'))
    given.push({ path: 'profile.statuses', dimension: 'special-status', values: input.statuses });
  for (const [dimension, values] of Object.entries(input.classifications ?? {}))
    given.push({ path: `profile.classifications.${dimension}`, dimension, values });
  const issues: ErrorIssue[] = [];
  const classifications: Record<string, string[]> = {};
  for (const g of given) {
    const d = set.classifications.find((x) => x.code === g.dimension);
    if (!d) {
      issues.push({
        path: g.path,
        message: `bộ tiêu chí không phân loại theo "${g.dimension}" / the set has no classification "${g.dimension}"`,
      });
      continue;
    }
    const allowed = d.values.map((v) => v.code);
    g.values.forEach((v, i) => {
      if (!allowed.includes(v)) {
        const path = g.path === 'profile.region' ? g.path : `${g.path}.${i}`;
        issues.push({ path, message: `${d.name}: không có giá trị "${v}" / not a value of ${d.code} (${allowed.join(', ')})` });
      }
    });
    if (!d.multiple && g.values.length > 1) issues.push({ path: g.path, message: `${d.name}: chỉ một giá trị / one value only` });
    classifications[d.code] = [...new Set([...(classifications[d.code] ?? []), ...g.values])];
  }
  for (const d of set.classifications)
    if (isRequired(d) && !classifications[d.code]?.length && !ruleFills(set, d.code, classifications))
      issues.push({
        path: d.code === 'region' ? 'profile.region' : `profile.classifications.${d.code}`,
        message: `cần ${d.name} / required`,
      });
  if (issues.length > 0)
    throw invalid('evaluation.invalid_profile', { vi: 'Hồ sơ xã không hợp lệ', en: 'Invalid commune profile' }, issues);
  return { classifications };
}

const ruleFills = (set: CriteriaSet, dimension: string, given: Record<string, string[]>) =>
  set.classificationRules.some((r) => r.use.dimension === dimension && r.when.values.some((v) => given[r.when.dimension]?.includes(v)));
