/**
 * The funding catalogue: periods with their source trees (sources.json) and the kinds of works
 * (work-kinds.json). Validated on first read; lookups by date or year so callers never assume
 * "today's" period for another year's money.
 */
import { AppError } from '../../domain/errors.js';
import {
  type FundingPeriod,
  type FundingSource,
  fundingCatalogSchema,
  type WorkKind,
  workKindsSchema,
} from '../../domain/funding/funding-source.schema.js';
import sourcesData from './sources.json' with { type: 'json' };
import workKindsData from './work-kinds.json' with { type: 'json' };

let periods: FundingPeriod[] | undefined;
let kinds: WorkKind[] | undefined;

export function fundingPeriods(): FundingPeriod[] {
  periods ??= fundingCatalogSchema.parse(sourcesData).periods;
  return periods;
}

export function fundingPeriodOn(date: string): FundingPeriod {
  const p = fundingPeriods().find((x) => x.from <= date && date <= x.to);
  if (!p) {
    throw new AppError('funding.no_period', 'invalid', {
      vi: `Không có giai đoạn chương trình nào chứa ngày ${date}`,
      en: `No programme period covers ${date}`,
    });
  }
  return p;
}

export const fundingPeriodOfYear = (year: number): FundingPeriod => fundingPeriodOn(`${String(year).padStart(4, '0')}-07-01`);

function walk(nodes: FundingSource[], out: FundingSource[], leavesOnly: boolean): FundingSource[] {
  for (const n of nodes) {
    if (!leavesOnly || !n.children) out.push(n);
    if (n.children) walk(n.children, out, leavesOnly);
  }
  return out;
}

/** All nodes, depth first (parents before their children). */
export const allSources = (period: FundingPeriod): FundingSource[] => walk(period.sources, [], false);

const validOn = (s: FundingSource, d: string) => (!s.validFrom || s.validFrom <= d) && (!s.validTo || d <= s.validTo);

/** The leaves (the only nodes that receive money), those valid on `onDate` when given. */
export function sourceLeaves(period: FundingPeriod, onDate?: string): FundingSource[] {
  const leaves = walk(period.sources, [], true);
  return onDate ? leaves.filter((s) => validOn(s, onDate)) : leaves;
}

export const findSource = (period: FundingPeriod, code: string): FundingSource | undefined =>
  allSources(period).find((s) => s.code === code);

/** Root → node, e.g. [nsdp, nsdp.huyen]; empty when the code is not in the period. */
export function sourcePath(period: FundingPeriod, code: string): FundingSource[] {
  const search = (nodes: FundingSource[], trail: FundingSource[]): FundingSource[] => {
    for (const n of nodes) {
      const here = [...trail, n];
      if (n.code === code) return here;
      if (n.children) {
        const found = search(n.children, here);
        if (found.length) return found;
      }
    }
    return [];
  };
  return search(period.sources, []);
}

export function workKinds(): WorkKind[] {
  kinds ??= workKindsSchema.parse(workKindsData).kinds;
  return kinds;
}

export const workKindName = (code: string): string | undefined => workKinds().find((k) => k.code === code)?.name;
