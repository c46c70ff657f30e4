/**
 * Adjustments (điều chỉnh kế hoạch vốn) of an approved plan: a decision number, date and reason with signed
 * delta lines. The leader approves it; from its decision date on, the plan in force includes it. No line
 * (same source, programme, commune, work, criterion) may become negative.
 */
import { z } from 'zod';
import { allocationRepository } from '../../db/repositories/allocation.repository.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getAllocation, lineRow, loadAllocation, stale } from './allocation.service.js';
import { checkLines, invalidLines, lineInputSchema, lineKey } from './allocation-rules.js';

const adjustmentSchema = z.object({
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reason: z.string().trim().min(1).max(2000),
  lines: z.array(lineInputSchema).min(1).max(2000),
});

export async function createAdjustment(ctx: ServiceContext, allocationId: string, input: unknown) {
  const row = await loadAllocation(ctx, allocationId);
  await authorize(ctx, 'allocations.write', row.unitCode);
  const a = adjustmentSchema.parse(input);
  if (row.status !== 'approved')
    throw new AppError('allocation.not_approved', 'conflict', {
      vi: 'Chỉ điều chỉnh kế hoạch vốn đã phê duyệt.',
      en: 'Only an approved plan is adjusted.',
    });
  const id = newId();
  // Read-only checks first: they read unit ancestors through the shared connection (SQLite has one).
  await checkLines(ctx, ctx.database.db, { unitCode: row.unitCode, year: row.year, onDate: a.decisionDate, lines: a.lines, signed: true });
  await inTransaction(
    ctx,
    async (trx) => {
      await allocationRepository.insertAdjustment(trx, {
        id,
        allocationId,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
        reason: a.reason,
        status: 'draft',
        approvedAt: null,
        approvedBy: null,
        createdAt: ctx.now(),
        createdBy: ctx.actor.id,
        version: 1,
      });
      await allocationRepository.insertLines(
        trx,
        a.lines.map((l) => lineRow(ctx, allocationId, id, l)),
      );
      await audit(ctx, trx, [
        {
          action: 'allocation.adjustment.create',
          entityType: 'allocation_adjustment',
          entityId: id,
          unitCode: row.unitCode,
          after: { decisionNumber: a.decisionNumber, decisionDate: a.decisionDate, lines: a.lines.length },
        },
      ]);
    },
    'none',
  );
  return { ...(await getAllocation(ctx, row.unitCode, row.year)), adjustmentId: id };
}

export async function approveAdjustment(ctx: ServiceContext, adjustmentId: string, version: number) {
  const adj = await allocationRepository.adjustment(ctx.database.db, adjustmentId);
  if (!adj)
    throw new AppError('allocation.adjustment_not_found', 'not_found', { vi: 'Không có điều chỉnh này.', en: 'No such adjustment.' });
  const row = await loadAllocation(ctx, adj.allocationId);
  await authorize(ctx, 'allocations.approve', row.unitCode);
  if (adj.status !== 'draft')
    throw new AppError('allocation.adjustment_approved', 'conflict', {
      vi: 'Điều chỉnh đã được phê duyệt.',
      en: 'The adjustment is already approved.',
    });
  if (adj.version !== version) throw stale(adj.version);
  await inTransaction(
    ctx,
    async (trx) => {
      const lines = await allocationRepository.lines(trx, row.id);
      const approved = new Set(
        (await allocationRepository.adjustments(trx, row.id)).filter((x) => x.status === 'approved').map((x) => x.id),
      );
      const sums = new Map<string, number>();
      for (const l of lines)
        if (l.adjustmentId === null || approved.has(l.adjustmentId) || l.adjustmentId === adj.id)
          sums.set(lineKey(l), (sums.get(lineKey(l)) ?? 0) + l.amount);
      const mine = lines.filter((l) => l.adjustmentId === adj.id);
      const issues = mine
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => (sums.get(lineKey(l)) ?? 0) < 0)
        .map(({ l, i }) => ({
          path: `lines[${i}].amount`,
          message: `Sau điều chỉnh, dòng nguồn ${l.sourceCode} bị âm ${-(sums.get(lineKey(l)) ?? 0)} đồng / the line would become negative`,
        }));
      if (issues.length > 0) throw invalidLines(issues);
      if (
        !(await allocationRepository.updateAdjustment(trx, adj.id, version, {
          status: 'approved',
          approvedAt: ctx.now(),
          approvedBy: ctx.actor.id,
        }))
      )
        throw stale(version + 1);
      await audit(ctx, trx, [
        {
          action: 'allocation.adjustment.approve',
          entityType: 'allocation_adjustment',
          entityId: adj.id,
          unitCode: row.unitCode,
          before: { status: 'draft' },
          after: { status: 'approved' },
        },
      ]);
    },
    'none',
  );
  return getAllocation(ctx, row.unitCode, row.year);
}
