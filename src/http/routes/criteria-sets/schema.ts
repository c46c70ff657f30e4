/** Request and response schemas of /api/v1/criteria-sets. */
import { z } from 'zod';
import { criteriaSetSchema } from '../../../domain/catalog/criteria-set.schema.js';

export const setCodeParams = z.object({ code: z.string().min(1).max(100) });

export const setSummaryOut = z.object({
  code: z.string(),
  name: z.string(),
  tier: z.string(),
  requiresTier: z.string().nullable(),
  demo: z.boolean(),
  version: z.number(),
  origin: z.string(),
  updatedAt: z.string(),
});

export const setDocumentOut = criteriaSetSchema;

export const catalogReportOut = z.object({
  code: z.string(),
  name: z.string(),
  tier: z.string(),
  demo: z.boolean(),
  groups: z.number(),
  criteria: z.number(),
  indicators: z.number(),
  officialIndicators: z.number().nullable(),
  thresholds: z.number(),
  numericThresholds: z.number(),
  unknownThresholds: z.number(),
  unverified: z.number(),
  findings: z.array(
    z.object({
      where: z.string(),
      problem: z.enum([
        'unverified',
        'unknown_threshold',
        'indicator_count',
        'indicator_gap',
        'undeclared_classification',
        'classification_missing',
      ]),
      source: z.string(),
      note: z.string().optional(),
    }),
  ),
  confirmed: z
    .array(z.object({ where: z.string(), source: z.string() }))
    .describe('mục đã xác nhận trong nguồn (verified: true) / items checked in a source'),
});
