/**
 * What a person sends to create or change a work (công trình), its acceptances (nghiệm thu) and its
 * settlement (quyết toán). Pure zod shapes shared by the service and the HTTP schema; amounts are
 * integer đồng, non-negative and safe; dates ISO. Checks against the catalogue live in the service.
 */
import { z } from 'zod';

export const isoDay = z.iso.date();
export const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);

export const workCriterionInput = z.strictObject({
  /** Defaults to the set the first commune is evaluated by on the work's date. */
  setCode: text(100).optional(),
  criterionNumber: z.number().int().positive().max(1000),
  indicatorCode: text(50).nullable().optional(),
});

export const fundingPlanInput = z.strictObject({
  sourceCode: text(100),
  year: z.number().int().min(2000).max(2100),
  amount: money,
});

const workFields = {
  name: text(500),
  kindCode: text(50),
  investor: text(300),
  communeCodes: z.array(text(20)).min(1).max(200),
  criteria: z.array(workCriterionInput).max(100).default([]),
  fundingPlan: z.array(fundingPlanInput).max(500).default([]),
  approvedTotal: money.nullable().optional(),
  approvalNumber: text(100).nullable().optional(),
  approvalDate: isoDay.nullable().optional(),
  contractValue: money.nullable().optional(),
  plannedStart: isoDay.nullable().optional(),
  plannedEnd: isoDay.nullable().optional(),
  startedOn: isoDay.nullable().optional(),
  completedOn: isoDay.nullable().optional(),
  componentCode: z.enum(['ntm', 'giam-ngheo', 'dtts']).nullable().optional(),
  communityBuilt: z.boolean().default(false),
  note: z.string().max(2000).nullable().optional(),
};

export const createWorkInput = z.strictObject({
  ...workFields,
  /** Generated as CT-<area>-<year>-<n> when absent. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,59}$/)
    .optional(),
  demo: z.boolean().default(false),
});

export const updateWorkInput = z.strictObject({
  version: z.number().int().positive(),
  name: workFields.name.optional(),
  kindCode: workFields.kindCode.optional(),
  investor: workFields.investor.optional(),
  communeCodes: workFields.communeCodes.optional(),
  criteria: z.array(workCriterionInput).max(100).optional(),
  fundingPlan: z.array(fundingPlanInput).max(500).optional(),
  approvedTotal: workFields.approvedTotal,
  approvalNumber: workFields.approvalNumber,
  approvalDate: workFields.approvalDate,
  contractValue: workFields.contractValue,
  plannedStart: workFields.plannedStart,
  plannedEnd: workFields.plannedEnd,
  startedOn: workFields.startedOn,
  completedOn: workFields.completedOn,
  componentCode: workFields.componentCode,
  communityBuilt: z.boolean().optional(),
  note: workFields.note,
});

export const acceptanceInput = z.strictObject({
  acceptedOn: isoDay,
  amount: money.refine((n) => n > 0, { message: 'phải lớn hơn 0 / must be more than 0' }),
  sourceCode: text(100).nullable().optional(),
  document: text(200).nullable().optional(),
  fileId: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .optional(),
  note: z.string().max(2000).nullable().optional(),
});

export const settlementInput = z.strictObject({
  version: z.number().int().positive(),
  settledOn: isoDay,
  settledValue: money,
  settlementNumber: text(100),
});

export type CreateWorkInput = z.input<typeof createWorkInput>;
export type UpdateWorkInput = z.input<typeof updateWorkInput>;
export type AcceptanceInput = z.input<typeof acceptanceInput>;
export type SettlementInput = z.input<typeof settlementInput>;

/** Dates in order: start ≤ completion, planned start ≤ planned end. Issues with field paths. */
export function dateOrderIssues(w: {
  plannedStart?: string | null | undefined;
  plannedEnd?: string | null | undefined;
  startedOn?: string | null | undefined;
  completedOn?: string | null | undefined;
}) {
  const issues: { path: string; message: string }[] = [];
  if (w.plannedStart && w.plannedEnd && w.plannedEnd < w.plannedStart)
    issues.push({ path: 'plannedEnd', message: 'trước ngày khởi công dự kiến / before the planned start' });
  if (w.completedOn && !w.startedOn) issues.push({ path: 'startedOn', message: 'cần ngày khởi công / a start date is needed' });
  if (w.startedOn && w.completedOn && w.completedOn < w.startedOn)
    issues.push({ path: 'completedOn', message: 'trước ngày khởi công / before the start' });
  return issues;
}
