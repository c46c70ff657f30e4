/**
 * Construction debt derived from works and payments, as of any date: per work, what was accepted minus
 * what was paid on lines naming the work (both up to the date), by source. A work serving several
 * communes counts in each. The dossier's debt condition reads communeDebt on its assessment date.
 */
import type { Executor } from '../../db/database.js';
import { disbursementRepository } from '../../db/repositories/disbursement.repository.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import { type SourceDebt, workDebt } from '../../domain/funding/debt.js';
import { authorize } from '../access.js';
import type { ServiceContext } from '../context.js';

export interface WorkDebt {
  workId: string;
  workCode: string;
  workName: string;
  communeCodes: string[];
  accepted: number;
  paid: number;
  debt: number;
  bySource: SourceDebt[];
}

export async function workDebts(
  ex: Executor,
  f: { areaUnitCodes?: string[] | undefined; communeCode?: string | undefined; asOf: string },
): Promise<WorkDebt[]> {
  const works = await workRepository.list(ex, { areaUnitCodes: f.areaUnitCodes, communeCode: f.communeCode });
  const ids = works.map((w) => w.id);
  const [communes, accepted, paid] = await Promise.all([
    workRepository.communes(ex, ids),
    workRepository.acceptances(ex, ids, f.asOf),
    disbursementRepository.paidByWork(ex, ids, f.asOf),
  ]);
  return works.map((w) => ({
    workId: w.id,
    workCode: w.code,
    workName: w.name,
    communeCodes: communes.filter((c) => c.workId === w.id).map((c) => c.unitCode),
    ...workDebt(
      accepted.filter((a) => a.workId === w.id).map((a) => ({ sourceCode: a.sourceCode, amount: a.amount })),
      paid.filter((p) => p.workId === w.id),
    ),
  }));
}

/** The commune's debt: every work serving it (each multi-commune work counted whole in each commune). */
export async function communeDebt(ex: Executor, communeCode: string, asOf: string) {
  const works = await workDebts(ex, { communeCode, asOf });
  return { total: works.reduce((s, w) => s + w.debt, 0), works };
}

/** For the route: the unit's works (its area, or a commune it serves) with their debt on `asOf`. */
export async function unitDebt(ctx: ServiceContext, unitCode: string, asOf: string) {
  await authorize(ctx, 'read', unitCode);
  const ex = ctx.database.db;
  const [byArea, byCommune] = await Promise.all([
    workDebts(ex, { areaUnitCodes: [unitCode], asOf }),
    workDebts(ex, { communeCode: unitCode, asOf }),
  ]);
  const seen = new Set<string>();
  const works = [...byArea, ...byCommune].filter((w) => !seen.has(w.workId) && seen.add(w.workId));
  return { asOf, total: works.reduce((s, w) => s + w.debt, 0), works };
}
