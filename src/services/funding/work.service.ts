/**
 * Works (công trình, dự án) of the programme: create, read, list (an area's or a commune's, by
 * criterion or kind), update (version-checked), record acceptances (nghiệm thu) and settlement
 * (quyết toán). Every write: one transaction, authorization on the work's area, an audit row.
 */
import type { Executor } from '../../db/database.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import type { WorkRow, WorkTable } from '../../db/schema-works.js';
import { AppError, type ErrorIssue, issuesFromZod } from '../../domain/errors.js';
import {
  type AcceptanceInput,
  acceptanceInput,
  type CreateWorkInput,
  createWorkInput,
  dateOrderIssues,
  type SettlementInput,
  settlementInput,
  type UpdateWorkInput,
  updateWorkInput,
} from '../../domain/funding/work-input.js';
import { normalizeForSearch, sortVi } from '../../domain/text/vietnamese.js';
import { authorize } from '../access.js';
import { COMMUNE_KINDS } from '../commune-scope.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { todayOf } from '../dossier/dossier.service.js';
import { getUnit, requireValidAt, unitsUnder } from '../unit.service.js';
import { authorizeWorkWrite, loadWork, staleWork } from './work-access.js';
import { checkAreaAndCommunes, checkFundingPlan, checkKind, resolveCriteria, sourceProblem, workInvalid } from './work-checks.js';
import { viewWorks, type WorkView } from './work-view.js';

function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
  },
  v: unknown,
): T {
  const r = schema.safeParse(v);
  if (!r.success) throw workInvalid(issuesFromZod(r.error.issues));
  return r.data;
}

/** The day the work's communes and criteria are checked on: its approval, else its (planned) start, else today. */
const workDay = (ctx: ServiceContext, w: { approvalDate?: string | null; plannedStart?: string | null; startedOn?: string | null }) =>
  w.approvalDate ?? w.plannedStart ?? w.startedOn ?? todayOf(ctx);

async function nextCode(ex: Executor, area: string, year: number) {
  const prefix = `CT-${area}-${year}-`;
  const taken = new Set((await workRepository.list(ex, { areaUnitCodes: [area] })).map((w) => w.code));
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(3, '0')}`;
    if (!taken.has(code)) return code;
  }
}

async function oneView(ctx: ServiceContext, ex: Executor, row: WorkRow, asOf: string): Promise<WorkView> {
  const [v] = await viewWorks(ctx, ex, [row], asOf);
  return v as WorkView;
}

export async function createWork(ctx: ServiceContext, areaUnitCode: string, raw: CreateWorkInput): Promise<WorkView> {
  const input = parse(createWorkInput, raw);
  await getUnit(ctx, areaUnitCode);
  await authorizeWorkWrite(ctx, areaUnitCode, input.communeCodes);
  const day = workDay(ctx, input);
  // Checks read through the pool (sets, units): before the transaction, which holds SQLite's one connection.
  const issues: ErrorIssue[] = [...dateOrderIssues(input)];
  checkKind(input.kindCode, issues);
  await checkAreaAndCommunes(ctx.database.db, areaUnitCode, input.communeCodes, day, issues);
  checkFundingPlan(input.fundingPlan, issues);
  const id = newId();
  const criteria = await resolveCriteria(ctx, id, input.communeCodes, input.criteria, day, issues, newId);
  if (issues.length) throw workInvalid(issues);
  return inTransaction(ctx, async (trx) => {
    if (input.code && (await workRepository.byCode(trx, input.code)))
      throw workInvalid([{ path: 'code', message: 'mã đã có / code already used' }]);
    const now = ctx.now();
    const row: WorkTable = {
      id,
      code: input.code ?? (await nextCode(trx, areaUnitCode, Number(day.slice(0, 4)))),
      name: input.name,
      nameSearch: normalizeForSearch(input.name),
      kindCode: input.kindCode,
      areaUnitCode,
      investor: input.investor,
      approvedTotal: input.approvedTotal ?? null,
      approvalNumber: input.approvalNumber ?? null,
      approvalDate: input.approvalDate ?? null,
      contractValue: input.contractValue ?? null,
      plannedStart: input.plannedStart ?? null,
      plannedEnd: input.plannedEnd ?? null,
      startedOn: input.startedOn ?? null,
      completedOn: input.completedOn ?? null,
      componentCode: input.componentCode ?? null,
      communityBuilt: input.communityBuilt ? 1 : 0,
      settledOn: null,
      settledValue: null,
      settlementNumber: null,
      demo: input.demo ? 1 : 0,
      note: input.note ?? null,
      version: 1,
      createdAt: now,
      createdBy: ctx.actor.id,
      updatedAt: now,
      updatedBy: ctx.actor.id,
    };
    await workRepository.insert(trx, row);
    await workRepository.replaceCommunes(trx, id, input.communeCodes);
    await workRepository.replaceCriteria(trx, id, criteria);
    await workRepository.replaceFundingPlan(
      trx,
      id,
      input.fundingPlan.map((p) => ({ workId: id, ...p })),
    );
    await audit(ctx, trx, [
      { action: 'work.create', entityType: 'work', entityId: id, unitCode: areaUnitCode, after: { ...input, code: row.code } },
    ]);
    return oneView(ctx, trx, { ...row }, day > todayOf(ctx) ? day : todayOf(ctx));
  });
}

export async function getWork(ctx: ServiceContext, id: string, asOf: string): Promise<WorkView> {
  const { row } = await loadWork(ctx, id, 'read');
  return oneView(ctx, ctx.database.db, row, asOf);
}

export interface WorkListQuery {
  unitCode: string;
  asOf: string;
  communeCode?: string | undefined;
  kindCode?: string | undefined;
  setCode?: string | undefined;
  criterionNumber?: number | undefined;
}

/** A commune's works (those serving it) or an area's (its own and those of the units under it). */
export async function listWorks(ctx: ServiceContext, q: WorkListQuery): Promise<WorkView[]> {
  const unit = await getUnit(ctx, q.unitCode);
  await authorize(ctx, 'read', unit.code);
  await requireValidAt(ctx, unit, q.asOf);
  const ex = ctx.database.db;
  const isCommune = COMMUNE_KINDS.has(unit.kind);
  const rows = await workRepository.list(ex, {
    areaUnitCodes: isCommune ? undefined : (await unitsUnder(ctx, unit.code)).map((u) => u.code),
    communeCode: isCommune ? unit.code : q.communeCode,
    setCode: q.setCode,
    criterionNumber: q.criterionNumber,
  });
  const kept = rows.filter((r) => !q.kindCode || r.kindCode === q.kindCode);
  return sortVi(await viewWorks(ctx, ex, kept, q.asOf), (w) => w.name);
}

export async function updateWork(ctx: ServiceContext, id: string, raw: UpdateWorkInput): Promise<WorkView> {
  const input = parse(updateWorkInput, raw);
  const { row, communes } = await loadWork(ctx, id, 'write');
  if (row.version !== input.version) throw staleWork(row.version);
  const { version: _v, communeCodes, criteria, fundingPlan, communityBuilt, ...fields } = input;
  const next = { ...row, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as WorkRow;
  const newCommunes = communeCodes ?? communes;
  if (communeCodes) await authorizeWorkWrite(ctx, row.areaUnitCode, newCommunes);
  const day = workDay(ctx, next);
  const issues: ErrorIssue[] = [...dateOrderIssues(next)];
  if (fields.kindCode) checkKind(fields.kindCode, issues);
  if (communeCodes) await checkAreaAndCommunes(ctx.database.db, row.areaUnitCode, communeCodes, day, issues);
  if (fundingPlan) checkFundingPlan(fundingPlan, issues);
  const resolved = criteria ? await resolveCriteria(ctx, id, newCommunes, criteria, day, issues, newId) : undefined;
  const firstAcceptance = (await workRepository.acceptances(ctx.database.db, [id]))[0];
  if (firstAcceptance && next.startedOn && firstAcceptance.acceptedOn < next.startedOn)
    issues.push({ path: 'startedOn', message: `sau ngày nghiệm thu ${firstAcceptance.acceptedOn} / after an acceptance` });
  if (next.settledOn && !next.completedOn) issues.push({ path: 'completedOn', message: 'công trình đã quyết toán / the work is settled' });
  if (issues.length) throw workInvalid(issues);
  return inTransaction(ctx, async (trx) => {
    const now = ctx.now();
    const set = {
      ...fields,
      ...(fields.name ? { nameSearch: normalizeForSearch(fields.name) } : {}),
      ...(communityBuilt !== undefined ? { communityBuilt: communityBuilt ? 1 : 0 } : {}),
      updatedAt: now,
      updatedBy: ctx.actor.id,
    };
    if (!(await workRepository.update(trx, id, row.version, set)))
      throw staleWork((await workRepository.get(trx, id))?.version ?? row.version);
    if (communeCodes) await workRepository.replaceCommunes(trx, id, communeCodes);
    if (resolved) await workRepository.replaceCriteria(trx, id, resolved);
    if (fundingPlan)
      await workRepository.replaceFundingPlan(
        trx,
        id,
        fundingPlan.map((p) => ({ workId: id, ...p })),
      );
    await audit(ctx, trx, [
      {
        action: 'work.update',
        entityType: 'work',
        entityId: id,
        unitCode: row.areaUnitCode,
        before: { version: row.version },
        after: input,
      },
    ]);
    const saved = await workRepository.get(trx, id);
    return oneView(ctx, trx, saved as WorkRow, todayOf(ctx));
  });
}

export async function recordAcceptance(ctx: ServiceContext, id: string, raw: AcceptanceInput): Promise<WorkView> {
  const input = parse(acceptanceInput, raw);
  const { row } = await loadWork(ctx, id, 'write');
  const issues: ErrorIssue[] = [];
  if (!row.startedOn) issues.push({ path: 'acceptedOn', message: 'công trình chưa khởi công / the work has not started' });
  else if (input.acceptedOn < row.startedOn)
    issues.push({ path: 'acceptedOn', message: `trước ngày khởi công ${row.startedOn} / before the start` });
  if (input.acceptedOn > todayOf(ctx)) issues.push({ path: 'acceptedOn', message: 'sau hôm nay / after today' });
  if (row.settledOn) issues.push({ path: 'acceptedOn', message: 'công trình đã quyết toán / the work is settled' });
  if (input.sourceCode) {
    const problem = sourceProblem(input.sourceCode, Number(input.acceptedOn.slice(0, 4)));
    if (problem) issues.push({ path: 'sourceCode', message: problem });
  }
  if (issues.length) throw workInvalid(issues);
  return inTransaction(ctx, async (trx) => {
    const acceptanceId = newId();
    await workRepository.insertAcceptance(trx, {
      id: acceptanceId,
      workId: id,
      acceptedOn: input.acceptedOn,
      amount: input.amount,
      sourceCode: input.sourceCode ?? null,
      document: input.document ?? null,
      fileId: input.fileId ?? null,
      note: input.note ?? null,
      createdAt: ctx.now(),
      createdBy: ctx.actor.id,
    });
    await audit(ctx, trx, [
      { action: 'work.accept', entityType: 'work', entityId: id, unitCode: row.areaUnitCode, after: { acceptanceId, ...input } },
    ]);
    return oneView(ctx, trx, row, todayOf(ctx));
  });
}

export const settlementRefused = (why: { vi: string; en: string }) => new AppError('work.not_settleable', 'conflict', why);

export async function recordSettlement(ctx: ServiceContext, id: string, raw: SettlementInput): Promise<WorkView> {
  const input = parse(settlementInput, raw);
  const { row } = await loadWork(ctx, id, 'write');
  if (row.version !== input.version) throw staleWork(row.version);
  const acceptances = await workRepository.acceptances(ctx.database.db, [id]);
  if (!row.completedOn)
    throw settlementRefused({ vi: 'Chỉ quyết toán công trình đã hoàn thành', en: 'Only a completed work can be settled' });
  if (acceptances.length === 0)
    throw settlementRefused({ vi: 'Chỉ quyết toán công trình đã nghiệm thu', en: 'Only an accepted work can be settled' });
  const last = acceptances[acceptances.length - 1]?.acceptedOn ?? row.completedOn;
  const issues: ErrorIssue[] = [];
  if (input.settledOn < row.completedOn)
    issues.push({ path: 'settledOn', message: `trước ngày hoàn thành ${row.completedOn} / before completion` });
  else if (input.settledOn < last)
    issues.push({ path: 'settledOn', message: `trước ngày nghiệm thu ${last} / before the last acceptance` });
  if (input.settledOn > todayOf(ctx)) issues.push({ path: 'settledOn', message: 'sau hôm nay / after today' });
  if (issues.length) throw workInvalid(issues);
  return inTransaction(ctx, async (trx) => {
    const set = {
      settledOn: input.settledOn,
      settledValue: input.settledValue,
      settlementNumber: input.settlementNumber,
      updatedAt: ctx.now(),
      updatedBy: ctx.actor.id,
    };
    if (!(await workRepository.update(trx, id, row.version, set)))
      throw staleWork((await workRepository.get(trx, id))?.version ?? row.version);
    await audit(ctx, trx, [
      {
        action: 'work.settle',
        entityType: 'work',
        entityId: id,
        unitCode: row.areaUnitCode,
        before: { version: row.version },
        after: input,
      },
    ]);
    return oneView(ctx, trx, (await workRepository.get(trx, id)) as WorkRow, todayOf(ctx));
  });
}
