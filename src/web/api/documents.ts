/**
 * Document downloads and the values import. A download is fetched (so an error shows as a message,
 * not a page of JSON) and saved under the server's file name; the import goes through XMLHttpRequest
 * for the upload's progress, then reads the server's stages as they arrive (JSON lines).
 */
import { ApiError, apiUrl, fallbackError, getCsrfToken, toApiError } from './client';

export type DocumentKind = 'plan.docx' | 'plan.xlsx' | 'board.xlsx' | 'values.xlsx' | 'report.docx';

const fileNameOf = (res: Response, fallback: string) => {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/.exec(cd)?.[1];
  return star ? decodeURIComponent(star) : fallback;
};

export const downloadDocument = (kind: DocumentKind, query: Record<string, string | number | undefined>) =>
  downloadFile(`/documents/${kind}`, query, kind);

/** Any download of the API (path under /api/v1), saved under the server's file name. */
export async function downloadFile(path: string, query: Record<string, string | number | undefined>, fallbackName: string) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  let res: Response;
  try {
    res = await fetch(`${apiUrl(path)}?${qs}`, { credentials: 'include' });
  } catch {
    throw fallbackError(0);
  }
  if (!res.ok) throw await toApiError(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ImportIssue {
  sheet: string;
  row: number;
  column: string;
  cell: string;
  code: string;
  vi: string;
  en: string;
}

export interface ImportResult {
  setCode: string;
  asOf: string;
  rows: number;
  acceptedRows: number;
  values: number;
  written: number;
  changed: number;
  unchanged: number;
  new: number;
  conflicts: number;
  communes: ImportCommune[];
  dryRun: boolean;
  issues: ImportIssue[];
}

/** What the sheet changes in one commune. */
export interface ImportCommune {
  unitCode: string;
  name: string;
  changed: number;
  unchanged: number;
  new: number;
  conflicts: number;
}

export type ImportStage = 'upload' | 'check' | 'read' | 'validate' | 'write' | 'done';

export interface ImportOptions {
  unit: string;
  file: File;
  mode: 'all' | 'valid';
  dryRun: boolean;
  onProgress: (stage: ImportStage, fraction: number) => void;
}

/** Uploads the workbook and follows the server's stages; resolves to the result, rejects with ApiError. */
export function importValuesFile(o: ImportOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const qs = new URLSearchParams({ unit: o.unit, mode: o.mode, dryRun: o.dryRun ? '1' : '0', progress: '1' });
    xhr.open('POST', `${apiUrl('/imports/values')}?${qs}`);
    xhr.withCredentials = true;
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) o.onProgress('upload', e.loaded / e.total);
    };
    let seen = 0;
    let outcome: { result?: ImportResult; error?: ApiError } = {};
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        const msg = JSON.parse(line) as {
          stage?: ImportStage;
          done?: number;
          total?: number;
          result?: ImportResult;
          error?: {
            code: string;
            message: { vi: string; en: string };
            issues?: { path: string; message: string }[];
            details?: Record<string, unknown>;
          };
        };
        if (msg.stage) o.onProgress(msg.stage, msg.total ? (msg.done ?? 0) / msg.total : 0);
        if (msg.result) outcome = { result: msg.result };
        if (msg.error) outcome = { error: new ApiError(422, msg.error.code, msg.error.message, msg.error.issues ?? [], msg.error.details) };
      }
      seen = end + 1;
    };
    xhr.onprogress = readLines;
    xhr.onload = async () => {
      if (xhr.status !== 200) {
        reject(await toApiError(new Response(xhr.responseText, { status: xhr.status })));
        return;
      }
      readLines();
      if (outcome.result) resolve(outcome.result);
      else reject(outcome.error ?? fallbackError(500));
    };
    xhr.onerror = () => reject(fallbackError(0));
    const form = new FormData();
    form.append('file', o.file);
    xhr.send(form);
  });
}
