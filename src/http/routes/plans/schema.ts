/** Request and response schemas of /api/v1/plans: plans, targets, status, findings, dashboard, tasks. */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { legalBasisEntrySchema } from '../../../domain/plan/legal-basis-catalog.schema.js';
import { planSchema, planStatusSchema } from '../../../domain/plan/plan.schema.js';
import { tierTargetSchema } from '../../../domain/plan/plan-objective.schema.js';
import { TASK_STATUSES, taskSchema } from '../../../domain/plan/plan-task.schema.js';
import { hasControlCharacters } from '../../../domain/text/vietnamese.js';
import { asOfQuery } from '../../schemas.js';

export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'ký tự điều khiển không được phép / control characters are not allowed');

export const planParams = z.object({ plan: z.string().min(1).max(100) });
export const taskParams = planParams.extend({ number: z.string().min(1).max(30) });
export const targetParams = planParams.extend({ code: z.string().min(1).max(50) });

export const planSummaryOut = z.object({
  code: z.string(),
  year: z.number(),
  title: z.string(),
  issuingUnitCode: z.string(),
  authority: z.string(),
  status: planStatusSchema,
  version: z.number(),
  demo: z.boolean(),
});

export const planOut = z.object({
  plan: planSchema,
  version: z.number(),
  demo: z.boolean(),
  updatedAt: z.string(),
  permissions: z.object({
    edit: z.boolean(),
    transitions: z.array(z.object({ action: z.string(), to: planStatusSchema, labelVi: z.string(), labelEn: z.string() })),
  }),
});

export const copyBody = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'chữ thường, số và dấu gạch / lower-case letters, digits, hyphens')
    .max(100),
});
export const copyOut = planOut.extend({
  dropped: z.array(z.object({ unitCode: z.string(), name: z.string(), reason: z.string() })),
});

/** The parts of a draft that may be replaced (formal parts, objectives, targets, agencies, sections). */
export const updateBody = z.object({
  expectedVersion: z.number().int().min(0),
  parts: z.record(z.string(), z.unknown()).describe('Các phần của kế hoạch cần thay / plan parts to replace (planSchema fields)'),
});

export const targetBody = z.object({
  expectedVersion: z.number().int().min(0),
  target: z
    .object({
      criteria: z.array(z.number().int().positive()).max(100),
      reachStandard: z.boolean().default(false),
      maintain: z.boolean().default(false),
      tierTarget: tierTargetSchema.nullable().default(null),
      note: text(2000).optional(),
    })
    .nullable(),
});

export const statusBody = z.object({ to: planStatusSchema, expectedVersion: z.number().int().min(0), note: text(2000).optional() });

export const findingOut = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  messageEn: z.string(),
  path: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
});
export const findingsOut = z.object({
  code: z.string(),
  baselineDate: z.string(),
  findings: z.array(findingOut),
  criterionNumbers: z.array(z.number()),
  /** Where each commune of the plan's area stood at the start of the year. */
  baseline: z.array(z.object({ unitCode: z.string(), name: z.string(), met: z.array(z.number()), recognised: z.boolean() })),
});

const state = z.enum(['done', 'on_track', 'at_risk', 'missed']);
const criterionProgress = z.object({ number: z.number(), state, moved: z.boolean() });
const average = z.object({
  scope: z.string(),
  total: z.number(),
  count: z.number(),
  average: z.number(),
  communes: z.array(z.object({ unitCode: z.string(), name: z.string() })),
  excluded: z.array(z.object({ unitCode: z.string(), name: z.string() })),
});
const both = z.object({ all: average, notRecognised: average });
export const dashboardOut = z.object({
  code: z.string(),
  year: z.number(),
  asOf: z.string(),
  baselineDate: z.string(),
  progress: z.object({
    asOf: z.string(),
    checkpoint: z.string(),
    yearEnded: z.boolean(),
    targets: z.array(
      z.object({
        unitCode: z.string(),
        name: z.string(),
        state,
        criteria: z.array(criterionProgress),
        reachStandard: z.object({ state, notMet: z.array(criterionProgress) }).nullable(),
        maintain: z.object({ state, lost: z.array(z.number()) }).nullable(),
      }),
    ),
    counts: z.record(z.string(), z.number()),
    forecast: z.object({ current: both, forecast: both, ifAllMet: both }),
    statedAverage: z.number().nullable(),
  }),
  baseline: z.array(z.object({ unitCode: z.string(), name: z.string(), metAtStart: z.number(), recognised: z.boolean() })),
  perCriterion: z.array(
    z.object({ number: z.number(), committed: z.number(), done: z.number(), onTrack: z.number(), atRisk: z.number(), missed: z.number() }),
  ),
  tasks: z.object({
    total: z.number(),
    counts: z.record(z.string(), z.number()),
    overdue: z.array(
      z.object({
        number: z.string(),
        text: z.string(),
        deadline: z.string().nullable(),
        leadAgencyCode: z.string().nullable(),
        status: z.string(),
      }),
    ),
  }),
});

export const dashboardQuery = z.object({ asOf: asOfQuery });

export const tasksQuery = z.object({
  asOf: asOfQuery,
  agency: z.string().max(100).optional(),
  unit: z.string().max(50).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

const fileOut = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number(), uploadedAt: z.string() });
export const taskOut = taskSchema.extend({
  id: z.string(),
  version: z.number(),
  overdue: z.boolean(),
  canUpdate: z.boolean(),
  updates: z.array(
    z.object({
      id: z.string(),
      reportedOn: z.string(),
      status: z.string(),
      note: z.string(),
      unitCode: z.string().nullable(),
      authorName: z.string(),
      createdAt: z.string(),
      files: z.array(fileOut.extend({ ownerId: z.string() })),
    }),
  ),
});
export const tasksOut = z.object({
  code: z.string(),
  agencies: planSchema.shape.agencies,
  sections: planSchema.shape.taskSections,
  canEdit: z.boolean(),
  items: z.array(taskOut),
});

export const progressBody = z.object({
  reportedOn: isoDateSchema,
  status: z.enum(TASK_STATUSES),
  note: text(4000).min(1),
  unitCode: z.string().max(50).optional(),
  expectedVersion: z.number().int().min(0),
});
export const progressOut = z.object({ id: z.string(), taskNumber: z.string(), status: z.string(), version: z.number() });

export const taskEditBody = z.object({
  deadline: isoDateSchema.nullable().optional(),
  leadAgencyCode: z.string().max(100).nullable().optional(),
  cooperatingAgencyCodes: z.array(z.string().max(100)).max(50).optional(),
  communeUnitCodes: z.array(z.string().max(50)).max(500).optional(),
  criteria: z.array(z.number().int().positive()).max(100).optional(),
  expectedVersion: z.number().int().min(0),
});
export const taskEditOut = taskSchema.extend({ id: z.string(), version: z.number() });

export const workingGroupOut = z.object({
  code: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      planId: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      agencyCode: z.string().nullable(),
      unitCode: z.string(),
    }),
  ),
});

export const memberBody = z.object({
  name: text(200).min(1),
  position: text(200).optional(),
  agencyCode: z.string().max(100).optional(),
  unitCode: z.string().min(1).max(50),
});

export const statusAckBody = statusBody.extend({
  /** The leader approves although items carried from last year are not yet reviewed (they were shown). */
  acknowledgeUnreviewed: z.boolean().optional(),
});

export const legalBasesQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số / the year must be a number' })
    .int('Năm phải là số nguyên / the year must be a whole number')
    .min(2000, 'Năm từ 2000 đến 2100 / the year must be 2000 to 2100')
    .max(2100, 'Năm từ 2000 đến 2100 / the year must be 2000 to 2100'),
  unit: z.string().min(1, 'Cần mã đơn vị / a unit code is required').max(50),
});
export const legalBasesOut = z.object({
  items: z.array(
    legalBasisEntrySchema.extend({
      /** The basis serves plans of the year asked. */
      servesYear: z.boolean(),
      /** Standing and serving the year: ticked in a new plan. */
      prefill: z.boolean(),
    }),
  ),
});

export const reviewBody = z.object({
  flagId: z.string().min(1, 'Cần mã mục rà soát / a review item is required').max(200),
  expectedVersion: z.number().int().min(0),
});
