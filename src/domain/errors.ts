/**
 * One error type with stable codes (`unit.not_found`, `value.wrong_type` …) and a message in
 * Vietnamese and English. Thrown by domain and services; mapped to HTTP status in one place
 * (http/error-handler.ts) and printed by the CLI. `issues` carry field paths for invalid input.
 */
/** `bad_request`: the request itself is malformed (400); `too_large`: over a size limit (413). */
export type ErrorKind = 'invalid' | 'bad_request' | 'too_large' | 'not_found' | 'conflict' | 'forbidden' | 'unauthenticated';

export interface ErrorIssue {
  /** Where: a field path such as `criteria.3.indicators.0.code` or `values.2.1`. */
  path: string;
  message: string;
}

export interface ErrorMessages {
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messages: ErrorMessages;
  readonly issues: ErrorIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, kind: ErrorKind, messages: ErrorMessages, issues: ErrorIssue[] = [], details?: Record<string, unknown>) {
    super(`${code}: ${messages.en}`);
    this.name = 'AppError';
    this.code = code;
    this.kind = kind;
    this.messages = messages;
    this.issues = issues;
    this.details = details;
  }
}

export const invalid = (code: string, messages: ErrorMessages, issues: ErrorIssue[] = []) =>
  new AppError(code, 'invalid', messages, issues);

export const notFound = (code: string, messages: ErrorMessages, details?: Record<string, unknown>) =>
  new AppError(code, 'not_found', messages, [], details);

/** zod issues → our issues, paths joined with dots. */
export function issuesFromZod(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): ErrorIssue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
