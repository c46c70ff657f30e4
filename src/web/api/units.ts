/** Administrative units: one unit (with its validity dates), search, children and merge history. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Unit } from './types';

export function useUnit(code: string | undefined) {
  return useQuery({
    queryKey: ['unit', code],
    queryFn: ({ signal }) => api<Unit>(`/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

export function useUnits(params: { asOf?: string; kind?: Unit['kind']; q?: string }, enabled = true) {
  return useQuery({
    queryKey: ['units', params],
    queryFn: ({ signal }) => api<{ asOf: string; items: Unit[] }>('/units', { query: { ...params }, signal }),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export interface HistoryEntry {
  unit: Unit;
  via: { predecessorCode: string; successorCode: string; kind: string; effectiveDate: string; legalBasis: string };
  valueCount: number;
}

export function useUnitHistory(code: string | undefined) {
  return useQuery({
    queryKey: ['unit-history', code],
    queryFn: ({ signal }) =>
      api<{ unit: Unit; valueCount: number; predecessors: HistoryEntry[]; successors: HistoryEntry[] }>(
        `/units/${encodeURIComponent(code ?? '')}/history`,
        { signal },
      ),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}
