/**
 * Construction debt (nợ đọng xây dựng cơ bản) derived from the data, not declared: for a work, what was
 * accepted (nghiệm thu) up to a date minus what was paid on lines carrying that work up to the same
 * date, never below zero; split by source where acceptances name one (null = not split by source).
 */

export interface AcceptedEntry {
  sourceCode: string | null;
  amount: number;
}
export interface PaidEntry {
  sourceCode: string;
  paid: number;
}
export interface SourceDebt {
  sourceCode: string | null;
  accepted: number;
  paid: number;
  debt: number;
}
export interface DebtFigures {
  accepted: number;
  paid: number;
  debt: number;
  bySource: SourceDebt[];
}

/** A work's debt = max(0, Σ accepted − Σ paid); by source: payments of a source not named on any acceptance fall in the null row. */
export function workDebt(accepted: readonly AcceptedEntry[], paid: readonly PaidEntry[]): DebtFigures {
  const totalAccepted = accepted.reduce((s, a) => s + a.amount, 0);
  const totalPaid = paid.reduce((s, p) => s + p.paid, 0);
  const named = new Set(accepted.map((a) => a.sourceCode).filter((c): c is string => c !== null));
  const rows = new Map<string | null, { accepted: number; paid: number }>();
  const row = (k: string | null) => {
    const r = rows.get(k) ?? { accepted: 0, paid: 0 };
    rows.set(k, r);
    return r;
  };
  for (const a of accepted) row(a.sourceCode).accepted += a.amount;
  for (const p of paid) row(named.has(p.sourceCode) ? p.sourceCode : null).paid += p.paid;
  const bySource = [...rows.entries()]
    .map(([sourceCode, r]) => ({ sourceCode, ...r, debt: Math.max(0, r.accepted - r.paid) }))
    .sort((x, y) => (x.sourceCode === null ? 1 : y.sourceCode === null ? -1 : x.sourceCode.localeCompare(y.sourceCode)));
  return { accepted: totalAccepted, paid: totalPaid, debt: Math.max(0, totalAccepted - totalPaid), bySource };
}
