/**
 * The formal parts of an annual plan as an official document: number and symbol, place and (possibly
 * partial) date, issuing unit, legal bases (Căn cứ), signer block and recipients (Nơi nhận).
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';
import { isRealIsoDate } from '../text/vietnamese.js';

/** "Số: 125/KH-UBND": number null while the document is not yet numbered (or the copy leaves it blank). */
export const documentNumberSchema = z.strictObject({
  number: z.string().min(1).nullable(),
  /** e.g. "KH-UBND" (KH = plan, UBND = people's committee). */
  symbol: z.string().min(1),
  note: z.string().optional(),
});
export type DocumentNumber = z.infer<typeof documentNumberSchema>;

/** A document date that may be partial: "ngày   tháng 4 năm 2022" leaves the day blank. */
export const issueDateSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
    note: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.day !== null && d.month === null) ctx.addIssue({ code: 'custom', path: ['month'], message: 'a day needs a month' });
    if (d.day !== null && d.month !== null && !isRealIsoDate(partialDateIso(d) ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: 'not a real date' });
    }
  });
export type IssueDate = z.infer<typeof issueDateSchema>;

/** The full ISO date when day and month are known, else null. */
export function partialDateIso(d: Pick<IssueDate, 'year' | 'month' | 'day'>): string | null {
  if (d.month === null || d.day === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "Krông Nô, ngày 05 tháng 4 năm 2022"; blanks stay blank as on paper ("ngày … tháng 4 năm 2022"). */
export function placeAndDateVi(place: string, d: Pick<IssueDate, 'year' | 'month' | 'day'>): string {
  const day = d.day === null ? '…' : String(d.day).padStart(2, '0');
  // Nghị định 30: a day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02", "tháng 3").
  const month = d.month === null ? '…' : d.month <= 2 ? `0${d.month}` : String(d.month);
  return `${place}, ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "Số: 125/KH-UBND", or "Số: …/KH-UBND" while unnumbered. */
export const documentNumberVi = (n: DocumentNumber) => `Số: ${n.number ?? '…'}/${n.symbol}`;

export const ISSUING_UNIT_KINDS = ['district', 'province', 'commune'] as const;
export type IssuingUnitKind = (typeof ISSUING_UNIT_KINDS)[number];

/** The word for the issuing unit's area in a plan's wording ("trên địa bàn tỉnh", "toàn xã"). */
export const ISSUING_AREA_VI: Record<IssuingUnitKind, string> = { district: 'huyện', province: 'tỉnh', commune: 'xã' };

/**
 * Who issues the plan: a district people's committee until districts ended (1/7/2025), since then a
 * province one for its communes, or a commune's for itself.
 */
export const issuingUnitSchema = z.strictObject({
  unitCode: z.string().min(1),
  kind: z.enum(ISSUING_UNIT_KINDS),
  /** The issuing authority as printed, e.g. "Ủy ban nhân dân huyện Krông Nô". */
  authority: z.string().min(1),
});
export type IssuingUnit = z.infer<typeof issuingUnitSchema>;

/** One "Căn cứ …" line: the document a plan is based on. */
export const legalBasisSchema = z.strictObject({
  /** "Nghị quyết", "Quyết định" … */
  documentType: z.string().min(1),
  /** e.g. "318/QĐ-TTg" */
  number: z.string().min(1),
  date: isoDateSchema,
  issuer: z.string().min(1),
  title: z.string().min(1),
  /** The line as printed in the plan (with any slips it has; the fields above hold the corrected facts). */
  sourceText: z.string().optional(),
  note: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** The signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Xuân Danh"; onBehalf null when the head signs. */
export const signerSchema = z.strictObject({
  onBehalf: z.string().min(1).nullable(),
  position: z.string().min(1),
  name: z.string().min(1),
  note: z.string().optional(),
});
export type Signer = z.infer<typeof signerSchema>;

/** One line of "Nơi nhận"; agencyCode links it to an agency of the plan when it is exactly one. */
export const recipientSchema = z.strictObject({
  name: z.string().min(1),
  agencyCode: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * A slip of the source document: corrected in this copy (printed = what the copy prints) or, when the fix
 * would change what the document says (a wrong date, a wrong body), kept as written (printed null) with a
 * remark. The document lists them in its notes so the original is never lost.
 */
export const sourceCorrectionSchema = z.strictObject({
  /** Where, as a reader finds it: "mục I.1", "đoạn kết", "Nơi nhận". */
  where: z.string().min(1),
  /** As the source writes it. */
  source: z.string().min(1),
  /** As this copy prints it; null = kept as in the source. */
  printed: z.string().min(1).nullable(),
  /** Why, or the right fact when the slip is kept. */
  remark: z.string().min(1).optional(),
});
export type SourceCorrection = z.infer<typeof sourceCorrectionSchema>;
