/** Request and response schemas of /api/v1/units. */
import { z } from 'zod';
import { administrativeUnitSchema, unitKindSchema, unitSuccessionSchema } from '../../../domain/units/unit.schema.js';
import { asOfQuery } from '../../schemas.js';

export const unitParams = z.object({ code: z.string().min(1).max(50) });
export const unitsQuery = z.object({ asOf: asOfQuery, kind: unitKindSchema.optional(), q: z.string().max(100).optional() });
export const asOfOnly = z.object({ asOf: asOfQuery });

export const unitOut = administrativeUnitSchema.omit({ provenance: true });
export const historyEntryOut = z.object({ unit: unitOut, via: unitSuccessionSchema, valueCount: z.number() });
export const historyOut = z.object({
  unit: unitOut,
  valueCount: z.number(),
  predecessors: z.array(historyEntryOut),
  successors: z.array(historyEntryOut),
});

export const valueHistoryParams = z.object({ code: z.string().min(1).max(50), indicator: z.string().min(1).max(20) });
export const valueHistoryQuery = z.object({ set: z.string().min(1).max(100) });
