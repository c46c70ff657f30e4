/**
 * Administrative units with history. Since 1 July 2025 districts are gone and many communes and
 * provinces merged, so a unit is valid from a date to a date and successor links say where its
 * data went (merger, split, rename) with the legal basis.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema, regionCodeSchema, specialStatusSchema } from '../catalog/criteria-set.schema.js';

export const UNIT_KINDS = ['province', 'district', 'commune', 'town', 'ward', 'special-zone'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A dated special status of a commune (ĐBKK, ATK), with its legal basis. */
export const unitStatusSchema = z.strictObject({
  status: specialStatusSchema,
  validFrom: isoDateSchema,
  /** Last day the status holds (inclusive); absent = still holds. */
  validTo: isoDateSchema.optional(),
  legalBasis: z.string().optional(),
});
export type UnitStatus = z.infer<typeof unitStatusSchema>;

export const administrativeUnitSchema = z.strictObject({
  /** Official code (mã đơn vị hành chính) where known; unique across history. */
  code: z.string().regex(/^[A-Za-z0-9-]+$/),
  name: z.string().min(1),
  kind: unitKindSchema,
  parentCode: z.string().optional(),
  /** Socio-economic region; required for communes and towns. */
  region: regionCodeSchema.optional(),
  statuses: z.array(unitStatusSchema).default([]),
  validFrom: isoDateSchema,
  /** Last day the unit exists (inclusive); absent = still exists. */
  validTo: isoDateSchema.optional(),
  note: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;
export type AdministrativeUnitInput = z.input<typeof administrativeUnitSchema>;

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
