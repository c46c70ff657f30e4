/**
 * Money text: amounts are integer đồng everywhere; people read triệu đồng with Vietnamese
 * separators (1.234,5) and official documents need the amount in words. Pure, so the web uses it too.
 */
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

const MILLION = 1_000_000;

/** Đồng → triệu đồng, Vietnamese separators: 1_234_500_000 → "1.234,5". */
export function formatMillion(dong: number, decimals = 1): string {
  return new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(dong / MILLION);
}

/** Đồng with thousands dots: 1_234_500_000 → "1.234.500.000". */
export const formatDong = (dong: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(dong);

/** "Một tỷ hai trăm ba mươi tư triệu năm trăm nghìn đồng" (integer đồng only). */
export function amountInWords(dong: number): string {
  if (!Number.isSafeInteger(dong)) throw new RangeError(`not an integer amount: ${dong}`);
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  const words = doReadNumber(String(dong), config)
    .replace(/\btỉ\b/gu, 'tỷ')
    .replace(/tỉ/gu, 'tỷ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Text typed in triệu đồng ("1.234,5", "12", "0,25") → integer đồng, or null when it is not a
 * non-negative number in that form or exceeds the safe range.
 */
export function parseMillionInput(text: string): number | null {
  const t = text.trim().replace(/\s/gu, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,6})?$/u.test(t)) return null;
  const [intPart = '', frac = ''] = t.replace(/\./gu, '').split(',');
  const dong = Number(intPart) * MILLION + Number(`${frac}000000`.slice(0, 6));
  return Number.isSafeInteger(dong) ? dong : null;
}
