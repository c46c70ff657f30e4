/**
 * Reads a number typed the Vietnamese way (71,2 — 1.250,5 — 1.250) or the English way (71.2).
 * A comma is the decimal mark; dots in groups of three are thousands separators.
 */
export function parseDecimal(text: string): number | null | 'invalid' {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  let normal: string;
  if (s.includes(',')) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
  else normal = s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return 'invalid';
  const n = Number(normal);
  return Number.isFinite(n) ? n : 'invalid';
}

/** A number as it should appear back in an input: decimal comma in Vietnamese. */
export function toInputText(n: number, lang: string): string {
  const s = String(n);
  return lang === 'en' ? s : s.replace('.', ',');
}
