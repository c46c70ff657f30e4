/**
 * Loading a work and deciding who may act on it: `read` on its area (or, for a commune officer, on a
 * commune it serves); `works.write` on its area — and a commune officer only on works whose
 * communes are all its own commune. Every work service function goes through here first.
 */
import type { Executor } from '../../db/database.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import type { WorkRow } from '../../db/schema-works.js';
import { AppError, notFound } from '../../domain/errors.js';
import { authorize, forbidden } from '../access.js';
import type { ServiceContext } from '../context.js';

export const workNotFound = (id: string) => notFound('work.not_found', { vi: 'Không có công trình này', en: `No work "${id}"` }, { id });

export const staleWork = (current: number) =>
  new AppError(
    'work.stale',
    'conflict',
    {
      vi: `Công trình đã được người khác cập nhật (phiên bản hiện tại ${current}); hãy tải lại rồi làm tiếp.`,
      en: `The work was changed by someone else (current version ${current}); reload and try again.`,
    },
    [],
    { currentVersion: current },
  );

const isForbidden = (e: unknown) => e instanceof AppError && e.kind === 'forbidden';

/** Write on works of `area` serving `communes` (checked again with the new communes on an update). */
export async function authorizeWorkWrite(ctx: ServiceContext, area: string, communes: readonly string[]) {
  if (ctx.actor.role === 'commune_officer') {
    const own = ctx.actor.unitCode;
    if (!own || communes.length === 0 || communes.some((c) => c !== own))
      throw forbidden('works.write', communes.find((c) => c !== own) ?? area);
    return authorize(ctx, 'works.write', own);
  }
  return authorize(ctx, 'works.write', area);
}

/** Read on the area, or on any commune the work serves. */
export async function authorizeWorkRead(ctx: ServiceContext, area: string, communes: readonly string[]) {
  try {
    return await authorize(ctx, 'read', area);
  } catch (e) {
    if (!isForbidden(e)) throw e;
    for (const c of communes) {
      try {
        return await authorize(ctx, 'read', c);
      } catch (e2) {
        if (!isForbidden(e2)) throw e2;
      }
    }
    throw e;
  }
}

export async function loadWork(
  ctx: ServiceContext,
  id: string,
  mode: 'read' | 'write',
  ex: Executor = ctx.database.db,
): Promise<{ row: WorkRow; communes: string[] }> {
  const row = await workRepository.get(ex, id);
  if (!row) throw workNotFound(id);
  const communes = (await workRepository.communes(ex, [id])).map((c) => c.unitCode);
  if (mode === 'write') await authorizeWorkWrite(ctx, row.areaUnitCode, communes);
  else await authorizeWorkRead(ctx, row.areaUnitCode, communes);
  return { row, communes };
}
