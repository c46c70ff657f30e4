/**
 * The yearly capital allocation plan (kế hoạch vốn năm) of a unit: drafted and saved as a whole (version
 * checked, all lines replaced in one transaction), submitted, returned or approved by the leader with the
 * decision that assigns the capital. An approved plan is changed only by adjustments (signed deltas).
 */

import { z } from 'zod';
import type { Executor } from '../../db/database.js';
import { allocationRepository } from '../../db/repositories/allocation.repository.js';
import type { AllocationLineTable, AllocationRow, AllocationStatus } from '../../db/schema-allocations.js';
import { AppError } from '../../domain/errors.js';
import type { FundingAction } from '../../policies/funding-policy.js';
import { authorize } from '../access.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { checkLines, type LineInput, lineInputSchema, lineKey } from './allocation-rules.js';

const WRITE: FundingAction = 'allocations.write';
const APPROVE: FundingAction = 'allocations.approve';

export const notFound = () =>
  new AppError('allocation.not_found', 'not_found', { vi: 'Không có kế hoạch vốn này.', en: 'No such allocation plan.' });
export const stale = (current: number) =>
  new AppError(
    'allocation.stale',
    'conflict',
    {
      vi: `Kế hoạch vốn đã được người khác sửa (phiên bản hiện tại ${current}); hãy tải lại.`,
      en: `The allocation plan was changed by someone else (current version ${current}); reload.`,
    },
    [],
    { currentVersion: current },
  );
const badMove = (from: string, to: string) =>
  new AppError('allocation.bad_move', 'conflict', {
    vi: `Không thể chuyển kế hoạch vốn từ "${STATUS_VI[from] ?? from}" sang "${STATUS_VI[to] ?? to}".`,
    en: `Cannot move the allocation plan from ${from} to ${to}.`,
  });
const STATUS_VI: Record<string, string> = { draft: 'Dự thảo', submitted: 'Đã trình', approved: 'Đã phê duyệt', returned: 'Trả lại' };

export async function loadAllocation(ctx: ServiceContext, id: string): Promise<AllocationRow> {
  const row = await allocationRepository.get(ctx.database.db, id);
  if (!row) throw notFound();
  return row;
}

/** The plan with every line (original and adjustment deltas) and its adjustments. */
export async function getAllocation(ctx: ServiceContext, unitCode: string, year: number) {
  await authorize(ctx, 'read', unitCode);
  const ex = ctx.database.db;
  const row = await allocationRepository.ofUnitYear(ex, unitCode, year);
  if (!row) throw notFound();
  return {
    ...row,
    history: JSON.parse(row.history) as unknown[],
    lines: await allocationRepository.lines(ex, row.id),
    adjustments: await allocationRepository.adjustments(ex, row.id),
  };
}

export async function createAllocation(ctx: ServiceContext, input: { unitCode: string; year: number; demo?: boolean }) {
  await authorize(ctx, 'allocations.write', input.unitCode);
  const now = ctx.now();
  await inTransaction(
    ctx,
    async (trx) => {
      if (await allocationRepository.ofUnitYear(trx, input.unitCode, input.year))
        throw new AppError('allocation.exists', 'conflict', {
          vi: `Đơn vị đã có kế hoạch vốn năm ${input.year}.`,
          en: `The unit already has an allocation plan for ${input.year}.`,
        });
      const id = newId();
      await allocationRepository.insert(trx, {
        id,
        unitCode: input.unitCode,
        year: input.year,
        status: 'draft',
        decisionNumber: null,
        decisionDate: null,
        decisionSigner: null,
        history: '[]',
        demo: input.demo ? 1 : 0,
        version: 1,
        createdAt: now,
        createdBy: ctx.actor.id,
        updatedAt: now,
        updatedBy: ctx.actor.id,
        approvedAt: null,
        approvedBy: null,
      });
      await audit(ctx, trx, [
        { action: 'allocation.create', entityType: 'allocation', entityId: id, unitCode: input.unitCode, after: { year: input.year } },
      ]);
    },
    'none',
  );
  return getAllocation(ctx, input.unitCode, input.year);
}

export const lineRow = (ctx: ServiceContext, allocationId: string, adjustmentId: string | null, l: LineInput): AllocationLineTable => ({
  id: newId(),
  allocationId,
  adjustmentId,
  sourceCode: l.sourceCode,
  programmeName: l.programmeName ?? null,
  componentCode: l.componentCode ?? null,
  communeCode: l.communeCode ?? null,
  workId: l.workId ?? null,
  setCode: l.setCode ?? null,
  criterionNumber: l.criterionNumber ?? null,
  amount: l.amount,
  note: l.note ?? null,
  version: 1,
  createdAt: ctx.now(),
  createdBy: ctx.actor.id,
  updatedAt: ctx.now(),
  updatedBy: ctx.actor.id,
});

/**
 * Writes only what differs from the stored original lines, matched by what a line is for (lineKey): an
 * unchanged line keeps its id and version, a changed one is updated, a missing one removed, a new one added.
 */
async function writeLineChanges(ctx: ServiceContext, trx: Executor, allocationId: string, lines: readonly LineInput[]) {
  const stored = (await allocationRepository.lines(trx, allocationId)).filter((l) => l.adjustmentId === null);
  const pool = new Map<string, (typeof stored)[number][]>();
  for (const l of stored) pool.set(lineKey(l), [...(pool.get(lineKey(l)) ?? []), l]);
  const fresh: LineInput[] = [];
  for (const l of lines) {
    const old = pool.get(lineKey(l))?.shift();
    if (!old) {
      fresh.push(l);
      continue;
    }
    const next = { amount: l.amount, componentCode: l.componentCode ?? null, note: l.note ?? null };
    if (old.amount !== next.amount || old.componentCode !== next.componentCode || old.note !== next.note)
      await allocationRepository.updateLine(trx, old.id, { ...next, updatedAt: ctx.now(), updatedBy: ctx.actor.id });
  }
  await allocationRepository.deleteLinesById(
    trx,
    [...pool.values()].flat().map((l) => l.id),
  );
  await allocationRepository.insertLines(
    trx,
    fresh.map((l) => lineRow(ctx, allocationId, null, l)),
  );
}

/** Replaces the original lines of a draft or returned plan, all or nothing, writing only the lines that change. */
export async function saveLines(ctx: ServiceContext, input: { allocationId: string; version: number; lines: unknown }) {
  const row = await loadAllocation(ctx, input.allocationId);
  await authorize(ctx, 'allocations.write', row.unitCode);
  const lines = z.array(lineInputSchema).max(2000).parse(input.lines);
  if (row.status !== 'draft' && row.status !== 'returned')
    throw new AppError('allocation.not_editable', 'conflict', {
      vi: 'Kế hoạch vốn đã trình hoặc đã phê duyệt: thay đổi phải qua điều chỉnh.',
      en: 'The plan was submitted or approved: change it by an adjustment.',
    });
  if (row.version !== input.version) throw stale(row.version);
  // Read-only checks first: they read unit ancestors through the shared connection (SQLite has one).
  await checkLines(ctx, ctx.database.db, { unitCode: row.unitCode, year: row.year, onDate: `${row.year}-01-01`, lines, signed: false });
  await inTransaction(
    ctx,
    async (trx) => {
      if (!(await allocationRepository.update(trx, row.id, input.version, { updatedAt: ctx.now(), updatedBy: ctx.actor.id })))
        throw stale(row.version + 1);
      await writeLineChanges(ctx, trx, row.id, lines);
      await audit(ctx, trx, [
        {
          action: 'allocation.lines',
          entityType: 'allocation',
          entityId: row.id,
          unitCode: row.unitCode,
          after: { lines: lines.length, total: lines.reduce((s, l) => s + l.amount, 0) },
        },
      ]);
    },
    'none',
  );
  return getAllocation(ctx, row.unitCode, row.year);
}

const MOVES: Record<string, AllocationStatus[]> = { draft: ['submitted'], returned: ['submitted'], submitted: ['approved', 'returned'] };
export interface Decision {
  decisionNumber: string;
  decisionDate: string;
  decisionSigner?: string | null | undefined;
}

/** Submit (allocations.write); return or approve (allocations.approve: the leader), approval naming its decision. */
export async function moveAllocation(
  ctx: ServiceContext,
  id: string,
  to: AllocationStatus,
  version: number,
  note?: string,
  decision?: Decision,
) {
  const row = await loadAllocation(ctx, id);
  // Submitting is the drafter's; approving and returning are the leader's.
  const right: FundingAction = to === 'submitted' ? WRITE : APPROVE;
  await authorize(ctx, right, row.unitCode);
  if (!MOVES[row.status]?.includes(to)) throw badMove(row.status, to);
  if (row.version !== version) throw stale(row.version);
  if (to === 'approved' && (!decision?.decisionNumber || !/^\d{4}-\d{2}-\d{2}$/.test(decision.decisionDate ?? '')))
    throw new AppError(
      'allocation.decision_required',
      'invalid',
      { vi: 'Cần số và ngày quyết định giao vốn.', en: 'The decision number and date are required.' },
      [{ path: 'decisionNumber', message: 'Bắt buộc / required' }],
    );
  const history = [
    ...(JSON.parse(row.history) as unknown[]),
    { from: row.status, to, at: ctx.now(), by: ctx.actor.id, ...(note ? { note } : {}) },
  ];
  await inTransaction(
    ctx,
    async (trx) => {
      const ok = await allocationRepository.update(trx, id, version, {
        status: to,
        history: JSON.stringify(history),
        updatedAt: ctx.now(),
        updatedBy: ctx.actor.id,
        ...(to === 'approved' && decision
          ? {
              decisionNumber: decision.decisionNumber,
              decisionDate: decision.decisionDate,
              decisionSigner: decision.decisionSigner ?? null,
              approvedAt: ctx.now(),
              approvedBy: ctx.actor.id,
            }
          : {}),
      });
      if (!ok) throw stale(version + 1);
      await audit(ctx, trx, [
        {
          action: `allocation.${to}`,
          entityType: 'allocation',
          entityId: id,
          unitCode: row.unitCode,
          before: { status: row.status },
          after: { status: to, note, ...decision },
        },
      ]);
    },
    'none',
  );
  return getAllocation(ctx, row.unitCode, row.year);
}

export { approveAdjustment, createAdjustment } from './adjustment.service.js';
export { lineKey };
