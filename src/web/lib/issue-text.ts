/**
 * An API issue ({path, message}) as a sentence in the user's language: the field path becomes the
 * field's name as the screens call it ("values.9.1" → "Giá trị chỉ tiêu 9.1") and the server's short
 * reason ("required", "vi / en", an English validator message) a phrase — never a code or English in Vietnamese.
 */
import type { TFunction } from 'i18next';

const CONTEXTS = new Set(['body', 'querystring', 'query', 'params', 'headers']);
const KNOWN = new Set(['required', 'taken', 'wrong', 'duplicate']);
const isIndex = (s: string) => /^\d+$/.test(s);

function fieldName(path: string, t: TFunction): string {
  const parts = path.split('.').filter(Boolean);
  if (parts.length > 1 && CONTEXTS.has(parts[0] as string)) parts.shift();
  const [head, second, ...rest] = parts;
  if (head === 'values' && second) return t('issues.value', { code: [second, ...rest].join('.') });
  if (head === 'items' && second && isIndex(second)) {
    const n = Number(second) + 1;
    return rest.length > 0 ? t('issues.itemField', { field: fieldName(rest.join('.'), t), n }) : t('issues.item', { n });
  }
  // the field itself is the last name in the path ("profile.region" → region); a deeper unknown one stays unnamed
  const last = parts.filter((p) => !isIndex(p)).at(-1);
  return (last && t(`issues.fields.${last}`, { defaultValue: '' })) || t('issues.someField');
}

/** The issue as one sentence; `lang` picks the half of a bilingual "vi / en" reason. */
export function issueSentence(issue: { path: string; message: string }, t: TFunction, lang: string): string {
  const field = fieldName(issue.path, t);
  const message = issue.message.trim();
  const split = message.indexOf(' / ');
  if (split > 0) {
    const detail = (lang === 'en' ? message.slice(split + 3) : message.slice(0, split)).replace(/[.\s]+$/, '');
    return t('issues.problem.explained', { field, detail });
  }
  if (KNOWN.has(message)) return t(`issues.problem.${message}`, { field });
  // a validator's English text or a raw value: shown to English readers only
  return lang === 'en' && message ? t('issues.problem.explained', { field, detail: message }) : t('issues.problem.invalid', { field });
}
