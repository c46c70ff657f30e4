/**
 * Evaluations: one commune on a date (per indicator, with the threshold used and why) and a
 * stateless evaluation of values sent by another system. Boards are in board.service.ts.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { CriteriaSet } from '../domain/catalog/criteria-set.schema.js';
import { AppError } from '../domain/errors.js';
import { type DatedClassification, missingClassifications, profileAt } from '../domain/evaluation/classification.js';
import { evaluateCommune } from '../domain/evaluation/engine.js';
import type { CommuneProfile, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { indicatorIndex, validateValues } from '../domain/evaluation/value.validator.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { authorize } from './access.js';
import { getCompiledSet } from './catalog.service.js';
import type { ServiceContext } from './context.js';
import { noSetError } from './set-assignment.js';
import { assignedNtmSet, chooseSet } from './set-choice.js';
import { statelessProfile } from './stateless-profile.js';
import { getUnit, requireValidAt, unitNotFound } from './unit.service.js';
import { engineValue } from './value.codec.js';
import { presentNamed } from './value.service.js';

/** The commune's classification in force on `date`; null when the set needs a dimension it has no value in. */
export function profileOf(set: CriteriaSet, rows: readonly DatedClassification[], date: string): CommuneProfile | null {
  const profile = profileAt(rows, date);
  return missingClassifications(set, profile).length > 0 ? null : profile;
}

/** Names the dimensions the commune lacks, in words, as the set names them (e.g. "Nhóm xã"). */
function classificationMissing(unit: { code: string; name: string }, set: CriteriaSet, profile: CommuneProfile, date: string) {
  const missing = missingClassifications(set, profile);
  const names = missing.map((d) => d.name).join(', ');
  return new AppError(
    'unit.classification_missing',
    'invalid',
    {
      vi: `${unit.name} chưa có ${names.toLocaleLowerCase('vi')} vào ngày ${formatDateVi(date)} nên chưa đánh giá được theo ${set.name}. Hãy bổ sung phân loại của xã.`,
      en: `${unit.name} has no ${missing.map((d) => d.code).join(', ')} classification on ${date}, which ${set.code} needs; add it to the unit.`,
    },
    missing.map((d) => ({ path: `unit.classifications.${d.code}`, message: `chưa có / missing (${d.name})` })),
    { missing: missing.map((d) => d.code) },
  );
}

export async function evaluateUnit(ctx: ServiceContext, input: { unitCode: string; asOf: string; setCode?: string | undefined }) {
  const ex = ctx.database.db;
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'read', unit.code);
  await requireValidAt(ctx, unit, input.asOf);
  const row = await unitRepository.get(ex, unit.code);
  if (!row) throw unitNotFound(unit.code);
  const classified = await unitRepository.classifications(ex, [unit.code]);
  // Only the unit's own ancestor chain is needed to find the set that applies to it.
  const setCode = input.setCode ?? (await assignedNtmSet(ctx, row.code, input.asOf));
  if (!setCode) throw noSetError(unit, input.asOf);
  const compiled = await getCompiledSet(ctx, setCode);
  const profile = profileAt(classified, input.asOf);
  if (missingClassifications(compiled.set, profile).length > 0) throw classificationMissing(unit, compiled.set, profile, input.asOf);
  const kinds = indicatorIndex(compiled.set);
  const rows = await indicatorValueRepository.detailAsOf(ex, setCode, unit.code, input.asOf);
  const values: Record<string, IndicatorValue | null> = {};
  for (const r of rows) values[r.indicatorCode] = engineValue(kinds.get(r.indicatorCode)?.kind, r);
  return {
    unit,
    set: compiled.set,
    evaluation: evaluateCommune(compiled, profile, input.asOf, values),
    recorded: await presentNamed(ex, rows, (code) => kinds.get(code)?.kind),
    /** Illustrative (demo) values are among those in force: the page says so even when the set is real. */
    demoValues: rows.some((r) => r.demo === 1),
  };
}

export interface StatelessInput {
  /** Absent: the set in force on `asOf` for `unitCode`, or nationally (set-choice.ts). */
  setCode?: string | undefined;
  unitCode?: string | undefined;
  profile: { region?: string | undefined; statuses?: string[] | undefined; classifications?: Record<string, string[]> | undefined };
  asOf: string;
  values: Record<string, unknown>;
}

/** Evaluates values sent by another system; nothing is stored. */
export async function evaluateStateless(ctx: ServiceContext, input: StatelessInput) {
  const choice = await chooseSet(ctx, input);
  const compiled = await getCompiledSet(ctx, choice.setCode);
  const profile = statelessProfile(compiled.set, input.profile);
  const values = validateValues(compiled.set, input.values);
  return { set: compiled.set, choice, evaluation: evaluateCommune(compiled, profile, input.asOf, values) };
}
