/**
 * Allocation plans (kế hoạch vốn) of a unit and year, their disbursements (giải ngân) and the live rates.
 * Money is integer đồng in every request and response; the pages show triệu đồng. Every write refreshes
 * the plan, its disbursements and the rates, so the rate on screen moves with each entry.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ApiJson } from './types';

export type Allocation = ApiJson<'getUnitsByCodeAllocationsByYear'>;
export type AllocationLine = Allocation['lines'][number];
export type Rates = ApiJson<'getUnitsByCodeFundingRates'>;
export type Disbursements = ApiJson<'getUnitsByCodeAllocationsByYearDisbursements'>;
export type RatesBy = 'source' | 'commune' | 'criterion' | 'work';
export interface LineInput {
  sourceCode: string;
  programmeName?: string | null;
  communeCode?: string | null;
  workId?: string | null;
  setCode?: string | null;
  criterionNumber?: number | null;
  amount: number;
}

const base = (code: string, year: number) => `/units/${encodeURIComponent(code)}/allocations/${year}`;

/** The plan, or null when none exists for the year yet (so the page offers to create it). */
export function useAllocation(code: string, year: number) {
  return useQuery({
    queryKey: ['allocation', code, year],
    queryFn: async ({ signal }) => {
      try {
        return await api<Allocation>(base(code, year), { signal });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404 && e.code === 'allocation.not_found') return null;
        throw e;
      }
    },
    enabled: !!code,
  });
}

export function useRates(code: string, year: number, by: RatesBy, asOf: string | undefined) {
  return useQuery({
    queryKey: ['allocation-rates', code, year, by, asOf],
    queryFn: ({ signal }) => api<Rates>(`/units/${encodeURIComponent(code)}/funding/rates`, { query: { year, by, asOf }, signal }),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });
}

export function useDisbursements(code: string, year: number) {
  return useQuery({
    queryKey: ['allocation-disbursements', code, year],
    queryFn: ({ signal }) => api<Disbursements>(`${base(code, year)}/disbursements`, { signal }),
    enabled: !!code,
  });
}

function useRefresh(code: string, year: number) {
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['allocation', code, year] }),
      qc.invalidateQueries({ queryKey: ['allocation-rates', code, year] }),
      qc.invalidateQueries({ queryKey: ['allocation-disbursements', code, year] }),
      qc.invalidateQueries({ queryKey: ['funding-dashboard', code] }),
    ]);
  };
}

/** One mutation per plan action; the body says which. */
export type PlanAction =
  | { kind: 'create' }
  | { kind: 'lines'; version: number; lines: LineInput[] }
  | { kind: 'submit'; version: number }
  | { kind: 'approve'; version: number; decisionNumber: string; decisionDate: string; decisionSigner: string | null }
  | { kind: 'return'; version: number; note: string };

export function usePlanAction(code: string, year: number) {
  const refresh = useRefresh(code, year);
  return useMutation({
    mutationFn: (a: PlanAction) => {
      const { kind, ...body } = a;
      if (kind === 'create') return api<Allocation>(base(code, year), { method: 'POST', body: {} });
      if (kind === 'lines') return api<Allocation>(`${base(code, year)}/lines`, { method: 'PUT', body });
      return api<Allocation>(`${base(code, year)}/${kind}`, { method: 'POST', body });
    },
    onSuccess: refresh,
  });
}

export function useRecordDisbursement(code: string, year: number) {
  const refresh = useRefresh(code, year);
  return useMutation({
    mutationFn: (v: { lineId: string; paidOn: string; amount: number; document: string | null }) =>
      api(`/units/${encodeURIComponent(code)}/allocation-lines/${encodeURIComponent(v.lineId)}/disbursements`, {
        method: 'POST',
        body: { paidOn: v.paidOn, amount: v.amount, document: v.document },
      }),
    onSuccess: refresh,
  });
}

export function useReverseDisbursement(code: string, year: number) {
  const refresh = useRefresh(code, year);
  return useMutation({
    mutationFn: (v: { id: string; reason: string }) =>
      api(`/units/${encodeURIComponent(code)}/disbursements/${encodeURIComponent(v.id)}/reverse`, {
        method: 'POST',
        body: { reason: v.reason },
      }),
    onSuccess: refresh,
  });
}

export type Children = ApiJson<'getUnitsByCodeChildren'>;

/** The communes of the area on a date (the plan's communes are those of its year). */
export function useCommunes(code: string, asOf: string) {
  return useQuery({
    queryKey: ['unit-children', code, asOf],
    queryFn: ({ signal }) => api<Children>(`/units/${encodeURIComponent(code)}/children`, { query: { asOf }, signal }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}
