/** The communes × criteria board of a district, province or (no unit) the whole country. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Board, CriterionBoard } from './types';

/** `set` absent: the set most communes of the unit use on the date (the board says what it leaves out). */
export function useBoard(unit: string | undefined, asOf: string | undefined, set?: string | undefined) {
  return useQuery({
    queryKey: ['board', unit ?? '', asOf, set ?? ''],
    queryFn: ({ signal }) => api<Board>('/board', { query: { unit, asOf, set }, signal }),
    enabled: !!asOf,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One criterion in every commune of a unit, per indicator: one request for the criterion view. */
/** `set` names the set whose criterion `criterion` is meant: numbers mean different criteria in QĐ 318 and QĐ 51. */
export function useCriterionBoard(unit: string, criterion: number, asOf: string | undefined, set?: string | undefined) {
  return useQuery({
    queryKey: ['criterion-board', unit, criterion, asOf, set ?? ''],
    queryFn: ({ signal }) => api<CriterionBoard>(`/board/criteria/${criterion}`, { query: { unit, asOf, set }, signal }),
    enabled: !!asOf && !!unit && Number.isInteger(criterion) && criterion > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
