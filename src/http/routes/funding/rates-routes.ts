/** Live disbursement rates of a unit's plan (by source, commune, criterion, work) and the derived construction debt, as of a date. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { unitDebt } from '../../../services/funding/debt.service.js';
import { disbursementRates } from '../../../services/funding/rates.service.js';
import { scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses, today } from '../../schemas.js';
import { unitParams } from '../units/schema.js';

const dong = z.number().int();
const ratesQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  asOf: isoDateSchema
    .optional()
    .describe('mặc định: 31/12 của năm đã qua, hôm nay nếu năm hiện tại / default: 31/12 of a past year, else today'),
  by: z.enum(['source', 'commune', 'criterion', 'work']).default('source'),
});
const rateRow = z.object({ key: z.string(), label: z.string(), planned: dong, paid: dong, rate: z.number().nullable(), level: z.number() });
const ratesOut = z.object({
  asOf: z.string(),
  year: z.number(),
  status: z.string().nullable(),
  rows: z.array(rateRow),
  total: z.object({ planned: dong, paid: dong, rate: z.number().nullable() }),
});
const sourceDebt = z.object({ sourceCode: z.string().nullable(), accepted: dong, paid: dong, debt: dong });
const debtOut = z.object({
  asOf: z.string(),
  total: dong,
  works: z.array(
    z.object({
      workId: z.string(),
      workCode: z.string(),
      workName: z.string(),
      communeCodes: z.array(z.string()),
      accepted: dong,
      paid: dong,
      debt: dong,
      bySource: z.array(sourceDebt),
    }),
  ),
});

/** 31/12 of a past year; today within the current year (and for a future year). */
const defaultAsOf = (year: number) => {
  const t = today();
  return Number(t.slice(0, 4)) > year ? `${year}-12-31` : t;
};

export function fundingRatesRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/funding/rates',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['funding'],
        summary: 'Tỷ lệ giải ngân theo nguồn, xã, tiêu chí, công trình / disbursement rates',
        params: unitParams,
        querystring: ratesQuery,
        response: { 200: ratesOut, ...errorResponses },
      },
    },
    async (req) =>
      disbursementRates(ctx(req), {
        unitCode: req.params.code,
        year: req.query.year,
        asOf: req.query.asOf ?? defaultAsOf(req.query.year),
        by: req.query.by,
      }),
  );
  app.get(
    '/api/v1/units/:code/funding/debt',
    {
      config: { access: scoped('read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found'],
        tags: ['funding'],
        summary: 'Nợ đọng XDCB tính từ nghiệm thu và giải ngân / construction debt derived from acceptances and payments',
        params: unitParams,
        querystring: z.object({ asOf: isoDateSchema.optional() }),
        response: { 200: debtOut, ...errorResponses },
      },
    },
    async (req) => unitDebt(ctx(req), req.params.code, req.query.asOf ?? today()),
  );
}
