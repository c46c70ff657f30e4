/** The date context of a unit (or of the country): default reporting date, why, and the quick choices. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiJson } from './types';

export type DateContext = ApiJson<'getDateContext'>;

/** `unitCode` null = the whole country; undefined = not yet known (no request). */
export function useDateContext(unitCode: string | null | undefined) {
  return useQuery({
    queryKey: ['date-context', unitCode],
    queryFn: ({ signal }) => api<DateContext>('/date-context', { query: unitCode ? { unit: unitCode } : {}, signal }),
    enabled: unitCode !== undefined,
    staleTime: 10 * 60_000,
    retry: false,
  });
}
