/**
 * A recognised title in words, the same on the board, the commune and public pages and in the documents:
 * "Đạt chuẩn NTM năm 2022 (QĐ ngày 11/09/2023)", "Đạt chuẩn NTM trước năm 2022 (chưa rõ quyết định)".
 * Kept apart from today's evaluation, which says "đủ tiêu chí", never "đạt chuẩn". Pure.
 */
import type { ErrorMessages } from '../errors.js';
import { formatDateVi } from '../text/vietnamese.js';

/** Short tier names for a sentence; a tier a new set adds falls back to the set's own tier name. */
const TIER_SHORT: Record<string, { vi: string; en: string }> = {
  ntm: { vi: 'NTM', en: 'NTM' },
  advanced: { vi: 'NTM nâng cao', en: 'advanced NTM' },
  model: { vi: 'NTM kiểu mẫu', en: 'model NTM' },
  modern: { vi: 'NTM hiện đại', en: 'modern NTM' },
};

export const tierShort = (tier: string, tierName?: string | null) => TIER_SHORT[tier] ?? { vi: tierName ?? tier, en: tierName ?? tier };

export interface TitleFacts {
  tier: string;
  tierName?: string | null | undefined;
  year: number | null;
  yearBefore: number | null;
  decision: { number: string | null; date: string | null } | null;
  announcedOn: string | null;
  derived?: boolean | undefined;
}

function decisionWords(f: TitleFacts): ErrorMessages {
  const d = f.decision;
  if (d?.number && d.date) return { vi: `QĐ số ${d.number} ngày ${formatDateVi(d.date)}`, en: `decision ${d.number} of ${d.date}` };
  if (d?.number) return { vi: `QĐ số ${d.number}`, en: `decision ${d.number}` };
  if (d?.date) return { vi: `QĐ ngày ${formatDateVi(d.date)}, chưa rõ số`, en: `decision of ${d.date}, number unknown` };
  if (f.announcedOn) return { vi: `công bố ngày ${formatDateVi(f.announcedOn)}`, en: `announced on ${f.announcedOn}` };
  return { vi: 'chưa rõ quyết định', en: 'decision unknown' };
}

/** "Đạt chuẩn NTM năm 2022 (QĐ ngày 11/09/2023, chưa rõ số)". */
export function titleLabel(f: TitleFacts): ErrorMessages {
  const tier = tierShort(f.tier, f.tierName);
  if (f.derived) {
    return {
      vi: `Giữ danh hiệu đạt chuẩn ${tier.vi} sau sáp nhập (suy ra, chưa có quyết định xác nhận)`,
      en: `Keeps the ${tier.en} title after the merger (inferred, no confirming decision)`,
    };
  }
  const when =
    f.year !== null
      ? { vi: ` năm ${f.year}`, en: ` for ${f.year}` }
      : f.yearBefore !== null
        ? { vi: ` trước năm ${f.yearBefore}`, en: ` before ${f.yearBefore}` }
        : { vi: ' (chưa rõ năm)', en: ' (year unknown)' };
  const d = decisionWords(f);
  return { vi: `Đạt chuẩn ${tier.vi}${when.vi} (${d.vi})`, en: `Recognised ${tier.en}${when.en} (${d.en})` };
}
