/** The communes × criteria board as a terminal table: ✓ met, ✗ not met, ? incomplete, ~ outdated (values of an earlier year). */

import { formatDateVi, formatNumberVi } from '../domain/text/vietnamese.js';
import type { board } from '../services/board.service.js';

type Board = Awaited<ReturnType<typeof board>>;

const SYMBOL = { met: '✓', not_met: '✗', incomplete: '?', outdated: '~' } as const;
const TIER_VI: Record<string, string> = {
  ntm: 'Đạt chuẩn NTM',
  advanced: 'NTM nâng cao',
  model: 'NTM kiểu mẫu',
  modern: 'NTM hiện đại',
  other: 'Khác',
};

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

export function renderBoard(b: Board, color: boolean): string {
  const paint = (s: keyof typeof SYMBOL) => {
    if (!color) return SYMBOL[s];
    const code = s === 'met' ? 32 : s === 'not_met' ? 31 : s === 'outdated' ? 90 : 33;
    return `\x1b[${code}m${SYMBOL[s]}\x1b[0m`;
  };
  const nameWidth = Math.max(12, ...b.rows.map((r) => [...r.name].length)) + 1;
  const nums = b.set.criteria.map((c) => String(c.number).padStart(2, ' '));
  const lines: string[] = [];
  const where = b.scope ? `${b.scope.name} (${b.scope.code})` : 'Cả nước';
  lines.push(`Bảng đánh giá tiêu chí nông thôn mới — ${where} — số liệu đến ${formatDateVi(b.asOf)}`);
  lines.push(`Bộ tiêu chí: ${b.set.name} [${b.set.code}]`);
  if (b.set.demo) lines.push('⚠ DỮ LIỆU MINH HỌA (DEMO): ngưỡng và giá trị không phải số liệu thật / illustrative demo data');
  for (const o of b.notCounted.otherSets)
    lines.push(`⚠ Không tính ${o.communes} xã theo bộ tiêu chí khác: ${o.name} [${o.setCode}] (xem với --set ${o.setCode})`);
  if (b.notCounted.noSet > 0) lines.push(`⚠ Không tính ${b.notCounted.noSet} xã chưa có bộ tiêu chí áp dụng vào ngày này`);
  lines.push('');
  lines.push(`${pad('Xã', nameWidth)} ${nums.join(' ')}  Đạt  Danh hiệu`);
  for (const r of b.rows) {
    const cells = r.criteria.map((s) => ` ${paint(s)}`).join(' ');
    lines.push(`${pad(r.name, nameWidth)} ${cells}  ${String(r.metCount).padStart(3)}  ${r.tier ? (TIER_VI[r.tier] ?? 'Khác') : '—'}`);
  }
  const per = b.summary.perCriterion.map((c) => String(c.met).padStart(2)).join(' ');
  lines.push(`${pad('Số xã đạt', nameWidth)} ${per}`);
  lines.push('');
  const avg = b.summary.averageMet === null ? '—' : formatNumberVi(b.summary.averageMet);
  lines.push(`${b.summary.communes} xã; tổng ${b.summary.totalMet} tiêu chí đạt; bình quân ${avg} tiêu chí/xã.`);
  if (b.summary.totalOutdated > 0)
    lines.push(
      `~ Chưa cập nhật: ${b.summary.totalOutdated} tiêu chí ở ${b.summary.outdatedCommunes} xã chỉ có số liệu trước năm ${b.asOf.slice(0, 4)} (không tính đạt, không tính chưa đạt).`,
    );
  const dist = Object.entries(b.summary.distribution)
    .sort((a, b2) => Number(b2[0]) - Number(a[0]))
    .map(([k, v]) => `${v} xã đạt ${k}`)
    .join(', ');
  lines.push(`Phân bố: ${dist}.`);
  lines.push('Chú thích: ✓ đạt · ✗ chưa đạt · ? chưa đủ căn cứ (thiếu số liệu hoặc chưa có ngưỡng)');
  lines.push(`Tiêu chí: ${b.set.criteria.map((c) => `${c.number}. ${c.name}`).join('; ')}`);
  return lines.join('\n');
}
