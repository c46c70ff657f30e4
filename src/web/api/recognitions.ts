/** A commune's recognitions (công nhận) and titles on a date, and an area's list of titles and their risk. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiJson } from './types';

export type UnitRecognitions = ApiJson<'getUnitsByCodeRecognitions'>;
export type TitleRisks = ApiJson<'getUnitsByCodeTitleRisks'>;
/** A title held on a date, judged against the board's evaluation (board rows carry the same shape). */
export type JudgedTitle = UnitRecognitions['titles'][number];

export function useRecognitions(code: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['recognitions', code ?? '', asOf],
    queryFn: ({ signal }) => api<UnitRecognitions>(`/units/${encodeURIComponent(code ?? '')}/recognitions`, { query: { asOf }, signal }),
    enabled: !!code && !!asOf,
    staleTime: 60_000,
  });
}

export function useTitleRisks(code: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: ['title-risks', code ?? '', date],
    queryFn: ({ signal }) => api<TitleRisks>(`/units/${encodeURIComponent(code ?? '')}/title-risks`, { query: { date }, signal }),
    enabled: !!code && !!date,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
