/** Request and reply shapes of the audit routes: readable events, pages with a cursor, the chain's state. */
import { z } from 'zod';
import { AUDIT_FIELDS, AUDIT_KINDS } from '../../../domain/audit/audit-actions.js';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';

const readableValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('number'), value: z.number(), unit: z.string().optional() }),
  z.object({ type: z.literal('yesno'), value: z.boolean() }),
  z.object({
    type: z.literal('term'),
    group: z.enum(['verification', 'planStatus', 'taskStatus', 'actionStatus', 'role', 'value']),
    key: z.string(),
  }),
  z.object({ type: z.literal('date'), value: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
]);

export const auditEntryOut = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string().describe('Thời điểm thay đổi (ISO-8601 UTC) / time of the change'),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string().describe('Khóa tên hành động để dịch ("other" khi chưa biết) / action key for translation'),
  kind: z.enum(AUDIT_KINDS),
  unitName: z.string().nullable(),
  object: z.object({ type: z.string(), label: z.string() }),
  dataDate: z.string().nullable().describe('Ngày của số liệu / the date the value is for'),
  changes: z.array(z.object({ field: z.enum(AUDIT_FIELDS), before: readableValue.nullable(), after: readableValue.nullable() })),
  unreadable: z.boolean().describe('Nội dung đã lưu không đọc được / stored content unreadable'),
});

export const auditPageOut = z.object({ items: z.array(auditEntryOut), nextCursor: z.number().nullable() });

const cursor = z.coerce.number().int().positive().optional().describe('seq của sự kiện cuối trang trước / last seq of the previous page');
const limit = z.coerce.number().int().min(1).max(200).optional();

export const unitAuditQuery = z.object({ indicator: z.string().max(20).optional(), cursor, limit });

export const areaAuditQuery = z.object({
  unit: z.string().min(1).max(50).describe('Huyện, tỉnh (hoặc xã) / district, province (or commune)'),
  commune: z.string().min(1).max(50).optional(),
  criterion: z.coerce.number().int().min(1).max(99).optional(),
  user: z.string().min(1).max(60).optional(),
  kind: z.enum(AUDIT_KINDS).exclude(['security']).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor,
  limit,
});

export const securityAuditQuery = z.object({
  unit: z.string().min(1).max(50),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor,
  limit,
});

export const pageQuery = z.object({ cursor, limit });

export const integrityOut = z.object({
  state: z.enum(['intact', 'broken', 'unchecked']),
  checked: z.number(),
  broken: z
    .object({
      kind: z.enum(['edited', 'deleted', 'reordered', 'head']),
      seq: z.number().nullable(),
      id: z.string().nullable(),
      at: z.string().nullable(),
      action: z.string().nullable(),
      vi: z.string(),
      en: z.string(),
    })
    .nullable(),
});
