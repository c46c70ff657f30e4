/** Evidence files (hồ sơ minh chứng) of a commune: list, upload (multipart, ≤ 10 MB) and download link. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client';
import type { Evidence } from './types';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_ACCEPT =
  'application/pdf,image/*,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useEvidence(unitCode: string, set: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['evidence', unitCode, set, asOf],
    queryFn: ({ signal }) =>
      api<{ items: Evidence[] }>(`/units/${encodeURIComponent(unitCode)}/evidence`, { query: { set, asOf }, signal }),
    enabled: !!set && !!asOf,
    retry: false,
  });
}

export function useUploadEvidence(unitCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { set: string; asOf: string; indicator: string; file: File }) => {
      const form = new FormData();
      form.set('set', input.set);
      form.set('asOf', input.asOf);
      form.set('indicator', input.indicator);
      form.set('file', input.file);
      return api<Evidence>(`/units/${encodeURIComponent(unitCode)}/evidence`, { method: 'POST', body: form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['evidence', unitCode] }),
  });
}

export const evidenceUrl = (id: string) => apiUrl(`/evidence/${encodeURIComponent(id)}`);
