/**
 * How wide a line of Times New Roman is, from glyph advance widths, so that a rule drawn under a line
 * (the motto's) can be exactly as long as the text. The widths are those of Liberation Serif 2.1
 * (metric-compatible with Times New Roman; LibreOffice prints with it): test/documents/font-metrics.test.ts
 * reads them back from the font files and fails if this table and the fonts disagree.
 */

/** Font units per em of the table below. */
export const UNITS_PER_EM = 2048;

/** Advance widths of the characters U+0020 … U+007E, in font units. */
const ASCII = {
  regular: [
    512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479,
    1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682,
    1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
  ],
  bold: [
    512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
    1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479,
    1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682,
    1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065,
  ],
} as const;

/** The Vietnamese letters wider than their base letter (the horn of ơ, ư); every other keeps its base's width. */
export const HORNED = 'ơưƠƯ';
const HORN = { regular: [1083, 1110, 1479, 1589], bold: [1134, 1229, 1593, 1630] } as const;

export type Weight = keyof typeof ASCII;

/** The base letter whose width a Vietnamese letter has: "ộ" → "o", "Đ" → "D", "ự" → "ư" (the horn is kept). */
export function widthBase(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  const nfd = ch.normalize('NFD');
  const horn = nfd.includes('\u031b');
  const base = nfd.replace(/\p{M}/gu, '');
  if (!horn) return base;
  return { o: 'ơ', u: 'ư', O: 'Ơ', U: 'Ư' }[base] ?? base;
}

/** The advance width of one character in font units; null for one the table does not hold. */
export function advance(ch: string, weight: Weight): number | null {
  const b = widthBase(ch);
  const h = HORNED.indexOf(b);
  if (h >= 0) return HORN[weight][h] ?? null;
  const c = b.length === 1 ? b.charCodeAt(0) : -1;
  return c >= 0x20 && c <= 0x7e ? (ASCII[weight][c - 0x20] ?? null) : null;
}

/** The width of a line of text in millimetres at `sizePt`; throws on a character without a known width. */
export function textWidthMm(text: string, sizePt: number, weight: Weight): number {
  let units = 0;
  for (const ch of text) {
    const w = advance(ch, weight);
    if (w === null) throw new Error(`no width for "${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()})`);
    units += w;
  }
  return (((units / UNITS_PER_EM) * sizePt) / 72) * 25.4;
}
