/**
 * Moving a dossier: completing its current step (checked by the state machine: the actor's rule on
 * the act's date, what blocks it, the conditions at submission) or sending it back to an earlier step
 * with reasons. Dated, attributed, audited; the decision step records the recognition (seam A) in the
 * same transaction, and a revocation's decision revokes it.
 */
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import type { DossierRow } from '../../db/schema-dossier.js';
import { actorRefusal, completionBlockers, stepOf } from '../../domain/dossier/state-machine.js';
import { invalid } from '../../domain/errors.js';
import { coversDossier } from '../../policies/dossier-policy.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getDossier, requireNotFuture } from './dossier.service.js';
import { blocked, type LoadedDossier, loadDossier, staleDossier, stepForbidden } from './dossier-access.js';
import { conditionsOf } from './dossier-conditions.js';
import { onAnnouncement, onDecision } from './dossier-decision.js';
import { readDossierParts, snapshotOf } from './dossier-snapshot.js';

export interface MoveInput {
  on: string;
  note?: string | null | undefined;
  expectedVersion: number;
}

/** The act's date is not in the future and not before the dossier's last event. */
export async function requireActDate(ctx: ServiceContext, row: DossierRow, on: string) {
  requireNotFuture(ctx, on, 'on');
  const events = await dossierRepository.events(ctx.database.db, row.id);
  const last = events.reduce((m, e) => (e.onDate > m ? e.onDate : m), row.assessmentDate);
  if (on < last)
    throw invalid(
      'dossier.date_order',
      { vi: `Ngày ${on} ở trước bước đã ghi gần nhất (${last})`, en: `${on} is before the last recorded step (${last})` },
      [{ path: 'on', message: `< ${last}` }],
    );
}

/** Loads the dossier for an act at its current step: the actor's rule on `on`, version, date order. */
export async function forActAtStep(ctx: ServiceContext, id: string, on: string, expectedVersion: number | undefined) {
  const loaded = await loadDossier(ctx, id, 'dossiers.act');
  const { row, procedure, place } = loaded;
  if (row.state !== 'in_progress') throw blocked('dossier.completed', { vi: 'Hồ sơ đã hoàn thành', en: 'The dossier is completed' }, []);
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw staleDossier(row.version);
  const step = stepOf(procedure, row.currentStep);
  const refusal = actorRefusal(step, { role: ctx.actor.role, coversUnit: coversDossier(ctx.actor, place) }, on);
  if (refusal) throw stepForbidden(refusal, step.code);
  await requireActDate(ctx, row, on);
  return { ...loaded, step };
}

async function event(
  ctx: ServiceContext,
  trx: Executor,
  row: DossierRow,
  e: { step: string; action: string; to: string | null; on: string; note: string | null; reasons: string[] | null },
) {
  await dossierRepository.insertEvent(trx, {
    id: newId(),
    dossierId: row.id,
    stepCode: e.step,
    action: e.action,
    toStep: e.to,
    onDate: e.on,
    actorId: ctx.actor.id,
    note: e.note,
    reasons: e.reasons ? JSON.stringify(e.reasons) : null,
    createdAt: ctx.now(),
  });
}

async function moveRow(trx: Executor, loaded: LoadedDossier, set: Parameters<typeof dossierRepository.update>[3]) {
  if (!(await dossierRepository.update(trx, loaded.row.id, loaded.row.version, set))) {
    const now = await dossierRepository.get(trx, loaded.row.id);
    throw staleDossier(now?.version ?? loaded.row.version);
  }
}

export async function completeStep(ctx: ServiceContext, id: string, input: MoveInput) {
  const loaded = await forActAtStep(ctx, id, input.on, input.expectedVersion);
  const { row, procedure, step } = loaded;
  const parts = await readDossierParts(ctx.database.db, id);
  const conditions = await conditionsOf(ctx, row, input.on);
  const reasons = completionBlockers(procedure, snapshotOf(row, parts, conditions), input.on);
  if (reasons.length > 0) {
    if (step.form === 'submission')
      throw blocked('dossier.not_submittable', { vi: 'Chưa gửi được hồ sơ', en: 'The dossier cannot be submitted' }, reasons);
    throw blocked(
      'dossier.step_blocked',
      { vi: `Chưa hoàn thành được bước "${step.name}"`, en: `"${step.nameEn}" cannot be completed` },
      reasons,
    );
  }
  const next = step.next;
  await inTransaction(ctx, async (trx) => {
    const recognitionId = step.form === 'decision' ? await onDecision(ctx, trx, loaded, parts) : row.recognitionId;
    if (step.form === 'announcement') await onAnnouncement(ctx, trx, loaded, parts);
    await moveRow(trx, loaded, {
      currentStep: next ?? step.code,
      state: next ? 'in_progress' : 'completed',
      recognitionId,
      updatedAt: ctx.now(),
    });
    await event(ctx, trx, row, { step: step.code, action: 'complete', to: next, on: input.on, note: input.note ?? null, reasons: null });
    await audit(ctx, trx, [
      {
        action: 'dossier.complete_step',
        entityType: 'dossier',
        entityId: row.id,
        unitCode: row.unitCode,
        before: { step: step.code },
        after: { step: next, on: input.on, recognitionId },
      },
    ]);
  });
  return getDossier(ctx, id, input.on);
}

export interface SendBackInput extends MoveInput {
  to: string;
  reasons: string[];
}

/** Records of a step that a return to an earlier step makes stale (they are decided again). */
const CLEARED_ON_RETURN: Record<string, string[]> = { appraisal: ['appraisal'], council: ['council', 'appraisal'] };

export async function sendBack(ctx: ServiceContext, id: string, input: SendBackInput) {
  const loaded = await forActAtStep(ctx, id, input.on, input.expectedVersion);
  const { row, step } = loaded;
  if (!step.sendBackTo.includes(input.to))
    throw invalid(
      'dossier.send_back_not_allowed',
      { vi: `Bước "${step.name}" không trả hồ sơ về bước này`, en: `"${step.nameEn}" cannot send the dossier back to "${input.to}"` },
      [
        {
          path: 'to',
          message: step.sendBackTo.length ? `một trong / one of ${step.sendBackTo.join(', ')}` : 'không trả về được / no return',
        },
      ],
    );
  await inTransaction(
    ctx,
    async (trx) => {
      for (const kind of CLEARED_ON_RETURN[step.form] ?? []) await dossierRepository.removeRecord(trx, row.id, kind);
      await moveRow(trx, loaded, { currentStep: input.to, updatedAt: ctx.now() });
      await event(ctx, trx, row, {
        step: step.code,
        action: 'send_back',
        to: input.to,
        on: input.on,
        note: input.note ?? null,
        reasons: input.reasons,
      });
      await audit(ctx, trx, [
        {
          action: 'dossier.send_back',
          entityType: 'dossier',
          entityId: row.id,
          unitCode: row.unitCode,
          before: { step: step.code },
          after: { step: input.to, reasons: input.reasons },
        },
      ]);
    },
    'none',
  );
  return getDossier(ctx, id, input.on);
}
