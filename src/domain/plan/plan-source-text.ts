/**
 * A plan copied from a real document keeps some lines as the document printed them (sourceText), so its
 * .docx says exactly what the document says. Once a user edits the facts such a line states, the line no
 * longer says the same: these drop it, and the document prints the line from the edited fields instead.
 */
import type { LegalBasis } from './plan-document.schema.js';
import type { CommuneTarget } from './plan-objective.schema.js';

const BASIS_FIELDS = ['documentType', 'number', 'date', 'issuer', 'title'] as const;

function withoutSourceText<T extends { sourceText?: string | undefined }>(x: T): T {
  const { sourceText: _dropped, ...rest } = x;
  return rest as T;
}

/** The new legal bases, each keeping its printed line only if a stored basis had that line with the same fields. */
export function keepPrintedBases(before: readonly LegalBasis[], after: readonly LegalBasis[]): LegalBasis[] {
  return after.map((b) => {
    if (b.sourceText === undefined) return b;
    const was = before.find((o) => o.sourceText === b.sourceText);
    return was && BASIS_FIELDS.every((k) => was[k] === b[k]) ? b : withoutSourceText(b);
  });
}

/** The new target, keeping the plan's sentence for it only while it commits to the same criteria. */
export function keepPrintedTarget(before: CommuneTarget | undefined, after: CommuneTarget): CommuneTarget {
  if (after.sourceText === undefined) return after;
  const same = before !== undefined && before.sourceText === after.sourceText && before.criteria.join() === after.criteria.join();
  return same ? after : withoutSourceText(after);
}
