/** The funding dashboard of an area (/tai-chinh/:unit) and the downloads of its .xlsx files. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { downloadFile } from './documents';
import type { ApiJson } from './types';

export type FundingDashboard = ApiJson<'getUnitsByCodeFundingDashboard'>;

export function useFundingDashboard(code: string | undefined, year: number, asOf: string | undefined) {
  return useQuery({
    queryKey: ['funding-dashboard', code ?? '', year, asOf],
    queryFn: ({ signal }) =>
      api<FundingDashboard>(`/units/${encodeURIComponent(code ?? '')}/funding/dashboard`, { query: { year, asOf }, signal }),
    enabled: !!code,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export type FundingFile = 'allocations' | 'disbursements' | 'debt';

/** Downloads one of the area's funding workbooks (plan, disbursement progress, debt). */
export function downloadFundingFile(code: string, file: FundingFile, year: number, asOf: string) {
  const base = `/units/${encodeURIComponent(code)}/funding`;
  const path = file === 'debt' ? `${base}/debt.xlsx` : `${base}/${file}/${year}.xlsx`;
  return downloadFile(path, { asOf }, `${file}-${code}-${year}.xlsx`);
}

export type PlanImportResult = ApiJson<'postUnitsByCodeFundingAllocationsByYearImport'>;

/** Sends the plan workbook: preview says what would change; apply writes the changed lines only. */
export function importPlanFile(code: string, year: number, file: File, mode: 'preview' | 'apply') {
  const form = new FormData();
  form.append('file', file);
  return api<PlanImportResult>(`/units/${encodeURIComponent(code)}/funding/allocations/${year}/import`, {
    method: 'POST',
    query: { mode },
    body: form,
  });
}
