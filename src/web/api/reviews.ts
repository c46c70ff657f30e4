/** The department's verification queue and the verify / return action on one value. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ReviewItem, StoredValue } from './types';

export function useReviewQueue(unit: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['reviews', unit, asOf],
    queryFn: ({ signal }) => api<{ items: ReviewItem[] }>('/reviews', { query: { unit, asOf }, signal }),
    enabled: !!unit,
  });
}

export interface ReviewInput {
  unitCode: string;
  indicatorCode: string;
  set: string;
  asOf: string;
  action: 'verify' | 'return';
  comment?: string;
  expectedVersion: number;
}

export function useReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ unitCode, indicatorCode, ...body }: ReviewInput) =>
      api<StoredValue>(`/units/${encodeURIComponent(unitCode)}/values/${encodeURIComponent(indicatorCode)}/review`, {
        method: 'POST',
        body,
      }),
    onSettled: (_d, _e, v) => {
      void qc.invalidateQueries({ queryKey: ['reviews'] });
      void qc.invalidateQueries({ queryKey: ['evaluation', v.unitCode] });
      void qc.invalidateQueries({ queryKey: ['board'] });
    },
  });
}

export interface BulkReviewItem {
  unit: string;
  set: string;
  indicator: string;
  asOf: string;
  expectedVersion: number;
}

/** Verifies many values at once under `area` (each audited; a stale one refuses all, naming it). */
export function useBulkReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ area, items }: { area: string; items: BulkReviewItem[] }) =>
      api<{ verified: number }>(`/units/${encodeURIComponent(area)}/reviews/bulk`, { method: 'POST', body: { items } }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['reviews'] });
      void qc.invalidateQueries({ queryKey: ['evaluation'] });
      void qc.invalidateQueries({ queryKey: ['board'] });
    },
  });
}
