/**
 * Review flags: what a copy carried from last year that someone must look at before the plan is
 * approved — a basis of the old year, a text naming the old year, a number recomputed (or not) from the
 * new baseline. Stored in the plan; cleared one by one by marking them reviewed (who, when).
 */
import { z } from 'zod';

export const REVIEW_FLAG_KINDS = [
  /** A basis that belongs to another year than the plan's (a yearly resolution). */
  'basis_other_year',
  /** A standing basis whose period ended before the plan's year. */
  'basis_expired',
  /** A basis the catalogue does not know: nobody has said which years it serves. */
  'basis_unlisted',
  /** A text that names the old year (still, or replaced by the new year automatically). */
  'text_old_year',
  /** A numeric objective recomputed from the new baseline. */
  'objective_recomputed',
  /** A numeric objective that could not be recomputed and was left out. */
  'objective_not_recomputed',
] as const;
export type ReviewFlagKind = (typeof REVIEW_FLAG_KINDS)[number];

export const reviewFlagSchema = z.strictObject({
  /** Stable inside the plan, e.g. "basis:205/NQ-HĐND", "text:tasks.II.1.7", "objective:I.1.d". */
  id: z.string().min(1),
  kind: z.enum(REVIEW_FLAG_KINDS),
  /** Where in the plan, e.g. "legalBases.4", "objectives.0.total", "tasks.II.1.7.text". */
  path: z.string().min(1),
  message: z.string().min(1),
  messageEn: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
  /** ISO date-time when marked reviewed; null while pending. */
  reviewedAt: z.string().nullable().default(null),
  /** Display name of who marked it reviewed. */
  reviewedBy: z.string().nullable().default(null),
});
export type ReviewFlag = z.infer<typeof reviewFlagSchema>;

export const pendingFlags = (flags: readonly ReviewFlag[]) => flags.filter((f) => f.reviewedAt === null);
