/**
 * Recognitions (công nhận đạt chuẩn) as a legal status of their own: the province's decision that a commune
 * reached a tier "năm <year>", its announcement, and its revocation. Today's evaluation never stands in for
 * it, and it never stands in for today's evaluation. Every write is audited and marks the commune's board
 * rows for recomputation; writes join the caller's transaction when one is given (the dossier's decision step).
 */
import type { Executor } from '../../db/database.js';
import { criteriaSetRepository } from '../../db/repositories/criteria-set.repository.js';
import { recognitionRepository } from '../../db/repositories/recognition.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { RecognitionRow } from '../../db/schema.js';
import { AppError, notFound } from '../../domain/errors.js';
import { formatDateVi, vietnamDay } from '../../domain/text/vietnamese.js';
import { can } from '../../policies/policy.js';
import type { RecognitionAction } from '../../policies/recognition-policy.js';
import { ancestorsOf, authorize, forbidden, unauthenticated } from '../access.js';
import { getSet } from '../catalog.service.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { type InForceBasis, isInForce, presentRecognition } from './recognition-present.js';
import { checkRecognition, checkRevocation } from './recognition-validate.js';

export interface DecisionRef {
  number: string | null;
  date: string | null;
  signer: string | null;
  body: string | null;
}

export interface RecognitionInput {
  unitCode: string;
  setCode: string;
  tier: string;
  /** "đạt chuẩn <tier> năm <year>"; null when the year is unknown (then `yearBefore` may bound it). */
  year: number | null;
  /** The year is unknown but the title is from before this year ("trước năm 2022"). */
  yearBefore?: number | null;
  decision: DecisionRef;
  /** Lễ công bố. */
  announcedOn: string | null;
  /** The dossier that led to it, if any. */
  dossierId: string | null;
  /** Illustrative (years or decisions unknown). */
  demo: boolean;
  note: string | null;
}

export interface Recognition extends RecognitionInput {
  id: string;
  year: number | null;
  yearBefore: number | null;
  revoked: null | {
    decision: DecisionRef;
    reason: string | null;
    dossierId?: string | null;
    recordedAt?: string | null;
    recordedBy?: string | null;
  };
  recordedAt: string;
  recordedBy: string;
  /** The first day it is known to be in force, and what that rests on (see recognition-present.ts). */
  inForceFrom?: string | null;
  inForceBasis?: InForceBasis | null;
  version?: number;
}

const staleRecognition = () =>
  new AppError('recognition.stale', 'conflict', {
    vi: 'Quyết định công nhận vừa được người khác thay đổi; hãy tải lại.',
    en: 'Changed meanwhile; reload.',
  });

export const recognitionNotFound = (id: string) =>
  notFound('recognition.not_found', { vi: `Không có quyết định công nhận mã "${id}"`, en: `No recognition "${id}"` }, { id });

const decisionWords = (d: DecisionRef) =>
  [d.number ? `số ${d.number}` : 'chưa rõ số', d.date ? `ngày ${formatDateVi(d.date)}` : 'chưa rõ ngày'].join(' ');

function duplicate(existing: RecognitionRow) {
  const d = presentRecognition(existing).decision;
  return new AppError(
    'recognition.duplicate',
    'conflict',
    {
      vi: `Xã đã được công nhận hạng này cho năm ${existing.year} (quyết định ${decisionWords(d)}); không ghi thêm lần nữa.`,
      en: `The commune already holds this tier for ${existing.year} (decision ${d.number ?? 'number unknown'}, ${d.date ?? 'date unknown'}).`,
    },
    [{ path: 'year', message: 'đã có quyết định công nhận / already recognised' }],
    { existingId: existing.id, decision: d },
  );
}

/** The unit's ancestors read through `ex` (inside a caller's transaction SQLite has only that connection). */
async function ancestorsIn(ex: Executor, unitCode: string): Promise<string[]> {
  const out: string[] = [];
  let code: string | null | undefined = unitCode;
  while (code && out.length < 10) {
    code = (await unitRepository.get(ex, code))?.parentCode;
    if (code) out.push(code);
  }
  return out;
}

/** policies/recognition-policy.ts through can(); read through `ex` so that it works inside a caller's transaction. */
async function authorizeRecognition(ctx: ServiceContext, action: RecognitionAction, unitCode: string, ex: Executor) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  if (ctx.actor.role === 'system' || ctx.actor.role === 'admin') return;
  const ancestors = ex === ctx.database.db ? await ancestorsOf(ctx, unitCode) : await ancestorsIn(ex, unitCode);
  if (!can(ctx.actor, action, { unitCode, ancestors })) throw forbidden(action, unitCode);
}

const isUniqueViolation = (e: unknown) => {
  const code = (e as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/**
 * Runs in the caller's transaction, or in one of its own that marks on boards the commune and the communes
 * it merged into (whose derived title rests on it).
 */
async function within<T>(ctx: ServiceContext, unitCode: string, trx: Executor | undefined, fn: (ex: Executor) => Promise<T>) {
  if (trx) return fn(trx);
  const successors = (await unitRepository.successions(ctx.database.db))
    .filter((s) => s.predecessorCode === unitCode)
    .map((s) => s.successorCode);
  return inTransaction(ctx, fn, { valuesOf: [unitCode, ...successors] });
}

/** Writes (audited, marks the commune for the board cache). Joins `trx` when given. */
export async function recordRecognition(ctx: ServiceContext, input: RecognitionInput, trx?: Executor): Promise<Recognition> {
  await authorizeRecognition(ctx, 'recognitions.record', input.unitCode, trx ?? ctx.database.db);
  return within(ctx, input.unitCode, trx, async (ex) => {
    const unit = await getUnit(ctx, input.unitCode, ex);
    const set = await getSet(ctx, input.setCode, ex);
    checkRecognition(input, set, unit, vietnamDay(ctx.now()));
    if (input.year !== null) {
      const existing = await recognitionRepository.sameTitle(ex, input.unitCode, input.tier, input.year);
      if (existing) throw duplicate(existing);
    }
    const row: RecognitionRow = {
      id: newId(),
      unitCode: input.unitCode,
      setCode: input.setCode,
      tier: input.tier,
      year: input.year,
      yearBefore: input.year === null ? (input.yearBefore ?? null) : null,
      decisionNumber: input.decision.number,
      decisionDate: input.decision.date,
      decisionSigner: input.decision.signer,
      decisionBody: input.decision.body,
      announcedOn: input.announcedOn,
      dossierId: input.dossierId,
      demo: input.demo ? 1 : 0,
      note: input.note,
      recordedAt: ctx.now(),
      recordedBy: ctx.actor.id,
      revokedAt: null,
      revokedBy: null,
      revokeDecisionNumber: null,
      revokeDecisionDate: null,
      revokeDecisionSigner: null,
      revokeDecisionBody: null,
      revokeReason: null,
      revokeDossierId: null,
      version: 1,
    };
    try {
      await recognitionRepository.insert(ex, row);
    } catch (e) {
      // A concurrent writer took the same title (PostgreSQL): the transaction is aborted, say which title it was.
      if (isUniqueViolation(e) && input.year !== null) {
        const now = await recognitionRepository.sameTitle(ctx.database.db, input.unitCode, input.tier, input.year).catch(() => undefined);
        if (now) throw duplicate(now);
      }
      throw e;
    }
    const out = presentRecognition(row);
    await audit(ctx, ex, [
      { action: 'recognition.record', entityType: 'recognition', entityId: row.id, unitCode: row.unitCode, after: out },
    ]);
    return out;
  });
}

export async function revokeRecognition(
  ctx: ServiceContext,
  recognitionId: string,
  input: {
    decision: DecisionRef;
    reason: string | null;
    dossierId: string | null /** When given, the recognition must be this unit's. */;
    unitCode?: string;
  },
  trx?: Executor,
): Promise<Recognition> {
  const first = await recognitionRepository.get(trx ?? ctx.database.db, recognitionId);
  if (!first || (input.unitCode !== undefined && first.unitCode !== input.unitCode)) throw recognitionNotFound(recognitionId);
  await authorizeRecognition(ctx, 'recognitions.revoke', first.unitCode, trx ?? ctx.database.db);
  return within(ctx, first.unitCode, trx, async (ex) => {
    const row = await recognitionRepository.get(ex, recognitionId);
    if (!row) throw recognitionNotFound(recognitionId);
    const before = presentRecognition(row);
    if (before.revoked) {
      throw new AppError(
        'recognition.already_revoked',
        'conflict',
        {
          vi: `Quyết định công nhận này đã bị thu hồi (quyết định ${decisionWords(before.revoked.decision)}).`,
          en: 'This recognition is already revoked.',
        },
        [],
        { current: before },
      );
    }
    checkRevocation(before, input.decision, input.reason, vietnamDay(ctx.now()));
    const update = {
      revokedAt: ctx.now(),
      revokedBy: ctx.actor.id,
      revokeDecisionNumber: input.decision.number,
      revokeDecisionDate: input.decision.date,
      revokeDecisionSigner: input.decision.signer,
      revokeDecisionBody: input.decision.body,
      revokeReason: input.reason,
      revokeDossierId: input.dossierId,
    };
    if (!(await recognitionRepository.revoke(ex, row.id, row.version, update))) {
      throw staleRecognition();
    }
    const out = presentRecognition({ ...row, ...update, version: row.version + 1 });
    await audit(ctx, ex, [
      { action: 'recognition.revoke', entityType: 'recognition', entityId: row.id, unitCode: row.unitCode, before, after: out },
    ]);
    return out;
  });
}

/**
 * Sets (or corrects) the lễ công bố date of a recognition, checked as a recorded one is (not before the
 * decision, not in the future). Audited; joins `trx` when given. Called from a dossier's announcement step
 * with `dossierId`, the step's own actor rule has authorised the write (the commune announces since 1/7/2025).
 */
export async function setRecognitionAnnouncement(
  ctx: ServiceContext,
  recognitionId: string,
  announcedOn: string,
  trx?: Executor,
  opts: { dossierId?: string } = {},
): Promise<Recognition> {
  const ex0 = trx ?? ctx.database.db;
  const first = await recognitionRepository.get(ex0, recognitionId);
  if (!first) throw recognitionNotFound(recognitionId);
  const viaDossier = trx !== undefined && opts.dossierId !== undefined && first.dossierId === opts.dossierId;
  if (!viaDossier) await authorizeRecognition(ctx, 'recognitions.record', first.unitCode, ex0);
  return within(ctx, first.unitCode, trx, async (ex) => {
    const row = await recognitionRepository.get(ex, recognitionId);
    if (!row) throw recognitionNotFound(recognitionId);
    const before = presentRecognition(row);
    const unit = await getUnit(ctx, row.unitCode, ex);
    const set = await getSet(ctx, row.setCode, ex);
    checkRecognition({ ...before, announcedOn }, set, unit, vietnamDay(ctx.now()));
    if (!(await recognitionRepository.announce(ex, row.id, row.version, announcedOn))) {
      throw staleRecognition();
    }
    const out = presentRecognition({ ...row, announcedOn, version: row.version + 1 });
    await audit(ctx, ex, [
      { action: 'recognition.announce', entityType: 'recognition', entityId: row.id, unitCode: row.unitCode, before, after: out },
    ]);
    return out;
  });
}

/** tier → how many tiers it stands on (ntm 0, advanced 1, model 2; modern 1), from the stored sets. */
export async function tierRanks(db: Executor): Promise<Map<string, number>> {
  const requires = new Map<string, string | null>();
  for (const s of await criteriaSetRepository.list(db)) if (!requires.has(s.tier) || s.requiresTier) requires.set(s.tier, s.requiresTier);
  const rank = (t: string, depth = 0): number => {
    const r = requires.get(t);
    return r && depth < 10 ? 1 + rank(r, depth + 1) : 0;
  };
  return new Map([...requires.keys()].map((t) => [t, rank(t)]));
}

/** Highest tier first, then the latest year. */
export function byTier(ranks: ReadonlyMap<string, number>) {
  return (a: Recognition, b: Recognition) =>
    (ranks.get(b.tier) ?? 0) - (ranks.get(a.tier) ?? 0) || (b.year ?? b.yearBefore ?? 0) - (a.year ?? a.yearBefore ?? 0);
}

/** The recognitions in force for the unit on `asOf` (decision date ≤ asOf, not revoked by then), highest tier first. */
export async function recognitionsInForce(db: Executor, unitCode: string, asOf: string): Promise<Recognition[]> {
  const all = (await recognitionRepository.ofUnits(db, [unitCode])).map(presentRecognition);
  return all.filter((r) => isInForce(r, asOf)).sort(byTier(await tierRanks(db)));
}

/** Every recognition of the unit (history, revoked ones too), each said in force or not on `asOf`. */
export async function listRecognitions(ctx: ServiceContext, unitCode: string, asOf: string) {
  const unit = await getUnit(ctx, unitCode);
  await authorize(ctx, 'read', unit.code);
  const ex = ctx.database.db;
  const ranks = await tierRanks(ex);
  const all = (await recognitionRepository.ofUnits(ex, [unit.code])).map(presentRecognition).sort(byTier(ranks));
  return { unit, asOf, recognitions: all.map((r) => ({ ...r, inForce: isInForce(r, asOf) })) };
}
