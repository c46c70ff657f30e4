/** Works (công trình, dự án): an area's or a commune's list on a date, and one work with its plan and acceptances. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiJson } from './types';

export type WorkList = ApiJson<'getUnitsByCodeWorks'>;
export type Work = ApiJson<'getWorksById'>;

export function useWorks(
  code: string | undefined,
  query: { asOf?: string | undefined; kind?: string | undefined; criterion?: number | undefined },
) {
  return useQuery({
    queryKey: ['works', code ?? '', query.asOf, query.kind, query.criterion],
    queryFn: ({ signal }) => api<WorkList>(`/units/${encodeURIComponent(code ?? '')}/works`, { query, signal }),
    enabled: !!code && !!query.asOf,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useWork(id: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['work', id ?? '', asOf],
    queryFn: ({ signal }) => api<Work>(`/works/${encodeURIComponent(id ?? '')}`, { query: { asOf }, signal }),
    enabled: !!id,
    staleTime: 30_000,
  });
}
