/** Recognition dossiers (hồ sơ xét, công nhận): a commune's list, one dossier, and every act on it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client';
import type { ApiJson } from './types';

export type DossierList = ApiJson<'getUnitsByCodeDossiers'>;
export type Dossier = ApiJson<'getDossiersById'>;
export type DossierFile = ApiJson<'postDossiersByIdFiles', 201>;

const enc = encodeURIComponent;

export function useDossiers(unitCode: string) {
  return useQuery({
    queryKey: ['dossiers', unitCode],
    queryFn: ({ signal }) => api<DossierList>(`/units/${enc(unitCode)}/dossiers`, { signal }),
    retry: false,
  });
}

export function useStartDossier(unitCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { tier: string; year: number; assessmentDate: string; startedOn: string }) =>
      api<Dossier>(`/units/${enc(unitCode)}/dossiers`, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['dossiers', unitCode] }),
  });
}

export function useDossier(id: string, on: string) {
  return useQuery({
    queryKey: ['dossier', id, on],
    queryFn: ({ signal }) => api<Dossier>(`/dossiers/${enc(id)}`, { query: { on }, signal }),
    retry: false,
  });
}

/** Any act on the dossier (a path under /dossiers/:id and its body); the answer is the dossier as it now is. */
export function useDossierAct(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { method: 'POST' | 'PUT'; path: string; body: unknown }) =>
      api<Dossier>(`/dossiers/${enc(id)}${input.path}`, { method: input.method, body: input.body }),
    onSuccess: (d) => {
      qc.setQueriesData({ queryKey: ['dossier', id] }, d);
      void qc.invalidateQueries({ queryKey: ['dossier', id] });
    },
  });
}

export async function uploadDossierFile(id: string, file: File): Promise<DossierFile> {
  const form = new FormData();
  form.set('file', file);
  return api<DossierFile>(`/dossiers/${enc(id)}/files`, { method: 'POST', body: form });
}

export function useUploadDocument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { doc: string; file: File }) => {
      const form = new FormData();
      form.set('file', input.file);
      return api<Dossier>(`/dossiers/${enc(id)}/documents/${enc(input.doc)}`, { method: 'POST', body: form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['dossier', id] }),
  });
}

export const dossierFileUrl = (id: string, fileId: string) => apiUrl(`/dossiers/${enc(id)}/files/${enc(fileId)}`);
