/** The audit trail, readable: a commune's, an area's (with filters), the security log, and the chain's state. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditChange, AuditKind } from '../../domain/audit/audit-actions';
import { api } from './client';
import type { Unit } from './types';

export interface AuditEntry {
  id: string;
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  kind: AuditKind;
  unitName: string | null;
  object: { type: string; label: string };
  dataDate: string | null;
  changes: AuditChange[];
  unreadable: boolean;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: number | null;
}

export interface AreaFilter {
  commune?: string | undefined;
  criterion?: string | undefined;
  user?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function usePaged(key: unknown[], path: string, query: Record<string, string | undefined>, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', ...key],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>(path, { query: { ...query, cursor: pageParam ? String(pageParam) : undefined }, signal }),
    initialPageParam: 0,
    getNextPageParam: (last: AuditPage) => last.nextCursor ?? undefined,
    enabled,
  });
}

export const useAudit = (unitCode: string | undefined, indicator: string | undefined) =>
  usePaged(['unit', unitCode, indicator ?? ''], `/units/${encodeURIComponent(unitCode ?? '')}/audit`, { indicator }, !!unitCode);

export const useAreaAudit = (unit: string | undefined, f: AreaFilter, enabled = true) =>
  usePaged(['area', unit, f], '/audit', { unit, ...f }, enabled && !!unit);

export const useSecurityAudit = (unit: string | undefined, f: Pick<AreaFilter, 'from' | 'to'>, enabled: boolean) =>
  usePaged(['security', unit, f], '/audit/security', { unit, ...f }, enabled && !!unit);

export const useMySignIns = (enabled: boolean) => usePaged(['security', 'mine'], '/audit/security/mine', {}, enabled);

export interface AuditIntegrity {
  state: 'intact' | 'broken' | 'unchecked';
  checked: number;
  broken: { kind: string; seq: number | null; id: string | null; at: string | null; action: string | null; vi: string; en: string } | null;
}

export const useAuditIntegrity = (enabled: boolean) =>
  useQuery({
    queryKey: ['audit-integrity'],
    queryFn: ({ signal }) => api<AuditIntegrity>('/audit/integrity', { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });

export const useChildren = (code: string | undefined, asOf: string) =>
  useQuery({
    queryKey: ['unit-children', code, asOf],
    queryFn: ({ signal }) =>
      api<{ asOf: string; unit: Unit; items: Unit[] }>(`/units/${encodeURIComponent(code ?? '')}/children`, { query: { asOf }, signal }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
