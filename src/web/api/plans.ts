/**
 * Plans, their computed views (findings, dashboard), tasks and supervision (notices: api/notices.ts). Domain
 * types come from src/domain/plan; the response wrappers mirror src/http/routes/plans/schema.ts.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Plan, PlanStatus } from '../../domain/plan/plan.schema';
import type { PlanFinding } from '../../domain/plan/plan-checks';
import type { CommuneTarget } from '../../domain/plan/plan-objective.schema';
import type { PlanProgress } from '../../domain/plan/plan-progress';
import type { Agency, Task, TaskSection, TaskStatus } from '../../domain/plan/plan-task.schema';
import { api } from './client';

export type { Agency, CommuneTarget, Plan, PlanFinding, PlanProgress, PlanStatus, Task, TaskStatus };

export interface PlanSummary {
  code: string;
  year: number;
  title: string;
  issuingUnitCode: string;
  authority: string;
  status: PlanStatus;
  version: number;
  demo: boolean;
}
export interface PlanView {
  plan: Plan;
  version: number;
  demo: boolean;
  updatedAt: string;
  permissions: { edit: boolean; transitions: { action: string; to: PlanStatus; labelVi: string; labelEn: string }[] };
}
export interface Dashboard {
  code: string;
  year: number;
  asOf: string;
  baselineDate: string;
  progress: PlanProgress;
  baseline: { unitCode: string; name: string; metAtStart: number; recognised: boolean }[];
  perCriterion: { number: number; committed: number; done: number; onTrack: number; atRisk: number; missed: number }[];
  tasks: {
    total: number;
    counts: Record<string, number>;
    overdue: { number: string; text: string; deadline: string | null; leadAgencyCode: string | null; status: string }[];
  };
}
export interface Findings {
  findings: PlanFinding[];
  baselineDate: string;
  criterionNumbers: number[];
  baseline: { unitCode: string; name: string; met: number[]; recognised: boolean }[];
}
export interface AttachedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}
export interface TaskItem extends Task {
  id: string;
  version: number;
  overdue: boolean;
  canUpdate: boolean;
  updates: {
    id: string;
    reportedOn: string;
    status: TaskStatus;
    note: string;
    unitCode: string | null;
    authorName: string;
    createdAt: string;
    files: AttachedFile[];
  }[];
}
export interface TaskList {
  code: string;
  agencies: Agency[];
  sections: TaskSection[];
  canEdit: boolean;
  items: TaskItem[];
}
export interface Visit {
  id: string;
  unitCode: string;
  unitName: string;
  planCode: string | null;
  visitedOn: string;
  byKind: 'agency' | 'working_group' | 'front';
  byName: string;
  summary: string | null;
  findings: { criterion: number | null; finding: string }[];
  actions: { id: string; text: string; owner: string; deadline: string | null; status: 'open' | 'done' | 'cancelled'; version: number }[];
  createdAt: string;
  files: AttachedFile[];
}
const enc = encodeURIComponent;

export const usePlans = () =>
  useQuery({ queryKey: ['plans'], queryFn: ({ signal }) => api<{ items: PlanSummary[] }>('/plans', { signal }) });

export const usePlan = (code: string | undefined) =>
  useQuery({ queryKey: ['plan', code], queryFn: ({ signal }) => api<PlanView>(`/plans/${enc(code ?? '')}`, { signal }), enabled: !!code });

export const useFindings = (code: string | undefined) =>
  useQuery({
    queryKey: ['plan', code, 'findings'],
    queryFn: ({ signal }) => api<Findings>(`/plans/${enc(code ?? '')}/findings`, { signal }),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });

export const useDashboard = (code: string | undefined, asOf: string | undefined) =>
  useQuery({
    queryKey: ['plan', code, 'dashboard', asOf],
    queryFn: ({ signal }) => api<Dashboard>(`/plans/${enc(code ?? '')}/dashboard`, { query: { asOf }, signal }),
    enabled: !!code,
  });

export interface TaskQuery {
  agency?: string | undefined;
  unit?: string | undefined;
  status?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  asOf?: string | undefined;
}
export const useTasks = (code: string | undefined, q: TaskQuery) =>
  useQuery({
    queryKey: ['plan', code, 'tasks', q],
    queryFn: ({ signal }) => api<TaskList>(`/plans/${enc(code ?? '')}/tasks`, { query: { ...q }, signal }),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });

export const useVisits = (unit: string | undefined) =>
  useQuery({
    queryKey: ['supervision', unit],
    queryFn: ({ signal }) => api<{ items: Visit[] }>(`/units/${enc(unit ?? '')}/supervision`, { signal }),
    enabled: !!unit,
  });

/** Every plan write refreshes what depends on the plan. */
function usePlanMutation<V, R>(fn: (v: V) => Promise<R>, code: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['plan', code] });
      void qc.invalidateQueries({ queryKey: ['plans'] });
      void qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useSetTarget = (code: string | undefined) =>
  usePlanMutation(
    (v: { unitCode: string; expectedVersion: number; target: Omit<CommuneTarget, 'unitCode' | 'name'> | null }) =>
      api<PlanView>(`/plans/${enc(code ?? '')}/targets/${enc(v.unitCode)}`, {
        method: 'PUT',
        body: { expectedVersion: v.expectedVersion, target: v.target },
      }),
    code,
  );

export const useUpdatePlan = (code: string | undefined) =>
  usePlanMutation(
    (v: { expectedVersion: number; parts: Partial<Plan> }) => api<PlanView>(`/plans/${enc(code ?? '')}`, { method: 'PATCH', body: v }),
    code,
  );

export const useChangeStatus = (code: string | undefined) =>
  usePlanMutation(
    (v: { to: PlanStatus; expectedVersion: number; note?: string }) =>
      api<PlanView>(`/plans/${enc(code ?? '')}/status`, { method: 'POST', body: v }),
    code,
  );

export const useCopyPlan = (code: string | undefined) =>
  usePlanMutation(
    (v: { code: string }) =>
      api<PlanView & { dropped: { unitCode: string; name: string }[] }>(`/plans/${enc(code ?? '')}/copy`, { method: 'POST', body: v }),
    code,
  );

export const useReportProgress = (code: string | undefined) =>
  usePlanMutation(
    (v: { number: string; reportedOn: string; status: TaskStatus; note: string; unitCode?: string; expectedVersion: number }) => {
      const { number, ...body } = v;
      return api<{ id: string }>(`/plans/${enc(code ?? '')}/tasks/${enc(number)}/progress`, { method: 'POST', body });
    },
    code,
  );

export const useEditTask = (code: string | undefined) =>
  usePlanMutation((v: { number: string; deadline?: string | null; leadAgencyCode?: string | null; expectedVersion: number }) => {
    const { number, ...body } = v;
    return api<Task>(`/plans/${enc(code ?? '')}/tasks/${enc(number)}`, { method: 'PATCH', body });
  }, code);

export function useRecordVisit(unit: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      v: Omit<Visit, 'id' | 'unitCode' | 'unitName' | 'actions' | 'createdAt' | 'planCode' | 'summary' | 'files'> & {
        unitCode: string;
        planCode?: string;
        summary?: string;
        actions: { text: string; owner: string; deadline: string | null }[];
      },
    ) => {
      const { unitCode, ...body } = v;
      return api<{ id: string }>(`/units/${enc(unitCode)}/supervision`, { method: 'POST', body });
    },
    onSettled: () => void qc.invalidateQueries({ queryKey: ['supervision', unit] }),
  });
}

export function useSetActionStatus(unit: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { unitCode: string; id: string; status: 'open' | 'done' | 'cancelled'; expectedVersion: number }) =>
      api(`/units/${enc(v.unitCode)}/supervision/actions/${enc(v.id)}`, {
        method: 'PATCH',
        body: { status: v.status, expectedVersion: v.expectedVersion },
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['supervision', unit] }),
  });
}

export interface AgencyRecord {
  code: string;
  name: string;
  kind: string;
  note: string | null;
  users: { id: string; displayName: string }[];
  criteria: number[];
  /** Criteria assigned by the demo data (an illustration, not a decision). */
  demoCriteria?: number[];
}
export interface Member {
  id: string;
  name: string;
  position: string | null;
  agencyCode: string | null;
  unitCode: string;
}

export const useAgencies = (unit: string | undefined) =>
  useQuery({
    queryKey: ['agencies', unit],
    queryFn: ({ signal }) => api<{ unitCode: string; items: AgencyRecord[] }>(`/units/${enc(unit ?? '')}/agencies`, { signal }),
    enabled: !!unit,
    retry: false,
  });

export function useSetOwner(unit: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { number: number; agencyCode: string }) =>
      api(`/units/${enc(unit ?? '')}/criterion-owners/${v.number}`, { method: 'PUT', body: { agencyCode: v.agencyCode } }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['agencies', unit] }),
  });
}

export const useWorkingGroup = (code: string | undefined) =>
  useQuery({
    queryKey: ['plan', code, 'working-group'],
    queryFn: ({ signal }) => api<{ items: Member[] }>(`/plans/${enc(code ?? '')}/working-group`, { signal }),
    enabled: !!code,
  });

export const useAddMember = (code: string | undefined) =>
  usePlanMutation(
    (v: { name: string; position?: string; agencyCode?: string; unitCode: string }) =>
      api(`/plans/${enc(code ?? '')}/working-group`, { method: 'POST', body: v }),
    code,
  );

export const useRemoveMember = (code: string | undefined) =>
  usePlanMutation((id: string) => api(`/plans/${enc(code ?? '')}/working-group/${enc(id)}`, { method: 'DELETE' }), code);

/** Uploads one file to a progress update or a supervision visit (multipart). */
export function uploadAttachment(path: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<AttachedFile>(path, { method: 'POST', body: form });
}
export const taskFilesPath = (plan: string, task: string, update: string) =>
  `/plans/${enc(plan)}/tasks/${enc(task)}/updates/${enc(update)}/files`;
export const visitFilesPath = (unit: string, visit: string) => `/units/${enc(unit)}/supervision/${enc(visit)}/files`;
