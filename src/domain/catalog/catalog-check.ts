/**
 * What a set knows and does not: counts of criteria, indicators and thresholds, every item not
 * checked against the official text or with an unknown threshold, and — when the set records the
 * official indicator count — how many this list lacks and the candidates its data names. What
 * `ntm catalog check` prints and what the UI marks "chưa đối chiếu văn bản".
 */
import type { CriteriaSet } from './criteria-set.schema.js';

/** A commune the set applies to over a period, with its dated classifications (for the missing-classification check). */
export interface CommuneUnderSet {
  code: string;
  name: string;
  /** First and last day (inclusive; null = open) the set applies to the commune. */
  from: string;
  to: string | null;
  classifications: readonly { dimension: string; value: string; validFrom: string; validTo?: string | null | undefined }[];
}

export interface CatalogFinding {
  /** e.g. "tiêu chí 10", "chỉ tiêu 15.3", "chỉ tiêu 15.3 / vùng TN" */
  where: string;
  problem:
    | 'unverified'
    | 'unknown_threshold'
    | 'indicator_count'
    | 'indicator_gap'
    | 'undeclared_classification'
    | 'classification_missing';
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
  /** The official text's indicator count, when the set records it. */
  officialIndicators: number | null;
  thresholds: number;
  numericThresholds: number;
  unknownThresholds: number;
  unverified: number;
  findings: CatalogFinding[];
  /** What the set marks as checked in a source (verified: true): the other side of the findings. */
  confirmed: { where: string; source: string }[];
}

const scope = (
  set: CriteriaSet,
  t: { where?: Record<string, string[]> | undefined; fromYear?: number | undefined; toYear?: number | undefined },
) => {
  const named = Object.entries(t.where ?? {}).map(([d, values]) => {
    const dim = set.classifications.find((x) => x.code === d);
    return `${dim?.shortName ?? (dim?.name ?? d).toLocaleLowerCase('vi')} ${values.map((v) => dim?.values.find((x) => x.code === v)?.shortName ?? v).join(', ')}`;
  });
  const parts = [named.length ? named.join('; ') : 'chung'];
  if (t.fromYear !== undefined || t.toYear !== undefined) parts.push(`năm ${t.fromYear ?? '…'}–${t.toYear ?? '…'}`);
  return parts.join(', ');
};

/** Thresholds and rules that name a classification or value the set does not declare (a set built without the schema). */
function undeclared(set: CriteriaSet): CatalogFinding[] {
  const out: CatalogFinding[] = [];
  const has = (d: string, v?: string) => {
    const dim = set.classifications.find((x) => x.code === d);
    return !!dim && (v === undefined || dim.values.some((x) => x.code === v));
  };
  for (const c of set.criteria)
    for (const i of c.indicators)
      for (const t of i.thresholds)
        for (const [d, values] of Object.entries(t.where ?? {}))
          for (const v of has(d) ? values.filter((x) => !has(d, x)) : [undefined])
            out.push({
              where: `chỉ tiêu ${i.code}`,
              problem: 'undeclared_classification',
              source: t.provenance.source,
              note:
                v === undefined ? `ngưỡng theo phân loại "${d}" mà bộ tiêu chí không khai báo` : `phân loại "${d}" không có giá trị "${v}"`,
            });
  return out;
}

/**
 * Communes the set applies to that lack a value in a dimension the set needs, on the first day it is
 * lacking (checked on the first day the set applies and on each day a classification starts or ends).
 */
export function checkUnitClassifications(set: CriteriaSet, communes: readonly CommuneUnderSet[]): CatalogFinding[] {
  const needed = set.classifications.filter((d) => d.required ?? !d.multiple);
  const out: CatalogFinding[] = [];
  for (const c of communes) {
    const days = new Set([c.from]);
    for (const r of c.classifications) {
      days.add(r.validFrom);
      if (r.validTo) days.add(nextDay(r.validTo));
    }
    const inPeriod = [...days].filter((d) => d >= c.from && (c.to === null || d <= c.to)).sort();
    for (const d of needed) {
      const gap = inPeriod.find((day) => !holds(set, c.classifications, d.code, day));
      if (gap)
        out.push({
          where: `xã ${c.name} (${c.code})`,
          problem: 'classification_missing',
          source: set.code,
          note: `chưa có ${d.name.toLocaleLowerCase('vi')} từ ngày ${gap.split('-').reverse().join('/')}: không đánh giá được theo bộ tiêu chí này`,
        });
    }
  }
  return out;
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The dimension has a value on `day`, given directly or by one of the set's rules. */
function holds(set: CriteriaSet, rows: CommuneUnderSet['classifications'], dimension: string, day: string) {
  const at = (d: string) =>
    rows.filter((r) => r.dimension === d && r.validFrom <= day && (!r.validTo || day <= r.validTo)).map((r) => r.value);
  if (at(dimension).length > 0) return true;
  return set.classificationRules.some((r) => r.use.dimension === dimension && r.when.values.some((v) => at(r.when.dimension).includes(v)));
}

export function checkCatalog(set: CriteriaSet, communes: readonly CommuneUnderSet[] = []): CatalogReport {
  const findings: CatalogFinding[] = [];
  const add = (where: string, problem: CatalogFinding['problem'], p: { source: string; note?: string | undefined }) =>
    findings.push({ where, problem, source: p.source, ...(p.note ? { note: p.note } : {}) });
  const confirmed: CatalogReport['confirmed'] = [];
  const ok = (where: string, p: { source: string; verified: boolean }) => {
    if (p.verified) confirmed.push({ where, source: p.source });
  };
  ok('bộ tiêu chí', set.provenance);
  // The set's own note says what of the decision is known and what is not (QĐ 51: transition rules, group thresholds).
  if (!set.provenance.verified) add('bộ tiêu chí, văn bản nói chung', 'unverified', set.provenance);
  let indicators = 0;
  let thresholds = 0;
  let numeric = 0;
  let unknown = 0;
  for (const c of set.criteria) {
    if (!c.provenance.verified) add(`tiêu chí ${c.number}`, 'unverified', c.provenance);
    ok(`tiêu chí ${c.number} (${c.name})`, c.provenance);
    for (const i of c.indicators) {
      indicators++;
      if (!i.provenance.verified) add(`chỉ tiêu ${i.code}`, 'unverified', i.provenance);
      ok(`chỉ tiêu ${i.code}`, i.provenance);
      for (const t of i.thresholds) {
        thresholds++;
        const where = `chỉ tiêu ${i.code} (${scope(set, t)})`;
        if (t.value === null && !t.derivedFrom) {
          unknown++;
          add(where, 'unknown_threshold', t.provenance);
        } else {
          numeric++;
          if (!t.provenance.verified) add(where, 'unverified', t.provenance);
          ok(where, t.provenance);
        }
      }
    }
  }
  // What the whole list lacks comes first: the per-item findings follow.
  const items = findings.splice(0);
  const count = set.indicatorCount;
  if (count) ok(`số chỉ tiêu của văn bản (${count.official})`, count.provenance);
  if (count && count.official !== indicators) {
    const diff = count.official - indicators;
    const what = diff > 0 ? `thiếu hoặc gộp ${diff} chỉ tiêu` : `thừa ${-diff} chỉ tiêu`;
    const named = count.gaps.length > 0 ? `; ${count.gaps.length} khả năng ghi dưới đây` : '';
    add('bộ tiêu chí', 'indicator_count', {
      source: count.provenance.source,
      note: `văn bản có ${count.official} chỉ tiêu, danh mục này có ${indicators}: ${what}${named}${count.provenance.note ? `. ${count.provenance.note}` : ''}`,
    });
  }
  for (const g of count?.gaps ?? []) {
    const where =
      g.kind === 'merged'
        ? `chỉ tiêu ${g.into} (tiêu chí ${g.criterion}, có thể gộp hai chỉ tiêu)`
        : `chỉ tiêu ${g.code ?? '?'} (tiêu chí ${g.criterion}, có thể thiếu)`;
    add(where, 'indicator_gap', { source: g.provenance.source, note: [g.note, g.provenance.note].filter(Boolean).join('. ') });
  }
  findings.push(...undeclared(set), ...checkUnitClassifications(set, communes), ...items);
  return {
    code: set.code,
    name: set.name,
    tier: set.tier,
    demo: set.demo === true,
    groups: set.groups.length,
    criteria: set.criteria.length,
    indicators,
    officialIndicators: count?.official ?? null,
    thresholds,
    numericThresholds: numeric,
    unknownThresholds: unknown,
    unverified: findings.filter((f) => f.problem === 'unverified').length,
    findings,
    confirmed,
  };
}
