/** The Front's satisfaction survey: rounds of a commune, one round with its results, and every entry path. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiJson } from './types';

export type SurveyRound = ApiJson<'getSurveyRoundsById'>;
export type SurveyRoundList = ApiJson<'getUnitsByCodeSurveyRounds'>;
export type SurveyRules = ApiJson<'getSurveyRules'>;
export type SurveyCodes = ApiJson<'postSurveyRoundsByIdHamletsByHamletIdCodes'>;
export type PublicBallot = ApiJson<'getPublicBallotsByToken'>;
export type Answer = 'satisfied' | 'not_satisfied' | null;

const enc = encodeURIComponent;

export const useSurveyRounds = (unit: string | undefined) =>
  useQuery({
    queryKey: ['survey-rounds', unit],
    queryFn: ({ signal }) => api<SurveyRoundList>(`/units/${enc(unit ?? '')}/survey-rounds`, { signal }),
    enabled: !!unit,
  });

export const useSurveyRules = () =>
  useQuery({ queryKey: ['survey-rules'], queryFn: ({ signal }) => api<SurveyRules>('/survey-rules', { signal }), staleTime: 60 * 60_000 });

export const useSurveyRound = (id: string | undefined) =>
  useQuery({
    queryKey: ['survey-round', id],
    queryFn: ({ signal }) => api<SurveyRound>(`/survey-rounds/${enc(id ?? '')}`, { signal }),
    enabled: !!id,
  });

export interface NewRound {
  purpose: string;
  year: number;
  startsOn: string;
  forms: string[];
  hamlets: { name: string; households: number }[];
}

export function useCreateRound(unit: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: NewRound) => api<{ id: string }>(`/units/${enc(unit)}/survey-rounds`, { method: 'POST', body: v }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['survey-rounds', unit] }),
  });
}

/** A write on a round; the round (and the commune's list) are read again after it. */
function useRoundWrite<V, R>(id: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ['survey-round', id] }), qc.invalidateQueries({ queryKey: ['survey-rounds'] })]),
  });
}

export interface TallyInput {
  hamletId: string;
  households: number;
  ballotsIssued: number;
  paperReturned: number;
  items: { code: string; satisfied: number; notSatisfied: number }[];
  expectedVersion: number;
}

export const useSaveTally = (id: string) =>
  useRoundWrite(id, ({ hamletId, ...body }: TallyInput) =>
    api<{ id: string; version: number }>(`/survey-rounds/${enc(id)}/hamlets/${enc(hamletId)}`, { method: 'PUT', body }),
  );

export const useAddHamlet = (id: string) =>
  useRoundWrite(id, (body: { name: string; households: number }) =>
    api<{ id: string }>(`/survey-rounds/${enc(id)}/hamlets`, { method: 'POST', body }),
  );

export const useRecordBallot = (id: string) =>
  useRoundWrite(id, (v: { hamletId: string; answers: Record<string, Answer> }) =>
    api<{ id: string }>(`/survey-rounds/${enc(id)}/hamlets/${enc(v.hamletId)}/ballots`, { method: 'POST', body: { answers: v.answers } }),
  );

export const useGenerateCodes = (id: string) =>
  useRoundWrite(id, (v: { hamletId: string; count: number }) =>
    api<SurveyCodes>(`/survey-rounds/${enc(id)}/hamlets/${enc(v.hamletId)}/codes`, { method: 'POST', body: { count: v.count } }),
  );

export const useCloseRound = (id: string) =>
  useRoundWrite(id, (body: { endsOn: string; expectedVersion: number }) =>
    api(`/survey-rounds/${enc(id)}/close`, { method: 'POST', body }),
  );

export const usePublishRound = (id: string) =>
  useRoundWrite(id, (body: { publishedOn: string; place: string; channel: string; expectedVersion: number }) =>
    api(`/survey-rounds/${enc(id)}/publish`, { method: 'POST', body }),
  );

export const surveyReportUrl = (id: string) => `/api/v1/survey-rounds/${enc(id)}/report.docx`;

export const usePublicBallot = (token: string | undefined) =>
  useQuery({
    queryKey: ['public-ballot', token],
    queryFn: ({ signal }) => api<PublicBallot>(`/public/ballots/${enc(token ?? '')}`, { signal }),
    enabled: !!token,
    retry: false,
  });

export const useSendPublicBallot = (token: string) =>
  useMutation({
    mutationFn: (v: { code: string; answers: Record<string, Answer> }) =>
      api<{ accepted: true }>(`/public/ballots/${enc(token)}`, { method: 'POST', body: v }),
  });
