/** Request and response schemas of the funding dashboard (money in integer đồng; rates 0..n or null). */
import { z } from 'zod';
import { asOfQuery } from '../../schemas.js';

export const fundingUnitParams = z.object({ code: z.string().min(1).max(50) });

export const dashboardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('năm kế hoạch vốn / plan year (mặc định: năm của asOf)'),
  asOf: asOfQuery.describe('số liệu tính đến ngày / as-of date (mặc định: 31/12 của năm đã qua, hoặc hôm nay)'),
});

const money = z.number().int();
const rate = z.number().nullable();
const figure = { planned: money, paid: money, rate };

export const dashboardOut = z.object({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }).nullable(),
  year: z.number().int(),
  asOf: z.string(),
  period: z.object({ code: z.string(), basis: z.unknown() }),
  total: z.object({ ...figure, debt: money, worksInDebt: z.number().int() }),
  sources: z.array(z.object({ code: z.string(), name: z.string(), depth: z.number().int(), leaf: z.boolean(), ...figure })),
  months: z.array(z.object({ month: z.string(), paid: money, cumulative: money, rate })),
  communes: z.object({
    count: z.number().int(),
    rows: z.array(z.object({ code: z.string(), name: z.string(), ...figure })),
    unassigned: z.object(figure),
  }),
  criteria: z.array(z.object({ setCode: z.string(), criterionNumber: z.number().int(), ...figure })),
  works: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      plannedEnd: z.string().nullable(),
      completedOn: z.string().nullable(),
      approvedTotal: money.nullable(),
      contractValue: money.nullable(),
      accepted: money,
      late: z.boolean(),
      overBudget: z.boolean(),
    }),
  ),
  debtByCommune: z.object({
    count: z.number().int(),
    rows: z.array(z.object({ code: z.string(), name: z.string(), debt: money, works: z.number().int() })),
  }),
});

export const yearParams = z.object({ code: z.string().min(1).max(50), year: z.coerce.number().int().min(2000).max(2100) });
export const fileAsOfQuery = z.object({ asOf: asOfQuery });

export const planImportQuery = z.object({
  mode: z.enum(['preview', 'apply']).default('preview').describe('preview: chỉ cho biết thay đổi gì / apply: ghi / preview or apply'),
});

export const planImportOut = z.object({
  unitCode: z.string(),
  year: z.number().int(),
  applied: z.boolean(),
  rows: z.number().int(),
  unchanged: z.number().int(),
  changed: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  summary: z.object({ vi: z.string(), en: z.string() }),
});

export const entriesImportOut = z.object({
  unitCode: z.string(),
  year: z.number().int(),
  applied: z.boolean(),
  unchanged: z.number().int(),
  added: z.number().int(),
  written: z.number().int(),
  summary: z.object({ vi: z.string(), en: z.string() }),
});
