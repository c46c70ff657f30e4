/**
 * One criterion across the communes of a unit: each commune's indicators of that criterion with
 * value, threshold and result — the "click a criterion on the board" view, in one request.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { notFound } from '../domain/errors.js';
import { evaluateCommune } from '../domain/evaluation/engine.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { indicatorIndex } from '../domain/evaluation/value.validator.js';
import { criterionAges, isOldValue } from '../domain/freshness/value-age.js';
import { compareVi } from '../domain/text/vietnamese.js';
import { getCompiledSet } from './catalog.service.js';
import { communesInScope } from './commune-scope.js';
import type { ServiceContext } from './context.js';
import { profileOf } from './evaluation.service.js';
import { assignedSets, isBaseSet, noSetError, ntmSetsByUse } from './set-assignment.js';
import { engineValue } from './value.codec.js';

export async function criterionBoard(
  ctx: ServiceContext,
  input: { unitCode: string; asOf: string; criterionNumber: number; setCode?: string | undefined },
) {
  const ex = ctx.database.db;
  const { scope, communes, byCode } = await communesInScope(ctx, input.unitCode, input.asOf);
  const assigned = await assignedSets(ex, communes, byCode, input.asOf);
  // The set most communes use, as the board counts it (board.service.ts).
  const setCode = input.setCode ?? ntmSetsByUse(communes, assigned)[0]?.setCode;
  if (!setCode) throw noSetError(scope, input.asOf);
  const compiled = await getCompiledSet(ctx, setCode);
  const criterion = compiled.set.criteria.find((c) => c.number === input.criterionNumber);
  if (!criterion) {
    throw notFound('criterion.not_found', {
      vi: `Bộ ${setCode} không có tiêu chí ${input.criterionNumber}`,
      en: `Set ${setCode} has no criterion ${input.criterionNumber}`,
    });
  }
  const kinds = indicatorIndex(compiled.set);
  const members = communes.filter((c) => input.setCode || assigned.get(c.code)?.find(isBaseSet)?.setCode === setCode);
  const rows = await indicatorValueRepository.asOf(
    ex,
    setCode,
    members.map((c) => c.code),
    input.asOf,
  );
  const values = new Map<string, Record<string, IndicatorValue | null>>();
  // The date each counted value stands for: a criterion whose values are all of an earlier year is outdated.
  const dates = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const v = values.get(r.unitCode) ?? {};
    v[r.indicatorCode] = engineValue(kinds.get(r.indicatorCode)?.kind, r);
    values.set(r.unitCode, v);
    if (v[r.indicatorCode] !== null) dates.set(r.unitCode, (dates.get(r.unitCode) ?? new Map()).set(r.indicatorCode, r.asOf));
  }
  const statusRows = await unitRepository.classifications(
    ex,
    members.map((c) => c.code),
  );
  const out = members.flatMap((c) => {
    const profile = profileOf(
      compiled.set,
      statusRows.filter((s) => s.unitCode === c.code),
      input.asOf,
    );
    if (!profile) return [];
    const e = evaluateCommune(compiled, profile, input.asOf, values.get(c.code) ?? {});
    const ci = compiled.set.criteria.indexOf(criterion);
    const own = dates.get(c.code);
    const indicators = e.indicators
      .filter((i) => i.criterionNumber === criterion.number)
      .map((i) => {
        const valueDate = i.value === undefined ? null : (own?.get(i.code) ?? null);
        return { ...i, valueDate, stale: valueDate !== null && isOldValue(valueDate, input.asOf) };
      });
    const [age] = criterionAges(
      indicators.map(() => 0),
      indicators.map((i) => i.valueDate),
      1,
      input.asOf,
    );
    const status = age?.outdated ? ('outdated' as const) : (e.criteria[ci]?.status ?? 'incomplete');
    return [{ unitCode: c.code, name: c.name, status, valueDate: age?.valueDate ?? null, indicators }];
  });
  return {
    scope,
    asOf: input.asOf,
    set: { code: compiled.set.code, name: compiled.set.name, demo: compiled.set.demo === true },
    criterion: {
      number: criterion.number,
      name: criterion.name,
      indicators: criterion.indicators.map((i) => ({ code: i.code, name: i.name, unit: i.unit, kind: i.kind })),
    },
    rows: out.sort((a, b) => compareVi(a.name, b.name)),
    demoValues: await indicatorValueRepository.anyDemoInForce(
      ex,
      members.map((c) => c.code),
      setCode,
      input.asOf,
    ),
  };
}
