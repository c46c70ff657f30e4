/**
 * The declared access of the dossier routes, checked before the body is read (plugins/authorize.ts):
 * the commune from `:code`, or the dossier `:id`'s commune, against policies/dossier-policy.ts. A unit
 * or dossier that does not exist is left to the service (404). Services check again in full.
 */
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import { AppError } from '../../domain/errors.js';
import type { DossierAction } from '../../policies/dossier-policy.js';
import type { ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { authorizeDossier, dossierNotFound } from './dossier-access.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 100 ? v : null);

export async function checkDossierAccess(
  ctx: ServiceContext,
  access: { action: DossierAction; unit: 'params.code' | 'params.id' },
  params: Record<string, unknown>,
) {
  if (access.unit === 'params.id') {
    const id = text(params.id);
    if (id === null) return;
    const row = await dossierRepository.get(ctx.database.db, id);
    if (!row) throw dossierNotFound(id);
    await authorizeDossier(ctx, access.action, row.unitCode);
    return;
  }
  const code = text(params.code);
  if (code === null) return;
  try {
    await getUnit(ctx, code);
  } catch (e) {
    if (e instanceof AppError && e.kind === 'not_found') return;
    throw e;
  }
  await authorizeDossier(ctx, access.action, code);
}
