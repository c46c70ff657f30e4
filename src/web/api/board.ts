/** The communes × criteria board of a district, province or (no unit) the whole country. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Board } from './types';

export function useBoard(unit: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['board', unit ?? '', asOf],
    queryFn: ({ signal }) => api<Board>('/board', { query: { unit, asOf }, signal }),
    enabled: !!asOf,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
