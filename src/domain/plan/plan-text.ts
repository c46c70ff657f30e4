/**
 * Phrases shared by the plan findings, in Vietnamese (17,9; "cả 11 xã") and English (17.9), so every
 * message states its numbers the same way and says which communes an average covers.
 */
import { formatNumberVi } from '../text/vietnamese.js';
import type { AverageOver, Bucket } from './plan-metrics.js';

export type Severity = 'error' | 'warning' | 'info';

/** One result of checking a plan: computed on demand, never stored. */
export interface PlanFinding {
  code: string;
  severity: Severity;
  /** Plain Vietnamese sentence with the numbers. */
  message: string;
  messageEn: string;
  /** Where in the plan, e.g. "communeTargets.3.criteria", when it is one place. */
  path?: string;
  data: Record<string, unknown>;
}

export const numVi = (n: number) => formatNumberVi(n, 2);
const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });
export const numEn = (n: number) => en.format(n);

export const listOf = (items: readonly (string | number)[]) => items.join(', ');
const names = (cs: readonly { name: string }[]) => listOf(cs.map((c) => c.name));

/** "3 xã 19 tiêu chí, 2 xã 18 tiêu chí". */
export const distributionVi = (bs: readonly Bucket[]) => bs.map((b) => `${b.communes} xã ${b.criteria} tiêu chí`).join(', ');
export const distributionEn = (bs: readonly Bucket[]) =>
  bs.map((b) => `${b.communes} commune${b.communes === 1 ? '' : 's'} at ${b.criteria}`).join(', ');

/** "cả 11 xã" / "8 xã chưa đạt chuẩn". */
export const scopeVi = (a: Pick<AverageOver, 'scope' | 'count'>) =>
  a.scope === 'all' ? `cả ${a.count} xã` : `${a.count} xã chưa đạt chuẩn`;
export const scopeEn = (a: Pick<AverageOver, 'scope' | 'count'>) =>
  a.scope === 'all' ? `all ${a.count} communes` : `the ${a.count} communes not yet recognised`;

/** "18,09 tiêu chí/xã trên cả 11 xã (199/11)", naming the recognised communes a narrower scope leaves out. */
export function averageVi(a: AverageOver): string {
  const left = a.excluded.length > 0 ? `, không tính ${a.excluded.length} xã đã đạt chuẩn: ${names(a.excluded)}` : '';
  return `${numVi(a.average)} tiêu chí/xã trên ${scopeVi(a)} (${a.total}/${a.count}${left})`;
}
export function averageEn(a: AverageOver): string {
  const left = a.excluded.length > 0 ? `, leaving out the ${a.excluded.length} recognised: ${names(a.excluded)}` : '';
  return `${numEn(a.average)} criteria per commune over ${scopeEn(a)} (${a.total}/${a.count}${left})`;
}

export const communeNames = names;
