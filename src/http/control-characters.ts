/**
 * Control characters are refused at the edge, before any route or database sees them: PostgreSQL
 * cannot store NUL in text (it answered 500 where SQLite stored it), and no field of ours means one.
 * Path and query parameters may hold none; JSON and form text may hold tab, CR and LF (notes, findings).
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors.js';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** The first C0 control (U+0000–U+001F) in `s`; in free text tab, LF and CR are allowed. */
function firstControl(s: string, freeText: boolean): string | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && !(freeText && (c === TAB || c === LF || c === CR))) return s[i] as string;
  }
  return null;
}

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A path segment as a person can read it: the control characters of a key written as U+XXXX. */
const shown = (segment: string) => [...segment].map((ch) => (firstControl(ch, false) ? `<${codePoint(ch)}>` : ch)).join('');

const refused = (path: string, ch: string) =>
  new AppError(
    'request.control_character',
    'bad_request',
    {
      vi: `Trường "${path}" có ký tự điều khiển ${codePoint(ch)} không được phép; hãy xóa ký tự đó rồi gửi lại`,
      en: `Field "${path}" contains the control character ${codePoint(ch)}, which is not allowed; remove it and resend`,
    },
    [{ path, message: `control character ${codePoint(ch)}` }],
  );

/** The refusal for `value` at `path`, or null when it is clean. `freeText` allows tab, CR and LF. */
export function controlCharacterIssue(value: string, path: string, freeText: boolean): AppError | null {
  const ch = firstControl(value, freeText);
  return ch ? refused(path, ch) : null;
}

/** The first control character anywhere in a parsed value (keys included), with its field path. */
export function findControlCharacter(value: unknown, path: string[], freeText: boolean, depth = 0): AppError | null {
  const here = () => path.map(shown).join('.');
  if (typeof value === 'string') return controlCharacterIssue(value, here(), freeText);
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, String(i)], freeText, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const inKey = firstControl(key, false);
    if (inKey) return refused([...path, key].map(shown).join('.'), inKey);
    const found = findControlCharacter(v, [...path, key], freeText, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Path parameters and the query are checked on request (before sign-in decisions read the database),
 * the JSON body once it is parsed and before it is validated.
 */
export function registerControlCharacterGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    const found = findControlCharacter(req.params, ['params'], false) ?? findControlCharacter(req.query, ['query'], false);
    if (found) throw found;
  });
  app.addHook('preValidation', async (req) => {
    const found = findControlCharacter(req.body, ['body'], true);
    if (found) throw found;
  });
}
