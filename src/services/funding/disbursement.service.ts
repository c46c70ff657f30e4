/**
 * Disbursement entries (giải ngân) against a line of an approved plan: dated, with a document and an
 * optional evidence file id; never edited — a mistake is reversed by a negative entry naming it. What is
 * paid on a line may not exceed the plan in force for that line on the payment date.
 */

import { z } from 'zod';
import type { Executor } from '../../db/database.js';
import { allocationRepository } from '../../db/repositories/allocation.repository.js';
import { disbursementRepository } from '../../db/repositories/disbursement.repository.js';
import { AppError } from '../../domain/errors.js';
import { formatMillion } from '../../domain/funding/money.js';
import { authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { lineKey } from './allocation-rules.js';

const entrySchema = z.object({
  lineId: z.string().min(1).max(60),
  paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  amount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  document: z.string().trim().max(200).nullish(),
  fileId: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullish(),
  note: z.string().max(1000).nullish(),
});

const lineNotFound = () =>
  new AppError('disbursement.line_not_found', 'not_found', { vi: 'Không có dòng kế hoạch vốn này.', en: 'No such allocation line.' });

/** The line, its plan, and the unit whose access applies (the line's commune when it names one). */
export async function lineContext(ctx: ServiceContext, lineId: string) {
  const ex = ctx.database.db;
  const line = await allocationRepository.line(ex, lineId);
  if (!line) throw lineNotFound();
  const plan = await allocationRepository.get(ex, line.allocationId);
  if (!plan) throw lineNotFound();
  return { line, plan, accessUnit: line.communeCode ?? plan.unitCode };
}

type Entry = z.infer<typeof entrySchema>;
type Prepared = Awaited<ReturnType<typeof prepareDisbursement>>;

/** The checks that need no lock: the entry's shape, its line and plan, the right to record on it, the dates. */
export async function prepareDisbursement(ctx: ServiceContext, input: unknown) {
  const e: Entry = entrySchema.parse(input);
  const { line, plan, accessUnit } = await lineContext(ctx, e.lineId);
  await authorize(ctx, 'disbursements.write', accessUnit);
  if (plan.status !== 'approved')
    throw new AppError('disbursement.plan_not_approved', 'conflict', {
      vi: 'Chỉ ghi giải ngân trên kế hoạch vốn đã phê duyệt.',
      en: 'Payments are recorded only on an approved plan.',
    });
  if (plan.decisionDate && e.paidOn < plan.decisionDate)
    throw new AppError(
      'disbursement.before_decision',
      'invalid',
      { vi: 'Ngày giải ngân trước ngày quyết định giao vốn.', en: 'The payment is dated before the allocation decision.' },
      [{ path: 'paidOn', message: 'Trước ngày quyết định / before the decision date' }],
    );
  return { e, line, plan, accessUnit };
}

/** Writes a prepared entry in the caller's transaction: refused over the line's plan in force on its date. */
export async function writeDisbursement(ctx: ServiceContext, trx: Executor, { e, line, plan, accessUnit }: Prepared) {
  const id = newId();
  const key = lineKey(line);
  const same = (await allocationRepository.linesInForce(trx, [plan.id], e.paidOn)).filter((l) => lineKey(l) === key);
  const planned = same.reduce((s, l) => s + l.amount, 0);
  const everything = (await allocationRepository.lines(trx, plan.id)).filter((l) => lineKey(l) === key).map((l) => l.id);
  const paid = (await disbursementRepository.ofLines(trx, everything)).reduce((s, d) => s + d.amount, 0);
  if (paid + e.amount > planned) {
    const over = paid + e.amount - planned;
    throw new AppError(
      'disbursement.over_plan',
      'invalid',
      {
        vi: `Vượt kế hoạch vốn của dòng ${formatMillion(over)} triệu đồng (kế hoạch ${formatMillion(planned)}, đã giải ngân ${formatMillion(paid)} triệu đồng).`,
        en: `Exceeds the line's plan by ${over} đồng (plan ${planned}, paid ${paid}).`,
      },
      [{ path: 'amount', message: `Vượt ${formatMillion(over)} triệu đồng / over by ${over} đồng` }],
      { over, planned, paid },
    );
  }
  await disbursementRepository.insert(trx, {
    id,
    allocationLineId: line.id,
    paidOn: e.paidOn,
    amount: e.amount,
    reversalOf: null,
    document: e.document ?? null,
    fileId: e.fileId ?? null,
    note: e.note ?? null,
    demo: plan.demo,
    createdAt: ctx.now(),
    createdBy: ctx.actor.id,
  });
  await audit(ctx, trx, [
    {
      action: 'disbursement.record',
      entityType: 'disbursement',
      entityId: id,
      unitCode: accessUnit,
      after: { lineId: line.id, paidOn: e.paidOn, amount: e.amount, document: e.document },
    },
  ]);
  return id;
}

export async function recordDisbursement(ctx: ServiceContext, input: unknown) {
  const prepared = await prepareDisbursement(ctx, input);
  const id = await inTransaction(ctx, (trx) => writeDisbursement(ctx, trx, prepared), 'none');
  return (await disbursementRepository.get(ctx.database.db, id)) as NonNullable<Awaited<ReturnType<typeof disbursementRepository.get>>>;
}

/** A negative entry naming the reversed one, dated today unless said otherwise, with a reason. */
export async function reverseDisbursement(ctx: ServiceContext, id: string, reason: string, onDate?: string) {
  const orig = await disbursementRepository.get(ctx.database.db, id);
  if (!orig)
    throw new AppError('disbursement.not_found', 'not_found', { vi: 'Không có khoản giải ngân này.', en: 'No such disbursement.' });
  const { accessUnit } = await lineContext(ctx, orig.allocationLineId);
  await authorize(ctx, 'disbursements.write', accessUnit);
  const why = z.string().trim().min(1).max(1000).parse(reason);
  if (orig.amount < 0 || (await disbursementRepository.reversalOf(ctx.database.db, id)))
    throw new AppError('disbursement.already_reversed', 'conflict', {
      vi: 'Khoản này đã được hủy hoặc là bút toán hủy.',
      en: 'Already reversed, or itself a reversal.',
    });
  const newIdValue = newId();
  const paidOn = onDate ?? ctx.now().slice(0, 10);
  await inTransaction(
    ctx,
    async (trx) => {
      await disbursementRepository.insert(trx, {
        id: newIdValue,
        allocationLineId: orig.allocationLineId,
        paidOn: paidOn < orig.paidOn ? orig.paidOn : paidOn,
        amount: -orig.amount,
        reversalOf: orig.id,
        document: orig.document,
        fileId: null,
        note: why,
        demo: orig.demo,
        createdAt: ctx.now(),
        createdBy: ctx.actor.id,
      });
      await audit(ctx, trx, [
        {
          action: 'disbursement.reverse',
          entityType: 'disbursement',
          entityId: newIdValue,
          unitCode: accessUnit,
          before: { id: orig.id, amount: orig.amount },
          after: { amount: -orig.amount, reason: why },
        },
      ]);
    },
    'none',
  );
  return (await disbursementRepository.get(ctx.database.db, newIdValue)) as NonNullable<
    Awaited<ReturnType<typeof disbursementRepository.get>>
  >;
}

export async function listDisbursements(ctx: ServiceContext, f: { allocationId: string; asOf?: string | undefined }) {
  const plan = await allocationRepository.get(ctx.database.db, f.allocationId);
  if (!plan) throw new AppError('allocation.not_found', 'not_found', { vi: 'Không có kế hoạch vốn này.', en: 'No such allocation plan.' });
  await authorize(ctx, 'read', plan.unitCode);
  const lines = await allocationRepository.lines(ctx.database.db, plan.id);
  return disbursementRepository.ofLines(
    ctx.database.db,
    lines.map((l) => l.id),
    f.asOf,
  );
}
