/**
 * The funding-source tree of a programme period, as data (src/catalog/funding/sources.json): a new
 * period or a province's variant changes the file, not the code. Only leaves receive money; parents
 * give the totals of the report rows (TỔNG SỐ / I NSTW / II NSĐP …).
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const basisSchema = z.object({
  document: z.string().min(1),
  verified: z.boolean(),
  note: z.string().optional(),
});

export const counterpartSchema = z.object({
  ratio: z.number().min(0).max(1).nullable(),
  basis: z.string().min(1),
  verified: z.boolean(),
});

export interface FundingSource {
  code: string;
  name: string;
  shortName?: string | undefined;
  children?: FundingSource[] | undefined;
  level?: 'province' | 'district' | 'commune' | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  counterpart?: z.infer<typeof counterpartSchema> | undefined;
  form?: 'cash' | 'converted' | undefined;
  needsProgrammeName?: boolean | undefined;
}

export const fundingSourceSchema: z.ZodType<FundingSource> = z.lazy(() =>
  z.object({
    code: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/),
    name: z.string().min(1),
    shortName: z.string().optional(),
    children: z.array(fundingSourceSchema).min(1).optional(),
    level: z.enum(['province', 'district', 'commune']).optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    counterpart: counterpartSchema.optional(),
    form: z.enum(['cash', 'converted']).optional(),
    needsProgrammeName: z.boolean().optional(),
  }),
);

export const componentSchema = z.object({ code: z.enum(['ntm', 'giam-ngheo', 'dtts']), name: z.string().min(1) });

export const fundingPeriodSchema = z.object({
  code: z.string().min(1),
  from: isoDate,
  to: isoDate,
  basis: basisSchema,
  components: z.array(componentSchema),
  sources: z.array(fundingSourceSchema).min(1),
});

export const fundingCatalogSchema = z.object({ periods: z.array(fundingPeriodSchema).min(1) });

export const workKindsSchema = z.object({
  basis: basisSchema,
  kinds: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })).min(1),
});

export type FundingPeriod = z.infer<typeof fundingPeriodSchema>;
export type ProgrammeComponent = z.infer<typeof componentSchema>;
export type ComponentCode = ProgrammeComponent['code'];
export type WorkKind = { code: string; name: string };
