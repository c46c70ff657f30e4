/** The audit trail of a commune: who changed what, when, before and after. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { AuditEvent } from './types';

export function useAudit(unitCode: string | undefined, indicator: string | undefined) {
  return useQuery({
    queryKey: ['audit', unitCode, indicator ?? ''],
    queryFn: ({ signal }) =>
      api<{ items: AuditEvent[] }>(`/units/${encodeURIComponent(unitCode ?? '')}/audit`, { query: { indicator }, signal }),
    enabled: !!unitCode,
  });
}
