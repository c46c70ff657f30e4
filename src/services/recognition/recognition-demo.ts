/**
 * The demo's recognitions (catalog/recognition/krong-no-recognitions.json): what is known from the sources
 * (Nâm Nung 2022, Nâm N'Đir 2023) and what is illustrative (Nam Đà, Đắk Sôr, Đắk Drô before 2022). Added once,
 * each through recordRecognition (validated, audited); units named in `except` are skipped, so a test can take
 * a commune through the procedure itself. A database seeded before recognitions existed gets them on the next seed.
 */
import demoRecognitions from '../../catalog/recognition/krong-no-recognitions.json' with { type: 'json' };
import { recognitionRepository } from '../../db/repositories/recognition.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import { inTransaction, type ServiceContext } from '../context.js';
import { recordRecognition } from './recognition.service.js';

export interface DemoRecognitionOptions {
  /** Unit codes whose seeded recognitions are skipped. */
  recognitionsExcept?: readonly string[] | undefined;
}

/** Adds the demo's recognitions that are missing (by unit and tier); returns how many were added. */
export async function seedDemoRecognitions(ctx: ServiceContext, opts: DemoRecognitionOptions = {}): Promise<number> {
  const except = new Set(opts.recognitionsExcept ?? []);
  const wanted = demoRecognitions.recognitions.filter((r) => !except.has(r.unitCode));
  const db = ctx.database.db;
  if (wanted.length === 0 || !(await unitRepository.get(db, wanted[0]?.unitCode ?? ''))) return 0;
  const have = await recognitionRepository.ofUnits(
    db,
    wanted.map((r) => r.unitCode),
  );
  const missing = wanted.filter((w) => !have.some((h) => h.unitCode === w.unitCode && h.tier === w.tier));
  if (missing.length === 0) return 0;
  return inTransaction(
    ctx,
    async (trx) => {
      for (const r of missing) {
        await recordRecognition(ctx, { ...r, yearBefore: r.yearBefore ?? null, dossierId: null }, trx);
      }
      return missing.length;
    },
    // Derived titles of the merged communes rest on these: every board is made afresh.
    'all',
  );
}
