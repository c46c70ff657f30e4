/**
 * Vietnamese text and number helpers shared by server, CLI and web: collation for sorting,
 * a diacritic-free form for search (SQLite's lower()/LIKE do not know Vietnamese letters),
 * and the UI formats 17,9 / 1.250.000 / dd/mm/yyyy.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export const compareVi = (a: string, b: string) => collator.compare(a, b);

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  // Lists usually arrive sorted by the server: one pass to check is far cheaper than sorting 8,000 names.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = collator.compare(key(items[i - 1] as T), key(items[i] as T)) <= 0;
  return sorted ? [...items] : [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** "Nâm N'Đir" → "nam n'dir": NFD, strip marks, đ→d, lower case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

/** 17.9 → "17,9"; 1250000 → "1.250.000". */
export function formatNumberVi(n: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(n);
}

/** "2022-04-05" → "05/04/2022". */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Vietnam's offset: times are stored in UTC and read by the users in UTC+7, whatever the machine's zone. */
export const VN_OFFSET_MS = 7 * 3_600_000;

/** The instant as Vietnam reads it, ISO-shaped: "2026-12-02T05:47:00.000Z" for 2026-12-01T22:47Z. */
const inVietnam = (iso: string) => new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString();

/** The calendar day in Vietnam of an instant: "2026-12-02" for 2026-12-01T22:47Z. */
export const vietnamDay = (iso: string) => inVietnam(iso).slice(0, 10);

/** "02/12/2026 05:47" (Vietnam time) for 2026-12-01T22:47Z; "" for a time that cannot be read. */
export function formatDateTimeVi(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return '';
  const d = inVietnam(iso);
  return `${formatDateVi(d.slice(0, 10))} ${d.slice(11, 16)}`;
}

/** "05/04/2022" or "2022-04-05" → "2022-04-05"; null when not a real date. */
export function parseDate(input: string): string | null {
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  const iso = vi ? `${vi[3]}-${vi[2]?.padStart(2, '0')}-${vi[1]?.padStart(2, '0')}` : input.trim();
  return isRealIsoDate(iso) ? iso : null;
}

/** True for an existing calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** True when the text holds control characters other than tab and line breaks. */
export function hasControlCharacters(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') || c === 0x7f) return true;
  }
  return false;
}
