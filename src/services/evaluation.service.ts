/**
 * Evaluations: one commune on a date (per indicator, with the threshold used and why) and a
 * stateless evaluation of values sent by another system. Boards are in board.service.ts.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { type RegionCode, regionCodeSchema, type SpecialStatus, specialStatusSchema } from '../domain/catalog/criteria-set.schema.js';
import { invalid } from '../domain/errors.js';
import { evaluateCommune } from '../domain/evaluation/engine.js';
import type { CommuneProfile, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { indicatorIndex, validateValues } from '../domain/evaluation/value.validator.js';
import { activeStatuses } from '../domain/units/unit-history.js';
import { authorize } from './access.js';
import { getCompiledSet } from './catalog.service.js';
import type { ServiceContext } from './context.js';
import { noSetError } from './set-assignment.js';
import { assignedNtmSet, chooseSet } from './set-choice.js';
import { getUnit, requireValidAt, unitNotFound } from './unit.service.js';
import { engineValue } from './value.codec.js';
import { presentNamed } from './value.service.js';

export function profileOf(
  region: string | null,
  statuses: { status: string; validFrom: string; validTo: string | null }[],
  date: string,
): CommuneProfile | null {
  if (!region) return null;
  const dated = statuses.map((s) => ({ status: s.status as SpecialStatus, validFrom: s.validFrom, validTo: s.validTo ?? undefined }));
  return { region: region as RegionCode, statuses: activeStatuses(dated, date) };
}

const noRegion = (code: string) =>
  invalid(
    'unit.no_region',
    {
      vi: `Đơn vị ${code} chưa có vùng kinh tế - xã hội nên không đánh giá được`,
      en: `Unit ${code} has no region and cannot be evaluated`,
    },
    [{ path: 'unit', message: 'no region' }],
  );

export async function evaluateUnit(ctx: ServiceContext, input: { unitCode: string; asOf: string; setCode?: string | undefined }) {
  const ex = ctx.database.db;
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'read', unit.code);
  await requireValidAt(ctx, unit, input.asOf);
  const row = await unitRepository.get(ex, unit.code);
  if (!row) throw unitNotFound(unit.code);
  const profile = profileOf(row.region, await unitRepository.statuses(ex, [unit.code]), input.asOf);
  if (!profile) throw noRegion(unit.code);
  // Only the unit's own ancestor chain is needed to find the set that applies to it.
  const setCode = input.setCode ?? (await assignedNtmSet(ctx, row.code, input.asOf));
  if (!setCode) throw noSetError(unit, input.asOf);
  const compiled = await getCompiledSet(ctx, setCode);
  const kinds = indicatorIndex(compiled.set);
  const rows = await indicatorValueRepository.detailAsOf(ex, setCode, unit.code, input.asOf);
  const values: Record<string, IndicatorValue | null> = {};
  for (const r of rows) values[r.indicatorCode] = engineValue(kinds.get(r.indicatorCode)?.kind, r);
  return {
    unit,
    set: compiled.set,
    evaluation: evaluateCommune(compiled, profile, input.asOf, values),
    recorded: await presentNamed(ex, rows, (code) => kinds.get(code)?.kind),
  };
}

export interface StatelessInput {
  /** Absent: the set in force on `asOf` for `unitCode`, or nationally (set-choice.ts). */
  setCode?: string | undefined;
  unitCode?: string | undefined;
  profile: { region: string; statuses?: string[] | undefined };
  asOf: string;
  values: Record<string, unknown>;
}

/** Evaluates values sent by another system; nothing is stored. */
export async function evaluateStateless(ctx: ServiceContext, input: StatelessInput) {
  const region = regionCodeSchema.safeParse(input.profile.region);
  const statuses = (input.profile.statuses ?? []).map((s) => specialStatusSchema.safeParse(s));
  const issues = [
    ...(region.success
      ? []
      : [{ path: 'profile.region', message: `không phải vùng hợp lệ / not a region (${regionCodeSchema.options.join(', ')})` }]),
    ...statuses.flatMap((s, i) =>
      s.success ? [] : [{ path: `profile.statuses.${i}`, message: `trạng thái không hợp lệ / unknown status (dbkk, atk)` }],
    ),
  ];
  if (issues.length > 0 || !region.success)
    throw invalid('evaluation.invalid_profile', { vi: 'Hồ sơ xã không hợp lệ', en: 'Invalid commune profile' }, issues);
  const choice = await chooseSet(ctx, input);
  const compiled = await getCompiledSet(ctx, choice.setCode);
  const values = validateValues(compiled.set, input.values);
  const profile: CommuneProfile = { region: region.data, statuses: statuses.flatMap((s) => (s.success ? [s.data] : [])) };
  return { set: compiled.set, choice, evaluation: evaluateCommune(compiled, profile, input.asOf, values) };
}
