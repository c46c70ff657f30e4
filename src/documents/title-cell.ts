/**
 * A commune's recognised titles (công nhận) in a document cell, apart from the evaluation column:
 * "Đạt chuẩn NTM năm 2022 (QĐ ngày 11/09/2023, chưa rõ số)", with "minh họa", "suy ra" and the QĐ 18
 * verdict when the commune no longer meets its set; "Chưa được công nhận" when it holds none.
 */
export interface DocTitle {
  label: { vi: string };
  demo: boolean;
  derived: unknown;
  risk: { state: 'kept' | 'at_risk' | 'revoke' } | null;
}

const RISK_VI = { kept: null, at_risk: 'nguy cơ mất danh hiệu', revoke: 'thuộc trường hợp thu hồi' } as const;

export function titleCellVi(titles: readonly DocTitle[] | undefined): string {
  if (!titles || titles.length === 0) return 'Chưa được công nhận';
  return titles
    .map((t) => {
      const notes = [t.demo ? 'minh họa' : null, t.risk ? RISK_VI[t.risk.state] : null].filter(Boolean);
      return notes.length > 0 ? `${t.label.vi}; ${notes.join('; ')}` : t.label.vi;
    })
    .join('\n');
}
