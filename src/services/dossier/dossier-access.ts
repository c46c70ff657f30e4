/**
 * Loading a dossier and deciding who may act on it (policies/dossier-policy.ts), with the errors the
 * dossier area throws. Every dossier service function goes through here first.
 */
import { builtinProcedures } from '../../catalog/procedures/index.js';
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import type { DossierRow } from '../../db/schema-dossier.js';
import type { Procedure } from '../../domain/dossier/procedure.schema.js';
import { AppError, type ErrorMessages, notFound } from '../../domain/errors.js';
import { canOnDossier, coversDossier, type DossierAction, type DossierPlace } from '../../policies/dossier-policy.js';
import { ancestorsOf, unauthenticated } from '../access.js';
import type { ServiceContext } from '../context.js';

export const dossierNotFound = (id: string) =>
  notFound('dossier.not_found', { vi: 'Không có hồ sơ này', en: `No dossier "${id}"` }, { id });

const ACTION_VI: Record<DossierAction, string> = {
  'dossiers.read': 'xem hồ sơ',
  'dossiers.start': 'lập hồ sơ',
  'dossiers.act': 'thực hiện các bước của hồ sơ',
};

export const dossierForbidden = (action: DossierAction, unitCode: string) =>
  new AppError(
    'auth.forbidden',
    'forbidden',
    { vi: `Bạn không có quyền ${ACTION_VI[action]} của xã ${unitCode}`, en: `You may not ${action} for commune ${unitCode}` },
    [],
    { action, unitCode },
  );

/** Refused at a step by the procedure's actor rule (who acts on that date). */
export const stepForbidden = (why: ErrorMessages, step: string) => new AppError('dossier.step_actor', 'forbidden', why, [], { step });

export const blocked = (code: string, messages: ErrorMessages, reasons: ErrorMessages[]) =>
  new AppError(
    code,
    'conflict',
    {
      vi: `${messages.vi}: ${reasons.map((r) => r.vi).join('; ')}`,
      en: `${messages.en}: ${reasons.map((r) => r.en).join('; ')}`,
    },
    [],
    { reasons },
  );

export const staleDossier = (current: number) =>
  new AppError(
    'dossier.stale_version',
    'conflict',
    {
      vi: `Hồ sơ đã được người khác cập nhật (phiên bản hiện tại ${current}); hãy tải lại rồi làm tiếp.`,
      en: `The dossier was changed by someone else (current version ${current}); reload and try again.`,
    },
    [],
    { currentVersion: current },
  );

export function procedureOf(code: string): Procedure {
  const p = builtinProcedures().find((x) => x.code === code);
  if (!p) throw notFound('dossier.procedure_not_found', { vi: `Không có quy trình "${code}"`, en: `No procedure "${code}"` }, { code });
  return p;
}

export async function placeOfUnit(ctx: ServiceContext, unitCode: string): Promise<DossierPlace> {
  return { unitCode, ancestors: await ancestorsOf(ctx, unitCode) };
}

export async function authorizeDossier(ctx: ServiceContext, action: DossierAction, unitCode: string) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  const place = await placeOfUnit(ctx, unitCode);
  if (!canOnDossier(ctx.actor, action, place)) throw dossierForbidden(action, unitCode);
  return place;
}

export interface LoadedDossier {
  row: DossierRow;
  procedure: Procedure;
  place: DossierPlace;
  /** The actor's scope covers the dossier's commune. */
  covers: boolean;
}

export async function loadDossier(
  ctx: ServiceContext,
  id: string,
  action: DossierAction = 'dossiers.read',
  ex: Executor = ctx.database.db,
): Promise<LoadedDossier> {
  const row = await dossierRepository.get(ex, id);
  if (!row) throw dossierNotFound(id);
  const place = await authorizeDossier(ctx, action, row.unitCode);
  return { row, procedure: procedureOf(row.procedureCode), place, covers: coversDossier(ctx.actor, place) };
}
