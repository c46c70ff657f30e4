/**
 * Contract D of issue 12: a commune's dossiers for the recognition pages (no authorization here: the
 * caller has already checked the reader may read the commune).
 */
import { builtinProcedures } from '../../catalog/procedures/index.js';
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';

export async function dossiersOfUnit(
  db: Executor,
  unitCode: string,
): Promise<
  { id: string; kind: 'recognition' | 'revocation'; tier: string; year: number; stepCode: string; stepName: string; state: string }[]
> {
  const rows = await dossierRepository.ofUnit(db, unitCode);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as 'recognition' | 'revocation',
    tier: r.tier,
    year: r.year,
    stepCode: r.currentStep,
    stepName:
      builtinProcedures()
        .find((p) => p.code === r.procedureCode)
        ?.steps.find((s) => s.code === r.currentStep)?.name ?? r.currentStep,
    state: r.state,
  }));
}
