/**
 * Test helpers for money: a work accepted (nghiệm thu) in some communes, and an approved allocation plan
 * with a line naming a work, paid through the services — so tests state debts and rates in đồng.
 */
import { unitRepository } from '../../src/db/repositories/unit.repository.js';
import { workRepository } from '../../src/db/repositories/work.repository.js';
import { newId, type ServiceContext } from '../../src/services/context.js';
import { createAllocation, moveAllocation, saveLines } from '../../src/services/funding/allocation.service.js';
import type { LineInput } from '../../src/services/funding/allocation-rules.js';
import { recordDisbursement } from '../../src/services/funding/disbursement.service.js';

export async function addAcceptedWork(
  ctx: ServiceContext,
  w: { code: string; name: string; communes: string[]; acceptances: { on: string; amount: number; sourceCode?: string | null }[] },
) {
  const ex = ctx.database.db;
  const commune = await unitRepository.get(ex, w.communes[0] as string);
  const id = newId();
  const now = ctx.now();
  await workRepository.insert(ex, {
    id,
    code: w.code,
    name: w.name,
    nameSearch: w.name.toLowerCase(),
    kindCode: 'giao-thong',
    areaUnitCode: commune?.parentCode ?? (w.communes[0] as string),
    investor: 'UBND',
    approvedTotal: null,
    approvalNumber: null,
    approvalDate: null,
    contractValue: null,
    plannedStart: null,
    plannedEnd: null,
    startedOn: null,
    completedOn: null,
    componentCode: null,
    communityBuilt: 0,
    settledOn: null,
    settledValue: null,
    settlementNumber: null,
    demo: 0,
    note: null,
    version: 1,
    createdAt: now,
    createdBy: ctx.actor.id,
    updatedAt: now,
    updatedBy: ctx.actor.id,
  });
  await workRepository.replaceCommunes(ex, id, w.communes);
  for (const a of w.acceptances)
    await workRepository.insertAcceptance(ex, {
      id: newId(),
      workId: id,
      acceptedOn: a.on,
      amount: a.amount,
      sourceCode: a.sourceCode ?? null,
      document: 'BB-01',
      fileId: null,
      note: null,
      createdAt: now,
      createdBy: ctx.actor.id,
    });
  return { id, areaUnitCode: commune?.parentCode ?? (w.communes[0] as string) };
}

/** An approved plan of `unitCode` for `year` with the given lines (decision dated `decisionDate`). */
export async function approvedPlan(
  ctx: ServiceContext,
  unitCode: string,
  year: number,
  lines: LineInput[],
  decisionDate = `${year}-01-15`,
) {
  const a = await createAllocation(ctx, { unitCode, year });
  const saved = await saveLines(ctx, { allocationId: a.id, version: a.version, lines });
  const sub = await moveAllocation(ctx, a.id, 'submitted', saved.version);
  return moveAllocation(ctx, a.id, 'approved', sub.version, undefined, {
    decisionNumber: `QĐ-${year}`,
    decisionDate,
    decisionSigner: 'Chủ tịch',
  });
}

export const pay = (ctx: ServiceContext, lineId: string, paidOn: string, amount: number) =>
  recordDisbursement(ctx, { lineId, paidOn, amount, document: `UNC-${paidOn}` });
