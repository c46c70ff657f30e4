/** One commune's evaluation (per indicator, with threshold and reason, and recorded values) and value history. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { StoredValue, UnitEvaluation } from './types';

/** `set` absent: the commune's own NTM set, as the server assigns it. */
const evaluationQuery = (code: string, asOf: string | undefined, set?: string) => ({
  queryKey: ['evaluation', code, asOf, set ?? ''],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api<UnitEvaluation>(`/units/${encodeURIComponent(code)}/evaluation`, { query: { asOf, set }, signal }),
  staleTime: 60_000,
});

export function useEvaluation(code: string | undefined, asOf: string | undefined, set?: string) {
  return useQuery({ ...evaluationQuery(code ?? '', asOf, set), enabled: !!code && !!asOf });
}

export function useValueHistory(code: string, indicator: string, set: string, enabled: boolean) {
  return useQuery({
    queryKey: ['value-history', code, indicator, set],
    queryFn: ({ signal }) =>
      api<{ items: StoredValue[] }>(`/units/${encodeURIComponent(code)}/values/${encodeURIComponent(indicator)}/history`, {
        query: { set },
        signal,
      }),
    enabled,
  });
}
