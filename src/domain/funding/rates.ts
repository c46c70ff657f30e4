/**
 * Disbursement rates (tỷ lệ giải ngân): planned in force, paid to date, and their ratio — pure arithmetic
 * over lines already read. Rows group by a key (source leaf, commune, criterion, work); the source view
 * adds the parent totals of the catalogue (TỔNG SỐ, I NSTW, II NSĐP …). A rate is null when nothing is planned.
 */

export interface RateLine {
  key: string | null;
  planned: number;
  paid: number;
}
export interface RateRow {
  key: string;
  label: string;
  planned: number;
  paid: number;
  rate: number | null;
  /** Depth in the source tree (0 = TỔNG SỐ); 1 for flat views. */
  level: number;
}

export const rate = (planned: number, paid: number): number | null => (planned > 0 ? paid / planned : null);

/** Sums per key; lines without a key go under `noneKey`. */
export function groupRates(lines: readonly RateLine[], label: (key: string) => string, noneKey = '-'): RateRow[] {
  const sums = new Map<string, { planned: number; paid: number }>();
  for (const l of lines) {
    const k = l.key ?? noneKey;
    const s = sums.get(k) ?? { planned: 0, paid: 0 };
    s.planned += l.planned;
    s.paid += l.paid;
    sums.set(k, s);
  }
  const collator = new Intl.Collator('vi');
  return [...sums.entries()]
    .map(([key, s]) => ({ key, label: label(key), ...s, rate: rate(s.planned, s.paid), level: 1 }))
    .sort((a, b) => (a.key === noneKey ? 1 : b.key === noneKey ? -1 : collator.compare(a.label, b.label)));
}

export interface SourceTreeNode {
  code: string;
  name: string;
  children?: SourceTreeNode[] | undefined;
}

/** The source tree with sums at every node (leaves from lines, parents the sum of their children); empty branches dropped. */
export function sourceTreeRates(lines: readonly RateLine[], roots: readonly SourceTreeNode[]): RateRow[] {
  const leaf = new Map<string, { planned: number; paid: number }>();
  for (const l of lines) {
    if (!l.key) continue;
    const s = leaf.get(l.key) ?? { planned: 0, paid: 0 };
    s.planned += l.planned;
    s.paid += l.paid;
    leaf.set(l.key, s);
  }
  const out: RateRow[] = [];
  const visit = (n: SourceTreeNode, level: number): { planned: number; paid: number } => {
    const at = out.length;
    out.push({ key: n.code, label: n.name, planned: 0, paid: 0, rate: null, level });
    let s = leaf.get(n.code) ?? { planned: 0, paid: 0 };
    if (n.children?.length) {
      s = { planned: 0, paid: 0 };
      for (const c of n.children) {
        const cs = visit(c, level + 1);
        s.planned += cs.planned;
        s.paid += cs.paid;
      }
    }
    if (s.planned === 0 && s.paid === 0) out.length = at;
    else out[at] = { ...(out[at] as RateRow), ...s, rate: rate(s.planned, s.paid) };
    return s;
  };
  const total = { planned: 0, paid: 0 };
  const head: RateRow = { key: 'total', label: 'TỔNG SỐ', planned: 0, paid: 0, rate: null, level: 0 };
  out.push(head);
  for (const r of roots) {
    const s = visit(r, 1);
    total.planned += s.planned;
    total.paid += s.paid;
  }
  out[0] = { ...head, ...total, rate: rate(total.planned, total.paid) };
  return out;
}

/** Paid per month (1..12) of `year` from dated entries. */
export function paidByMonth(entries: readonly { paidOn: string; amount: number }[], year: number): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const e of entries) {
    if (Number(e.paidOn.slice(0, 4)) !== year) continue;
    const m = Number(e.paidOn.slice(5, 7)) - 1;
    months[m] = (months[m] ?? 0) + e.amount;
  }
  return months;
}
