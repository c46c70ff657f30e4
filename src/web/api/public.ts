/** The public (no sign-in) summary of one commune: criteria met and tier, no personal data. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { PublicUnit } from './types';

export function usePublicUnit(code: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['public-unit', code, asOf ?? ''],
    queryFn: ({ signal }) => api<PublicUnit>(`/public/units/${encodeURIComponent(code ?? '')}`, { query: { asOf }, signal }),
    enabled: !!code,
    retry: false,
  });
}
