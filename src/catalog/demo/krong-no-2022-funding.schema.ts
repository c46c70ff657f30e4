/**
 * Shape of the Krông Nô 2022 demo money (krong-no-2022-funding.json): one approved district plan whose
 * lines name a source leaf, a commune, a work and a criterion, each line with its disbursements; the
 * works with their acceptances and settlement; and the commune dossier the demo's unpaid work blocks.
 * Every row is illustrative (demo = 1); amounts are integer đồng.
 */
import { z } from 'zod';
import { isoDateSchema } from '../../domain/catalog/criteria-set.schema.js';

const dong = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const workCode = z.string().regex(/^CT-\d+-\d{4}-\d{3}$/);

export const demoWorkSchema = z.strictObject({
  code: workCode,
  name: z.string().min(1),
  kind: z.string(),
  communes: z.array(z.string()).min(1),
  criteria: z.array(z.number().int().min(1).max(19)).min(1),
  investor: z.string(),
  approvedTotal: dong,
  contractValue: dong.nullable(),
  plannedStart: isoDateSchema,
  plannedEnd: isoDateSchema,
  startedOn: isoDateSchema.optional(),
  completedOn: isoDateSchema.optional(),
  communityBuilt: z.boolean(),
  note: z.string().optional(),
  acceptances: z.array(z.strictObject({ acceptedOn: isoDateSchema, amount: dong, document: z.string() })),
  settlement: z.strictObject({ settledOn: isoDateSchema, settledValue: dong, settlementNumber: z.string().nullable() }).optional(),
  fundingPlan: z.array(z.strictObject({ source: z.string(), year: z.number().int(), amount: dong })),
});

export const demoLineSchema = z.strictObject({
  key: z.string(),
  source: z.string(),
  commune: z.string().nullable(),
  work: workCode.nullable(),
  criterion: z.number().int().min(1).max(19).nullable(),
  amount: dong,
  programmeName: z.string().optional(),
  note: z.string().optional(),
  disbursements: z.array(z.strictObject({ paidOn: isoDateSchema, amount: dong, document: z.string() })),
});

export const demoFundingSchema = z.strictObject({
  demo: z.literal(true),
  description: z.string(),
  descriptionEn: z.string(),
  source: z.string(),
  setCode: z.string(),
  allocation: z.strictObject({
    unitCode: z.string(),
    year: z.number().int(),
    decisionNumber: z.string().nullable(),
    decisionDate: isoDateSchema,
    decisionSigner: z.string().nullable(),
    submittedOn: isoDateSchema,
    approvedBy: z.string(),
    approvedOn: isoDateSchema,
    createdBy: z.string(),
  }),
  works: z.array(demoWorkSchema),
  lines: z.array(demoLineSchema),
  /** The recognition dossier whose debt condition the unpaid work fails. */
  debtDossier: z.strictObject({
    unitCode: z.string(),
    kind: z.literal('recognition'),
    tier: z.literal('ntm'),
    year: z.number().int(),
    assessmentDate: isoDateSchema,
    startedOn: isoDateSchema,
    blockingWork: workCode,
  }),
});

export type DemoFunding = z.infer<typeof demoFundingSchema>;
export type DemoWork = z.infer<typeof demoWorkSchema>;
export type DemoLine = z.infer<typeof demoLineSchema>;

/**
 * The demo's outstanding debt per commune on a date, by the S4 rule (accepted − paid on lines of the
 * work, floored at 0; a work serving several communes counts in each) — what the seeded data must show.
 */
export function demoDebtByCommune(d: DemoFunding, asOf: string): Map<string, { total: number; works: string[] }> {
  const out = new Map<string, { total: number; works: string[] }>();
  for (const w of d.works) {
    const accepted = w.acceptances.filter((a) => a.acceptedOn <= asOf).reduce((s, a) => s + a.amount, 0);
    const paid = d.lines
      .filter((l) => l.work === w.code)
      .flatMap((l) => l.disbursements)
      .filter((p) => p.paidOn <= asOf)
      .reduce((s, p) => s + p.amount, 0);
    const debt = Math.max(0, accepted - paid);
    if (debt === 0) continue;
    for (const c of w.communes) {
      const e = out.get(c) ?? { total: 0, works: [] };
      e.total += debt;
      e.works.push(w.code);
      out.set(c, e);
    }
  }
  return out;
}
