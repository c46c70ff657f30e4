/**
 * Starting a plan from nothing (the catalogue's legal bases for a unit and year, the new draft) and the
 * review flags of a copied plan (mark one reviewed; approve acknowledging the pending ones). Types come
 * from src/domain/plan; the wrappers mirror src/http/routes/plans/{schema,new-plan-routes}.ts.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LegalBasisEntry } from '../../domain/plan/legal-basis-catalog.schema';
import type { NewPlanInput } from '../../domain/plan/plan-new';
import type { ReviewFlag } from '../../domain/plan/plan-review.schema';
import { api } from './client';
import type { PlanStatus, PlanView } from './plans';

export type { NewPlanInput, ReviewFlag };
export type LegalBasisChoice = LegalBasisEntry & { servesYear: boolean; prefill: boolean };

const enc = encodeURIComponent;

export const useLegalBases = (year: number | null, unit: string | null) =>
  useQuery({
    queryKey: ['legal-bases', year, unit],
    queryFn: ({ signal }) =>
      api<{ items: LegalBasisChoice[] }>('/legal-bases', { query: { year: String(year), unit: unit ?? '' }, signal }),
    enabled: year !== null && year >= 2000 && year <= 2100 && !!unit,
    staleTime: 10 * 60_000,
  });

export function useStartPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPlanInput) => api<PlanView>('/plans/new', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

function useRefreshPlan(code: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['plan', code] });
    void qc.invalidateQueries({ queryKey: ['plans'] });
    void qc.invalidateQueries({ queryKey: ['notifications'] });
  };
}

export function useMarkReviewed(code: string) {
  const refresh = useRefreshPlan(code);
  return useMutation({
    mutationFn: (v: { flagId: string; expectedVersion: number }) =>
      api<PlanView>(`/plans/${enc(code)}/reviews`, { method: 'POST', body: v }),
    onSettled: refresh,
  });
}

/** A status change that may acknowledge the review flags still pending (approval). */
export function useChangeStatusAck(code: string) {
  const refresh = useRefreshPlan(code);
  return useMutation({
    mutationFn: (v: { to: PlanStatus; expectedVersion: number; note?: string; acknowledgeUnreviewed?: boolean }) =>
      api<PlanView>(`/plans/${enc(code)}/status`, { method: 'POST', body: v }),
    onSettled: refresh,
  });
}
