/**
 * The facts recorded at a step, one per kind and dossier (stored as JSON in dossier_record and read
 * back through these schemas): the meeting and its vote, the appraisal's conclusion, the council and
 * its vote, the decision, the announcement, and the two declared conditions (debt, security).
 */
import { z } from 'zod';
import { isoDateSchema } from '../catalog/criteria-set.schema.js';
import { hasControlCharacters } from '../text/vietnamese.js';

export const textField = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'không được để trống / must not be empty')
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'ký tự điều khiển không được phép / control characters are not allowed');
const optionalText = (max: number) => textField(max).nullable().default(null);
const count = z.number().int('số nguyên / an integer').min(0, 'không âm / not negative').max(1_000_000);

export const meetingSchema = z
  .strictObject({
    heldOn: isoDateSchema,
    place: optionalText(300),
    chair: optionalText(200),
    secretary: optionalText(200),
    attendees: count,
    totalMembers: count.min(1, 'ít nhất 1 thành viên / at least one member'),
    agreeing: count,
    content: optionalText(5000),
  })
  .superRefine((m, ctx) => {
    if (m.agreeing > m.attendees)
      ctx.addIssue({ code: 'custom', path: ['agreeing'], message: 'số nhất trí không quá số dự họp / agreeing cannot exceed attendees' });
    if (m.attendees > m.totalMembers)
      ctx.addIssue({
        code: 'custom',
        path: ['attendees'],
        message: 'số dự họp không quá tổng số thành viên / attendees cannot exceed members',
      });
  });
export type Meeting = z.infer<typeof meetingSchema>;

export const appraisalConclusionSchema = z.strictObject({
  appraisedOn: isoDateSchema,
  conclusion: z.enum(['eligible', 'returned']),
  reasons: z.array(textField(1000)).max(50).default([]),
});
export type AppraisalConclusion = z.infer<typeof appraisalConclusionSchema>;

export const councilSchema = z
  .strictObject({
    heldOn: isoDateSchema,
    members: count.min(1, 'ít nhất 1 thành viên / at least one member'),
    attending: count,
    agreeing: count,
    result: z.enum(['approved', 'rejected']),
    note: optionalText(2000),
  })
  .superRefine((c, ctx) => {
    if (c.attending > c.members)
      ctx.addIssue({ code: 'custom', path: ['attending'], message: 'số dự họp không quá số thành viên / attending cannot exceed members' });
    if (c.agreeing > c.attending)
      ctx.addIssue({ code: 'custom', path: ['agreeing'], message: 'số nhất trí không quá số dự họp / agreeing cannot exceed attending' });
  });
export type Council = z.infer<typeof councilSchema>;

export const decisionSchema = z.strictObject({
  number: optionalText(100),
  date: isoDateSchema,
  signer: optionalText(200),
  body: textField(300),
});
export type Decision = z.infer<typeof decisionSchema>;

export const announcementSchema = z.strictObject({ announcedOn: isoDateSchema, place: optionalText(300) });
export type Announcement = z.infer<typeof announcementSchema>;

export const debtSchema = z.strictObject({
  amount: z.number().int('đồng, số nguyên / integer đồng').min(0, 'không âm / not negative').max(1e15),
  declaredOn: isoDateSchema,
});
export const securitySchema = z.strictObject({
  notComplex: z.boolean(),
  declaredBy: textField(300),
  declaredOn: isoDateSchema,
});

export const RECORD_SCHEMAS = {
  meeting: meetingSchema,
  appraisal: appraisalConclusionSchema,
  council: councilSchema,
  decision: decisionSchema,
  announcement: announcementSchema,
  debt: debtSchema,
  security: securitySchema,
} as const;
export type RecordKind = keyof typeof RECORD_SCHEMAS;
export type RecordData<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

/** The vote as a share, one decimal (cut, not rounded, so 66,66… stays under 66,7). */
export const votePercent = (agreeing: number, total: number) => (total > 0 ? Math.floor((agreeing * 1000) / total) / 10 : 0);
