/** The public (no sign-in) summaries of a commune and of a district/province: verified results only, no personal data. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { PublicArea, PublicUnit } from './types';

export function usePublicUnit(code: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['public-unit', code, asOf ?? ''],
    queryFn: ({ signal }) => api<PublicUnit>(`/public/units/${encodeURIComponent(code ?? '')}`, { query: { asOf }, signal }),
    enabled: !!code,
    retry: false,
  });
}

export function usePublicArea(code: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['public-area', code, asOf ?? ''],
    queryFn: ({ signal }) => api<PublicArea>(`/public/areas/${encodeURIComponent(code ?? '')}`, { query: { asOf }, signal }),
    enabled: !!code,
    retry: false,
  });
}
