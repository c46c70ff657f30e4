/**
 * The catalogue of legal bases (Căn cứ) a plan may cite, as data: each document says whom it binds
 * (the whole country, or a unit and everything under it), which plan years it serves, and whether it is
 * standing (not tied to one year: prefilled in a new plan) or belongs to one year (a district council's
 * socio-economic resolution for 2022). A copied plan's bases are checked against it.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';
import type { LegalBasis } from './plan-document.schema.js';

export const legalBasisEntrySchema = z.strictObject({
  /** Stable id, e.g. "qd-318-2022-ttg". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  documentType: z.string().min(1),
  number: z.string().min(1),
  date: isoDateSchema,
  issuer: z.string().min(1),
  title: z.string().min(1),
  /** The unit whose plans it binds (with every unit under it); null = national. */
  unitCode: z.string().min(1).nullable(),
  /** true: cited by every plan of its years (prefilled); false: it belongs to the years below only. */
  standing: z.boolean(),
  /** The plan years it serves: a phase (2021-2025) for a standing basis, one year for a yearly one. */
  years: z
    .strictObject({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100).nullable() })
    .refine((y) => y.to === null || y.to >= y.from, 'to before from'),
  note: z.string().optional(),
  provenance: provenanceSchema,
});
export type LegalBasisEntry = z.infer<typeof legalBasisEntrySchema>;

export const legalBasisCatalogSchema = z
  .array(legalBasisEntrySchema)
  .refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, 'an id appears twice');

/** The entry serves plans of `year`. */
export const servesYear = (e: LegalBasisEntry, year: number) => e.years.from <= year && (e.years.to === null || year <= e.years.to);

/** The entry binds a unit with these codes (the unit and its ancestors). */
export const bindsUnit = (e: LegalBasisEntry, unitAndAncestors: readonly string[]) =>
  e.unitCode === null || unitAndAncestors.includes(e.unitCode);

/** The entry a plan's basis cites: same document type and number (spacing and case aside). */
export function entryFor(catalog: readonly LegalBasisEntry[], basis: Pick<LegalBasis, 'number' | 'documentType'>) {
  const key = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return catalog.find((e) => key(e.number) === key(basis.number) && key(e.documentType) === key(basis.documentType));
}

/** The basis as a plan cites it. */
export const basisOf = (e: LegalBasisEntry): LegalBasis => ({
  documentType: e.documentType,
  number: e.number,
  date: e.date,
  issuer: e.issuer,
  title: e.title,
  provenance: e.provenance,
});
