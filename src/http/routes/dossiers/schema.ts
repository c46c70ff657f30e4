/** Request and response schemas of the dossier routes (hồ sơ xét, công nhận / thu hồi). */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { textField } from '../../../domain/dossier/records.js';

export const dossierParams = z.object({ id: z.string().min(1).max(60) });
export const fileParams = dossierParams.extend({ fileId: z.string().min(1).max(60) });
export const documentParams = dossierParams.extend({ doc: z.string().min(1).max(60) });
export const recordParams = dossierParams.extend({ kind: z.enum(['meeting', 'council', 'decision', 'announcement', 'debt', 'security']) });
export const onQuery = z.object({
  on: isoDateSchema.optional().describe('Ngày xem các bước được làm / the day the moves are for (mặc định: hôm nay)'),
});

const optionalText = (max: number) => textField(max).nullable().optional();

export const startBody = z.object({
  kind: z.enum(['recognition', 'revocation']).default('recognition'),
  tier: z.string().min(1).max(30),
  year: z.number().int().min(2000).max(2100),
  assessmentDate: isoDateSchema,
  startedOn: isoDateSchema,
  setCode: z.string().min(1).max(100).optional(),
  procedureCode: z.string().min(1).max(100).optional(),
  recognitionId: z.string().min(1).max(60).optional(),
});

export const moveBody = z.object({ on: isoDateSchema, note: optionalText(2000), expectedVersion: z.number().int().min(0) });
export const sendBackBody = moveBody.extend({
  to: z.string().min(1).max(60),
  reasons: z.array(textField(1000)).min(1, 'cần ít nhất một lý do / at least one reason').max(50),
});
export const postingBody = z.object({ startedOn: isoDateSchema });
export const announcementBody = z.object({
  announcedOn: isoDateSchema,
  channel: z.string().min(1).max(60),
  place: optionalText(300),
  photoFileId: z.string().min(1).max(60).nullable().optional(),
});
export const commentBody = z.object({
  receivedOn: isoDateSchema,
  fromName: optionalText(300),
  content: textField(5000),
  response: optionalText(5000),
});
export const opinionBody = z.object({
  organisationKind: z.enum(['front', 'socio_political']),
  organisation: textField(300),
  givenOn: isoDateSchema,
  summary: optionalText(5000),
  fileId: z.string().min(1).max(60).nullable().optional(),
});
export const recordBody = z.object({
  data: z.record(z.string(), z.unknown()).describe('Nội dung theo loại / the fact, by kind (domain/dossier/records.ts)'),
  fileId: z.string().min(1).max(60).nullable().optional(),
});
export const appraisalBody = z.object({
  appraisedOn: isoDateSchema,
  conclusion: z.enum(['eligible', 'returned']),
  reasons: z.array(textField(1000)).max(50).default([]),
  findings: z
    .array(
      z.object({
        criterionCode: z.string().min(1).max(20),
        result: z.enum(['met', 'not_met']),
        finding: optionalText(2000).transform((v) => v ?? null),
      }),
    )
    .min(1, 'cần kết quả thẩm tra ít nhất một tiêu chí / at least one finding')
    .max(100),
});
export const generateBody = z.object({ on: isoDateSchema });

const messages = z.object({ vi: z.string(), en: z.string() });
const fileOut = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number(), uploadedAt: z.string() });
const conditionOut = z.object({
  code: z.enum(['criteria', 'satisfaction', 'debt', 'security']),
  name: messages,
  state: z.enum(['met', 'not_met', 'unknown', 'missing']),
  reasons: z.array(messages),
  evidence: z.array(z.object({ label: z.string(), fileId: z.string().nullable() })),
});
const vote = z.object({
  minAgreeingPercent: z.number().nullable(),
  provenance: z.object({ source: z.string(), verified: z.boolean(), note: z.string().optional() }),
});

export const dossierSummaryOut = z.object({
  id: z.string(),
  kind: z.enum(['recognition', 'revocation']),
  tier: z.string(),
  year: z.number(),
  assessmentDate: z.string(),
  state: z.string(),
  stepCode: z.string(),
  stepName: z.string(),
  demo: z.boolean(),
});
export const dossierListOut = z.object({ unit: z.object({ code: z.string(), name: z.string() }), items: z.array(dossierSummaryOut) });

export const dossierOut = z.object({
  id: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  kind: z.enum(['recognition', 'revocation']),
  procedure: z.object({ code: z.string(), name: z.string(), legalBasis: z.string(), verified: z.boolean() }),
  setCode: z.string(),
  tier: z.string(),
  year: z.number(),
  assessmentDate: z.string(),
  state: z.enum(['in_progress', 'completed']),
  currentStep: z.string(),
  recognitionId: z.string().nullable(),
  demo: z.boolean(),
  version: z.number(),
  onDate: z.string(),
  steps: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      form: z.string(),
      status: z.enum(['done', 'current', 'pending']),
      actorBody: z.string().nullable(),
      actorVerified: z.boolean(),
      durationDays: z.number().nullable(),
      workingDays: z.boolean().nullable(),
      durationVerified: z.boolean(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      stepCode: z.string(),
      action: z.string(),
      toStep: z.string().nullable(),
      onDate: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
      reasons: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
  moves: z.object({
    step: z.string(),
    refusal: messages.nullable(),
    complete: z.object({ allowed: z.boolean(), blockers: z.array(messages) }),
    sendBackTo: z.array(z.string()),
  }),
  checklist: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      required: z.boolean(),
      made: z.enum(['uploaded', 'generated']),
      stepCode: z.string(),
      verified: z.boolean(),
      state: z.enum(['missing', 'uploaded', 'generated']),
      file: fileOut.nullable(),
    }),
  ),
  conditions: z.array(conditionOut),
  survey: z.object({
    state: z.enum(['met', 'not_met', 'unknown', 'missing']),
    roundId: z.string().nullable(),
    participationRate: z.number().nullable(),
    satisfactionRate: z.number().nullable(),
  }),
  posting: z
    .object({
      startedOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      count: z.number(),
      outside: z.number(),
      minAnnouncements: z.number(),
      periodDays: z.number(),
      enough: z.boolean(),
      over: z.boolean(),
      met: z.boolean(),
      verified: z.boolean(),
      channels: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
      announcements: z.array(
        z.object({ id: z.string(), announcedOn: z.string(), channel: z.string(), place: z.string().nullable(), photo: fileOut.nullable() }),
      ),
    })
    .nullable(),
  comments: z.array(
    z.object({
      id: z.string(),
      receivedOn: z.string(),
      fromName: z.string().nullable(),
      content: z.string(),
      response: z.string().nullable(),
    }),
  ),
  opinions: z.array(
    z.object({
      id: z.string(),
      organisationKind: z.enum(['front', 'socio_political']),
      organisation: z.string(),
      givenOn: z.string(),
      summary: z.string().nullable(),
      file: fileOut.nullable(),
    }),
  ),
  meeting: z
    .object({
      heldOn: z.string(),
      place: z.string().nullable(),
      chair: z.string().nullable(),
      secretary: z.string().nullable(),
      attendees: z.number(),
      totalMembers: z.number(),
      agreeing: z.number(),
      content: z.string().nullable(),
    })
    .nullable(),
  meetingVoteRule: vote.nullable(),
  appraisalRound: z.number(),
  findings: z.array(
    z.object({ round: z.number(), criterionCode: z.string(), result: z.enum(['met', 'not_met']), finding: z.string().nullable() }),
  ),
  appraisal: z.object({ appraisedOn: z.string(), conclusion: z.enum(['eligible', 'returned']), reasons: z.array(z.string()) }).nullable(),
  council: z
    .object({
      heldOn: z.string(),
      members: z.number(),
      attending: z.number(),
      agreeing: z.number(),
      result: z.enum(['approved', 'rejected']),
      note: z.string().nullable(),
    })
    .nullable(),
  decision: z.object({ number: z.string().nullable(), date: z.string(), signer: z.string().nullable(), body: z.string() }).nullable(),
  announcement: z.object({ announcedOn: z.string(), place: z.string().nullable() }).nullable(),
  criteria: z.array(z.object({ number: z.number(), name: z.string(), status: z.string(), unverified: z.array(z.string()) })),
});

export const uploadedFileOut = fileOut;
