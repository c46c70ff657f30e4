/**
 * The as-of date (ngày số liệu) of a page: kept in the URL (?ngay=YYYY-MM-DD); when absent it is
 * today, or the last day of a unit that no longer exists (Krông Nô ceased on 30/06/2025).
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../domain/text/vietnamese';
import type { Unit } from '../api/types';

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export type AsOfReason = 'param' | 'today' | 'ended' | 'not_started';

export function defaultAsOf(
  unit: Pick<Unit, 'validFrom' | 'validTo'> | undefined,
  today = todayIso(),
): { asOf: string; reason: AsOfReason } {
  if (unit?.validTo && unit.validTo < today) return { asOf: unit.validTo, reason: 'ended' };
  if (unit && unit.validFrom > today) return { asOf: unit.validFrom, reason: 'not_started' };
  return { asOf: today, reason: 'today' };
}

/** As-of from the URL, else the default for `unit` (undefined while the unit is loading). */
export function useAsOf(unit: Pick<Unit, 'validFrom' | 'validTo'> | undefined, waitForUnit: boolean) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('ngay');
  const valid = fromUrl && isRealIsoDate(fromUrl) ? fromUrl : null;
  const fallback = waitForUnit && !unit ? undefined : defaultAsOf(unit);
  const asOf = valid ?? fallback?.asOf;
  const reason: AsOfReason | undefined = valid ? 'param' : fallback?.reason;
  const setAsOf = useCallback(
    (iso: string) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('ngay', iso);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { asOf, reason, setAsOf };
}

/** Keeps ?ngay= when linking to another page. */
export const withAsOf = (path: string, asOf: string | undefined) => (asOf ? `${path}?ngay=${asOf}` : path);
