/**
 * The plan's tasks (nhiệm vụ, giải pháp) and assignments (tổ chức thực hiện), numbered as printed
 * (II.1.1, III.4 …), and the agencies that lead or cooperate on them, kept as records.
 */
import { z } from 'zod';
import { isoDateSchema, provenanceSchema } from '../catalog/criteria-set.schema.js';

export const AGENCY_KINDS = [
  'people_committee',
  'steering_committee',
  'ntm_office',
  'department',
  /** A collective such as "các Phòng, Ban, ngành" when the plan names no single one. */
  'departments',
  'front',
  'working_group',
  'commune_bodies',
  'other',
] as const;

export const agencySchema = z.strictObject({
  /** Stable code inside the plan (and later the agency table), e.g. "phong-tc-kh". */
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  name: z.string().min(1),
  kind: z.enum(AGENCY_KINDS),
  /** The administrative unit the agency belongs to, when it is one unit's body. */
  unitCode: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Agency = z.infer<typeof agencySchema>;

/** Roman part, then dotted numbers: "II.1.1", "III.4"; a section is the number without its last part. */
export const TASK_NUMBER = /^[IVXLC]+(\.\d+)+$/;
export const SECTION_NUMBER = /^[IVXLC]+(\.\d+)*$/;

export const taskSectionSchema = z.strictObject({
  number: z.string().regex(SECTION_NUMBER, 'expected a section number such as II.1 or III'),
  title: z.string().min(1),
  /** Communes the whole section is about (e.g. "các xã phấn đấu hoàn thành 19 tiêu chí"). */
  communeUnitCodes: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});
export type TaskSection = z.infer<typeof taskSectionSchema>;

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskSchema = z.strictObject({
  number: z.string().regex(TASK_NUMBER, 'expected a task number such as II.1.1 or III.4'),
  text: z.string().min(1),
  /** null where the plan names no lead agency. */
  leadAgencyCode: z.string().min(1).nullable(),
  cooperatingAgencyCodes: z.array(z.string().min(1)).default([]),
  /** Communes concerned; empty = district-wide. */
  communeUnitCodes: z.array(z.string().min(1)).default([]),
  /** Criterion numbers concerned; empty = none in particular. */
  criteria: z.array(z.number().int().positive()).default([]),
  deadline: isoDateSchema.nullable().default(null),
  status: taskStatusSchema.default('not_started'),
  note: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type Task = z.infer<typeof taskSchema>;

/** "II.1.1" → "II.1"; "III.4" → "III". */
export const sectionOf = (taskNumber: string) => taskNumber.slice(0, taskNumber.lastIndexOf('.'));
