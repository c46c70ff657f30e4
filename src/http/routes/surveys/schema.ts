/** Request and response schemas of the survey routes (the Front's satisfaction survey). */
import { z } from 'zod';
import { isoDateSchema } from '../../../domain/catalog/criteria-set.schema.js';
import { provenanceOut } from '../../schemas.js';
import { text } from '../plans/schema.js';

const count = z.number().int().min(0).max(1_000_000);
export const answerSchema = z.enum(['satisfied', 'not_satisfied']).nullable();
export const answersBody = z.record(z.string().max(20), answerSchema).describe('nội dung → hài lòng / không hài lòng / bỏ trống');

export const roundParams = z.object({ id: z.string().min(1).max(100) });
export const hamletParams = roundParams.extend({ hamletId: z.string().min(1).max(100) });
export const tokenParams = z.object({ token: z.string().min(1).max(100) });

export const roundBody = z.object({
  purpose: z.string().min(1).max(30).describe('mã danh hiệu của phiếu: ntm, advanced, model, modern'),
  year: z.number().int().min(2010).max(2100).describe('năm đề nghị công nhận'),
  startsOn: isoDateSchema,
  forms: z.array(z.string().max(30)).min(1).max(5),
  items: z
    .array(z.object({ code: text(20).min(1), text: text(500).min(1) }))
    .max(60)
    .nullable()
    .optional(),
  hamlets: z.array(z.object({ name: text(200).min(1), households: count })).max(100),
  note: text(2000).nullable().optional(),
});

export const hamletBody = z.object({ name: text(200).min(1), households: count });

export const tallyBody = z.object({
  households: count,
  ballotsIssued: count,
  paperReturned: count,
  items: z.array(z.object({ code: z.string().min(1).max(20), satisfied: count, notSatisfied: count })).max(60),
  expectedVersion: z.number().int().positive(),
});

export const closeBody = z.object({ endsOn: isoDateSchema, expectedVersion: z.number().int().positive() });
export const publishBody = z.object({
  publishedOn: isoDateSchema,
  place: text(300).min(1),
  channel: text(300).min(1),
  expectedVersion: z.number().int().positive(),
});
export const codesBody = z.object({ count: z.number().int().min(1).max(1000) });
export const publicBallotBody = z.object({ code: z.string().min(1).max(40), answers: answersBody });

const rate = z.object({ num: z.number(), den: z.number(), percent: z.number().nullable() });
const ruleValue = z.object({ value: z.number().nullable(), provenance: provenanceOut });
const reasons = z.array(z.object({ vi: z.string(), en: z.string() }));
const stateOut = z.enum(['open', 'closed', 'published']);

export const ruleOut = z.object({
  code: z.string(),
  name: z.string(),
  document: z.object({ number: z.string(), date: z.string(), body: z.string() }).nullable(),
  periodProvenance: provenanceOut,
  participationMin: ruleValue,
  satisfactionMin: ruleValue,
  itemSatisfactionMin: ruleValue,
  durationWorkingDays: ruleValue,
});

export const roundOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  purpose: z.string(),
  ballot: z.string().nullable(),
  year: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  state: stateOut,
  forms: z.array(z.string()),
  items: z.array(z.object({ code: z.string(), text: z.string() })),
  published: z.object({ on: z.string(), place: z.string(), channel: z.string() }).nullable(),
  note: z.string().nullable(),
  demo: z.boolean(),
  version: z.number(),
  rule: ruleOut.nullable(),
  timing: z.object({
    limitWorkingDays: z.number().nullable(),
    limitProvenance: provenanceOut.nullable(),
    deadline: z.string().nullable(),
    workingDaysUsed: z.number(),
    countedUntil: z.string(),
    exceeded: z.boolean(),
  }),
  hamlets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      households: z.number(),
      ballotsIssued: z.number(),
      paperReturned: z.number(),
      paperItems: z.array(z.object({ code: z.string(), satisfied: z.number(), notSatisfied: z.number() })),
      token: z.string(),
      version: z.number(),
      codes: z.object({ total: z.number(), used: z.number() }),
    }),
  ),
  result: z.object({
    households: z.number(),
    ballotsIssued: z.number(),
    returned: z.number(),
    participation: rate,
    satisfaction: rate,
    items: z.array(
      z.object({ code: z.string(), text: z.string(), satisfied: z.number(), notSatisfied: z.number(), blank: z.number(), rate }),
    ),
    hamlets: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        households: z.number(),
        ballotsIssued: z.number(),
        returned: z.object({ paper: z.number(), phone: z.number(), qr: z.number(), total: z.number() }),
        participation: rate,
        satisfaction: rate,
      }),
    ),
  }),
  condition: z.object({ state: z.enum(['met', 'not_met', 'unknown']), reasons }),
});

export const roundListOut = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  canWrite: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      purpose: z.string(),
      ballot: z.string().nullable(),
      year: z.number(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      state: stateOut,
      demo: z.boolean(),
      participationRate: z.number().nullable(),
      satisfactionRate: z.number().nullable(),
      condition: z.enum(['met', 'not_met', 'unknown']),
    }),
  ),
});

export const rulesOut = z.object({
  ruleSets: z.array(
    ruleOut.extend({
      appliesFrom: z.string(),
      appliesTo: z.string().nullable(),
      purposes: z.array(
        z.object({
          tier: z.string(),
          ballot: z.string(),
          formNumber: z.string().nullable(),
          itemsFromSet: z.string().nullable(),
          provenance: provenanceOut,
        }),
      ),
    }),
  ),
  forms: z.array(z.object({ code: z.string(), name: z.string() })),
  formsProvenance: provenanceOut,
});

export const codesOut = z.object({
  hamletId: z.string(),
  hamletName: z.string(),
  url: z.string(),
  qrSvg: z.string(),
  codes: z.array(z.string()),
});

export const publicBallotOut = z.object({
  unitName: z.string(),
  hamletName: z.string(),
  ballot: z.string().nullable(),
  year: z.number(),
  open: z.boolean(),
  items: z.array(z.object({ code: z.string(), text: z.string() })),
});
