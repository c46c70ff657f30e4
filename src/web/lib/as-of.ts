/**
 * The as-of date (ngày số liệu) of a page: kept in the URL (?ngay=YYYY-MM-DD) and carried by links;
 * when absent it is the unit's date context from the server (today where the unit exists today, else
 * the end of its last plan year, else its last day) — Krông Nô, ended 30/06/2025, opens on 31/12/2022.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../domain/text/vietnamese';
import type { DateReason } from '../../domain/units/date-context';
import { useDateContext } from '../api/date-context';
import type { Unit } from '../api/types';

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Why the page shows its date: from the URL, or the date context's reason ('ended' when the server could not say). */
export type AsOfReason = 'param' | 'ended' | DateReason;

export function defaultAsOf(
  unit: Pick<Unit, 'validFrom' | 'validTo'> | undefined,
  today = todayIso(),
): { asOf: string; reason: AsOfReason } {
  if (unit?.validTo && unit.validTo < today) return { asOf: unit.validTo, reason: 'ended' };
  if (unit && unit.validFrom > today) return { asOf: unit.validFrom, reason: 'not_started' };
  return { asOf: today, reason: 'today' };
}

/** As-of from the URL, else the unit's date context from the server (today, or its last plan year …; undefined while loading). */
export function useAsOf(unit: Pick<Unit, 'code' | 'validFrom' | 'validTo'> | undefined, waitForUnit: boolean) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('ngay');
  const valid = fromUrl && isRealIsoDate(fromUrl) ? fromUrl : null;
  const unitKnown = !(waitForUnit && !unit);
  // The context is asked for even with a date in the URL: its quick choices stay on offer.
  const context = useDateContext(unitKnown ? (unit?.code ?? null) : undefined);
  // Should the server not answer, the rule that needs no server: today, or the unit's last day.
  const fallback = !unitKnown ? undefined : context.data ? context.data : context.isError ? defaultAsOf(unit) : undefined;
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
  return { asOf, reason, setAsOf, context: context.data };
}

/** Keeps ?ngay= when linking to another page. */
export const withAsOf = (path: string, asOf: string | undefined) => (asOf ? `${path}?ngay=${asOf}` : path);

/** Adds the criteria set (`bo`, as on the commune page) to a path that may already have a query. */
export const withSet = (path: string, setCode: string | undefined) =>
  setCode ? `${path}${path.includes('?') ? '&' : '?'}bo=${encodeURIComponent(setCode)}` : path;
