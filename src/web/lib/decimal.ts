/**
 * Reads a number typed in the UI language's way, since "1.250" is 1250 in Vietnamese and 1.25 in
 * English: Vietnamese uses a decimal comma and dots between groups of three (71,2 — 1.250,5 —
 * 1.250); English a decimal point and commas between groups of three (71.2 — 1,250.5).
 */
export function parseDecimal(text: string, lang: string): number | null | 'invalid' {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  const en = lang === 'en';
  const group = en ? ',' : '.';
  const mark = en ? '.' : ',';
  const [whole = '', fraction, ...extra] = s.split(mark);
  if (extra.length > 0) return 'invalid';
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  // Group separators only between groups of exactly three digits.
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
  if (digits.includes(group) && !grouped.test(digits)) return 'invalid';
  const intPart = digits.split(group).join('');
  if (!/^\d+$/.test(intPart) || (fraction !== undefined && !/^\d+$/.test(fraction))) return 'invalid';
  const n = Number(`${sign}${intPart}${fraction !== undefined ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? n : 'invalid';
}

/** A number as it should appear back in an input: decimal comma in Vietnamese. */
export function toInputText(n: number, lang: string): string {
  const s = String(n);
  return lang === 'en' ? s : s.replace('.', ',');
}
