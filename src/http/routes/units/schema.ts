/** Request and response schemas of /api/v1/units. */
import { z } from 'zod';
import { administrativeUnitSchema, unitKindSchema, unitSuccessionSchema } from '../../../domain/units/unit.schema.js';
import { asOfQuery } from '../../schemas.js';

export const unitParams = z.object({ code: z.string().min(1).max(50) });
export const unitsQuery = z.object({ asOf: asOfQuery, kind: unitKindSchema.optional(), q: z.string().max(100).optional() });
export const asOfOnly = z.object({ asOf: asOfQuery });

const datedOut = { validFrom: z.string(), validTo: z.string().optional(), legalBasis: z.string().optional() };
export const unitOut = administrativeUnitSchema.omit({ provenance: true, classifications: true }).extend({
  classifications: z
    .array(z.object({ dimension: z.string(), value: z.string(), ...datedOut }))
    .describe('phân loại theo thời gian (vùng, nhóm xã, ĐBKK …) / dated classifications'),
  region: z.string().optional().describe('vùng gần nhất (giữ cho ứng dụng cũ) / latest "region" classification, kept for older clients'),
  statuses: z
    .array(z.object({ status: z.string(), ...datedOut }))
    .describe('các phân loại "special-status" (giữ cho ứng dụng cũ) / kept for older clients'),
});
export const historyEntryOut = z.object({ unit: unitOut, via: unitSuccessionSchema, valueCount: z.number() });
export const historyOut = z.object({
  unit: unitOut,
  valueCount: z.number(),
  predecessors: z.array(historyEntryOut),
  successors: z.array(historyEntryOut),
});

export const valueHistoryParams = z.object({ code: z.string().min(1).max(50), indicator: z.string().min(1).max(20) });
export const valueHistoryQuery = z.object({ set: z.string().min(1).max(100) });
