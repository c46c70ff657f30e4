/** Query strings of the document downloads (.docx, .xlsx). */
import { z } from 'zod';
import { PERIOD_KINDS } from '../../../documents/report-input.js';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { asOfQuery } from '../../schemas.js';

const unit = z.string().min(1).max(40).describe('Mã đơn vị (huyện, tỉnh, xã) / unit code');
const year = z.coerce.number().int().min(2000).max(2100);

export const planDocQuery = z.object({
  unit: unit,
  year: year.optional().describe('Năm kế hoạch (mặc định: năm của asOf hoặc năm nay) / plan year'),
  plan: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(80)
    .optional()
    .describe('Mã kế hoạch (mặc định: kế hoạch của đơn vị trong năm) / plan code'),
  asOf: asOfQuery,
});

export const boardDocQuery = z.object({
  unit: unit.optional().describe('Mã đơn vị; bỏ trống = cả nước / unit code; empty = the whole country'),
  asOf: asOfQuery,
  set: z.string().max(80).optional(),
});

export const valuesDocQuery = boardDocQuery.extend({
  results: z
    .enum(['0', '1'])
    .optional()
    .describe('1: thêm trang "Kết quả" (ngưỡng và kết quả từng chỉ tiêu); mặc định khi ≤ 2.000 xã / add the results sheet'),
});

export const reportDocQuery = z.object({
  unit: unit,
  period: z.enum(PERIOD_KINDS).default('year').describe('month | quarter | half | year'),
  year: year.optional().describe('Năm (mặc định: năm của asOf hoặc năm nay) / year'),
  index: z.coerce.number().int().min(1).max(12).optional().describe('Tháng 1–12, quý 1–4, nửa năm 1–2 / month, quarter or half'),
  number: z.string().max(20).optional().describe('Số văn bản / document number'),
  issuedOn: isoDateSchema
    .optional()
    .describe('Ngày ban hành ghi trên báo cáo, YYYY-MM-DD (mặc định: ngày cuối kỳ) / issue date (default: the last day of the period)'),
  asOf: asOfQuery,
});
