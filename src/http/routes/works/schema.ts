/** Request and response schemas of works (công trình, dự án): amounts in integer đồng, dates YYYY-MM-DD. */
import { z } from 'zod';
import { acceptanceInput, createWorkInput, settlementInput, updateWorkInput } from '../../../domain/funding/work-input.js';
import { asOfQuery } from '../../schemas.js';

export const workParams = z.object({ id: z.string().min(1).max(100) });
export const workQuery = z.object({ asOf: asOfQuery });
export const worksQuery = z.object({
  asOf: asOfQuery,
  commune: z.string().min(1).max(20).optional().describe('chỉ công trình phục vụ xã này / only works serving this commune'),
  kind: z.string().min(1).max(50).optional().describe('loại công trình / kind code'),
  set: z.string().min(1).max(100).optional().describe('bộ tiêu chí của tiêu chí lọc / set of the criterion filter'),
  criterion: z.coerce.number().int().positive().max(1000).optional().describe('số tiêu chí / criterion number'),
});

export const createWorkBody = createWorkInput;
export const updateWorkBody = updateWorkInput;
export const acceptanceBody = acceptanceInput;
export const settlementBody = settlementInput;

const named = z.object({ code: z.string(), name: z.string() });

export const workOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kindCode: z.string(),
  kindName: z.string(),
  areaUnitCode: z.string(),
  areaName: z.string(),
  investor: z.string(),
  approvedTotal: z.number().int().nullable(),
  approvalNumber: z.string().nullable(),
  approvalDate: z.string().nullable(),
  contractValue: z.number().int().nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  componentCode: z.string().nullable(),
  communityBuilt: z.boolean(),
  settlement: z.object({ settledOn: z.string(), settledValue: z.number().int(), settlementNumber: z.string() }).nullable(),
  demo: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
  communes: z.array(named),
  criteria: z.array(
    z.object({
      setCode: z.string(),
      criterionNumber: z.number().int(),
      criterionName: z.string().nullable(),
      indicatorCode: z.string().nullable(),
    }),
  ),
  fundingPlan: z.array(
    z.object({ sourceCode: z.string(), sourceName: z.string().nullable(), year: z.number().int(), amount: z.number().int() }),
  ),
  plannedTotal: z.number().int(),
  acceptances: z.array(
    z.object({
      id: z.string(),
      acceptedOn: z.string(),
      amount: z.number().int(),
      sourceCode: z.string().nullable(),
      sourceName: z.string().nullable(),
      document: z.string().nullable(),
      fileId: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  acceptedTotal: z.number().int(),
  late: z.boolean().describe('quá hạn hoàn thành dự kiến / past its planned end and not completed'),
  overBudget: z
    .boolean()
    .describe('giá trị hợp đồng hoặc nghiệm thu vượt tổng mức đầu tư / contract or accepted value above the approved total'),
});

export const worksOut = z.object({ asOf: z.string(), works: z.array(workOut) });
