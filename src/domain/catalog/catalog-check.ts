/**
 * What a set knows and does not: counts of criteria, indicators and thresholds, and every item not
 * checked against the official text or with an unknown threshold — what `ntm catalog check` prints
 * and what the UI marks "chưa đối chiếu văn bản".
 */
import type { CriteriaSet } from './criteria-set.schema.js';

export interface CatalogFinding {
  /** e.g. "tiêu chí 10", "chỉ tiêu 15.3", "chỉ tiêu 15.3 / vùng TN" */
  where: string;
  problem: 'unverified' | 'unknown_threshold';
  source: string;
  note?: string;
}

export interface CatalogReport {
  code: string;
  name: string;
  tier: string;
  demo: boolean;
  groups: number;
  criteria: number;
  indicators: number;
  thresholds: number;
  numericThresholds: number;
  unknownThresholds: number;
  unverified: number;
  findings: CatalogFinding[];
}

const scope = (t: { regions?: string[] | undefined; fromYear?: number | undefined; toYear?: number | undefined }) => {
  const parts = [t.regions ? `vùng ${t.regions.join(', ')}` : 'chung'];
  if (t.fromYear !== undefined || t.toYear !== undefined) parts.push(`năm ${t.fromYear ?? '…'}–${t.toYear ?? '…'}`);
  return parts.join(', ');
};

export function checkCatalog(set: CriteriaSet): CatalogReport {
  const findings: CatalogFinding[] = [];
  const add = (where: string, problem: CatalogFinding['problem'], p: { source: string; note?: string | undefined }) =>
    findings.push({ where, problem, source: p.source, ...(p.note ? { note: p.note } : {}) });
  let indicators = 0;
  let thresholds = 0;
  let numeric = 0;
  let unknown = 0;
  for (const c of set.criteria) {
    if (!c.provenance.verified) add(`tiêu chí ${c.number}`, 'unverified', c.provenance);
    for (const i of c.indicators) {
      indicators++;
      if (!i.provenance.verified) add(`chỉ tiêu ${i.code}`, 'unverified', i.provenance);
      for (const t of i.thresholds) {
        thresholds++;
        const where = `chỉ tiêu ${i.code} (${scope(t)})`;
        if (t.value === null && !t.derivedFrom) {
          unknown++;
          add(where, 'unknown_threshold', t.provenance);
        } else {
          numeric++;
          if (!t.provenance.verified) add(where, 'unverified', t.provenance);
        }
      }
    }
  }
  return {
    code: set.code,
    name: set.name,
    tier: set.tier,
    demo: set.demo === true,
    groups: set.groups.length,
    criteria: set.criteria.length,
    indicators,
    thresholds,
    numericThresholds: numeric,
    unknownThresholds: unknown,
    unverified: findings.filter((f) => f.problem === 'unverified').length,
    findings,
  };
}
