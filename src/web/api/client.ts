/**
 * The one fetch wrapper: same-origin cookies, the CSRF token on every non-GET request, and error
 * bodies {error:{code,message:{vi,en},issues,details}} turned into a typed ApiError.
 * VITE_API_BASE (e.g. http://127.0.0.1:3000) points the app at another server in development.
 */
import i18n from '../i18n';

const BASE = (import.meta.env.VITE_API_BASE ?? '').replace(/\/$/, '');

let csrfToken: string | null = null;
export const getCsrfToken = () => csrfToken;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: { vi: string; en: string };
  readonly issues: ApiIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(
    status: number,
    code: string,
    messages: { vi: string; en: string },
    issues: ApiIssue[] = [],
    details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.issues = issues;
    this.details = details;
  }

  /** The message in the language the UI shows now. */
  localized(): string {
    return i18n.language === 'en' ? this.messages.en : this.messages.vi;
  }
}

export const apiUrl = (path: string) => `${BASE}/api/v1${path}`;

export function fallbackError(status: number): ApiError {
  const key = status === 0 ? 'errors.network' : status === 429 ? 'errors.tooMany' : status >= 500 ? 'errors.server' : 'errors.unknown';
  return new ApiError(status, `http.${status}`, { vi: i18n.t(key, { lng: 'vi' }), en: i18n.t(key, { lng: 'en' }) });
}

export async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: { vi: string; en: string }; issues?: ApiIssue[]; details?: Record<string, unknown> };
    };
    const e = body.error;
    if (e?.code && e.message) return new ApiError(res.status, e.code, e.message, e.issues ?? [], e.details);
  } catch {
    // not JSON: fall through to a generic message for the status
  }
  return fallbackError(res.status);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** Calls /api/v1{path}; resolves to the JSON body (undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = apiUrl(path) + (qs.size > 0 ? `?${qs}` : '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body, credentials: 'include', signal: opts.signal ?? null });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw fallbackError(0);
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const isApiError = (e: unknown, code?: string): e is ApiError => e instanceof ApiError && (code === undefined || e.code === code);
