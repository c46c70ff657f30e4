/**
 * Administrative units with history. Since 1 July 2025 districts are gone and many communes and
 * provinces merged, so a unit is valid from a date to a date and successor links say where its
 * data went (merger, split, rename) with the legal basis. A commune's classification (region,
 * commune group, ĐBKK …) is dated data on the unit: a commune's group can change.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';

export const UNIT_KINDS = ['province', 'district', 'commune', 'town', 'ward', 'special-zone'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/**
 * One dated value of one classification dimension, e.g. { dimension: "region", value: "TN" } or
 * { dimension: "special-status", value: "dbkk", validFrom, legalBasis }. Which dimensions and values
 * exist is the criteria set's data; the unit only records what it is, from when to when.
 */
export const unitClassificationSchema = z.strictObject({
  dimension: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  value: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, hyphens'),
  /** First day it holds; absent = from the unit's validFrom. */
  validFrom: isoDateSchema.optional(),
  /** Last day it holds (inclusive); absent = still holds. */
  validTo: isoDateSchema.optional(),
  legalBasis: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type UnitClassification = z.infer<typeof unitClassificationSchema>;

export const administrativeUnitSchema = z.strictObject({
  /** Official code (mã đơn vị hành chính) where known; unique across history. */
  code: z.string().regex(/^[A-Za-z0-9-]+$/),
  name: z.string().min(1),
  kind: unitKindSchema,
  parentCode: z.string().optional(),
  /** Dated classifications (region, special statuses, commune group …); communes and towns need the ones their set requires. */
  classifications: z.array(unitClassificationSchema).default([]),
  validFrom: isoDateSchema,
  /** Last day the unit exists (inclusive); absent = still exists. */
  validTo: isoDateSchema.optional(),
  note: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;
export type AdministrativeUnitInput = z.input<typeof administrativeUnitSchema>;

/** The unit's classifications with their first day filled in (the unit's own when absent). */
export const datedClassifications = (u: Pick<AdministrativeUnit, 'classifications' | 'validFrom'>) =>
  u.classifications.map((c) => ({ ...c, validFrom: c.validFrom ?? u.validFrom }));

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;
export const unitSuccessionSchema = z.strictObject({
  predecessorCode: z.string().min(1),
  successorCode: z.string().min(1),
  kind: z.enum(SUCCESSION_KINDS),
  /** First day the successor takes over. */
  effectiveDate: isoDateSchema,
  legalBasis: z.string().min(1),
  provenance: provenanceSchema.optional(),
});
export type UnitSuccession = z.infer<typeof unitSuccessionSchema>;

/** A file of units and successions, as shipped in src/catalog/units/. */
export const unitTreeSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  units: z.array(administrativeUnitSchema).min(1),
  successions: z.array(unitSuccessionSchema).default([]),
});
export type UnitTree = z.infer<typeof unitTreeSchema>;
