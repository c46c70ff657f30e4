/** Query string of the recognition documents a commune downloads (its self-assessment report). */
import { z } from 'zod';
import { isoDateSchema, tierSchema } from '../../../domain/catalog/criteria-set.schema.js';

export const selfAssessmentQuery = z.object({
  date: isoDateSchema.describe('Ngày đánh giá (bắt buộc), YYYY-MM-DD / assessment date (required)'),
  tier: tierSchema.max(40).default('ntm').describe('Hạng của bộ tiêu chí: ntm, advanced, model, modern (mặc định ntm) / tier code'),
  issuedOn: isoDateSchema
    .optional()
    .describe('Ngày ghi trên báo cáo, YYYY-MM-DD (mặc định: ngày đánh giá) / the document date (default: the assessment date)'),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('Năm đề nghị công nhận (mặc định: năm của ngày đánh giá) / recognition year'),
});
