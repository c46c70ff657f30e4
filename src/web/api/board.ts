/** The communes × criteria board of a district, province or (no unit) the whole country. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Board, CriterionBoard } from './types';

export function useBoard(unit: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['board', unit ?? '', asOf],
    queryFn: ({ signal }) => api<Board>('/board', { query: { unit, asOf }, signal }),
    enabled: !!asOf,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One criterion in every commune of a unit, per indicator: one request for the criterion view. */
export function useCriterionBoard(unit: string, criterion: number, asOf: string | undefined) {
  return useQuery({
    queryKey: ['criterion-board', unit, criterion, asOf],
    queryFn: ({ signal }) => api<CriterionBoard>(`/board/criteria/${criterion}`, { query: { unit, asOf }, signal }),
    enabled: !!asOf && !!unit && Number.isInteger(criterion) && criterion > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
