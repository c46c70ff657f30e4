/** Request and answer of the import of the official list of administrative units. */
import { z } from 'zod';

export const unitImportQuery = z.object({
  dryRun: z.enum(['0', '1']).default('0').describe('1: chỉ cho biết sẽ thay đổi gì, không ghi / report what would change, write nothing'),
});

const fieldsOut = z.record(z.string(), z.string().nullable());
const changeOut = z.object({ code: z.string(), name: z.string(), before: fieldsOut, after: fieldsOut });

export const unitImportOut = z.object({
  sheet: z.string(),
  rows: z.number().describe('Số dòng đơn vị trong tệp / unit rows in the file'),
  created: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      parentCode: z.string().nullable(),
      region: z.string().nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  changed: z.array(changeOut).describe('Mọi đơn vị thay đổi / every unit that changes'),
  renamed: z.array(changeOut),
  reparented: z.array(changeOut),
  ended: z.array(changeOut),
  successions: z.array(
    z.object({
      predecessorCode: z.string(),
      successorCode: z.string(),
      kind: z.string(),
      effectiveDate: z.string(),
      legalBasis: z.string(),
    }),
  ),
  unchanged: z.number(),
  ignoredColumns: z.array(z.string()).describe('Cột không dùng đến / columns not used'),
  dryRun: z.boolean(),
  written: z.object({ units: z.number(), successions: z.number(), auditRows: z.number() }),
});
