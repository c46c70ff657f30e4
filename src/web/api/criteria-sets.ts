/** Criteria sets: the list and one whole set document (indicators, thresholds with provenance). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { CriteriaSet, SetSummary } from './types';

export function useCriteriaSets() {
  return useQuery({
    queryKey: ['criteria-sets'],
    queryFn: ({ signal }) => api<{ items: SetSummary[] }>('/criteria-sets', { signal }),
    staleTime: 30 * 60_000,
  });
}

export function useCriteriaSet(code: string | undefined) {
  return useQuery({
    queryKey: ['criteria-set', code],
    queryFn: ({ signal }) => api<CriteriaSet>(`/criteria-sets/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: !!code,
    staleTime: 30 * 60_000,
  });
}
