/**
 * Small pure helpers of the money pages: triệu đồng, rates as "25,0%", dd/mm/yyyy ⇄ ISO dates, the
 * default as-of date of a plan year (31/12 of a past year, else today) and the source names of the year.
 */
import { fundingPeriodOfYear, sourceLeaves } from '../../../catalog/funding/index';
import { formatMillion } from '../../../domain/funding/money';
import { isRealIsoDate } from '../../../domain/text/vietnamese';
import { todayIso } from '../../lib/as-of';

export const million = (dong: number) => formatMillion(dong);
export const ratePct = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1).replace('.', ',')}%`);
export const dmy = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');

/** "15/03/2023" (or "15/3/2023") → "2023-03-15"; null when it is not a real date. */
export function parseDmy(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isRealIsoDate(iso) ? iso : null;
}

export function yearAsOf(year: number, today = todayIso()): string {
  return Number(today.slice(0, 4)) > year ? `${year}-12-31` : today;
}

/** The leaves of the year's source tree, in catalogue order, or none when no period covers the year. */
export function leavesOfYear(year: number) {
  try {
    return sourceLeaves(fundingPeriodOfYear(year));
  } catch {
    return [];
  }
}

/** The criteria set in force for the year when the unit names none (QĐ 318 until 2025, QĐ 51 after). */
export const defaultSetOfYear = (year: number) => (year <= 2025 ? 'qd318-ntm-2021-2025' : 'qd51-ntm-2026-2030');
