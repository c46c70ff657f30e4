/**
 * The few facts a recognition document cannot print without contradicting itself (a vote larger than the
 * meeting, a list with no commune): checked before writing, answered as invalid input with the field path,
 * in Vietnamese and English, never as a broken document or a server error.
 */
import { type ErrorIssue, invalid } from '../../domain/errors.js';

export function rejectIfAny(issues: ErrorIssue[], document: { vi: string; en: string }): void {
  if (issues.length === 0) return;
  throw invalid(
    'recognition_doc.invalid',
    {
      vi: `Không lập được ${document.vi}: ${issues.map((i) => i.message).join('; ')}.`,
      en: `Cannot write the ${document.en}: inconsistent ${issues.map((i) => i.path).join(', ')}.`,
    },
    issues,
  );
}

/** A whole count ≥ 0. */
export const isCount = (n: number) => Number.isInteger(n) && n >= 0;
