/**
 * A department's review queue with everything a reviewer needs to decide, in one request: the
 * indicator (code, name, unit), the threshold the engine applies to that commune and whether the
 * entered value meets it, the value in force before, the commune's note, every evidence file, who
 * entered it when. A fixed number of queries per criteria set, whatever the length of the queue.
 */

import { evidenceRepository } from '../db/repositories/evidence.repository.js';
import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import type { IndicatorValueRow } from '../db/schema.js';
import { evaluateCommune } from '../domain/evaluation/engine.js';
import type { IndicatorResult, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { compareVi } from '../domain/text/vietnamese.js';
import { descendantsAsOf } from '../domain/units/unit-history.js';
import { authorize } from './access.js';
import { getCompiledSet } from './catalog.service.js';
import type { ServiceContext } from './context.js';
import { phaseOf } from './criteria-scope.js';
import { profileOf } from './evaluation.service.js';
import { presentEvidence } from './evidence.service.js';
import { assignedSets, isBaseSet } from './set-assignment.js';
import { decodeValue } from './value.codec.js';
import { presentStored } from './value.service.js';

/** The communes under (or equal to) a unit on a date, and every unit by code. */
async function communesUnder(ctx: ServiceContext, unitCode: string, asOf: string) {
  const all = await unitRepository.listAsOf(ctx.database.db, asOf);
  const byCode = new Map(all.map((u) => [u.code, u]));
  const self = byCode.get(unitCode);
  const communes = [
    ...(self?.kind === 'commune' ? [self] : []),
    ...descendantsAsOf(all, unitCode, asOf).filter((u) => u.kind === 'commune'),
  ];
  return { communes, byCode };
}

/** Values awaiting review (self-assessed or returned) under a unit on a date, limited to the department's criteria. */
export async function reviewQueue(ctx: ServiceContext, input: { unitCode: string; asOf: string }) {
  await authorize(ctx, 'read', input.unitCode);
  const ex = ctx.database.db;
  const { communes, byCode } = await communesUnder(ctx, input.unitCode, input.asOf);
  const assigned = await assignedSets(ex, communes, byCode, input.asOf);
  const setCodes = [...new Set(communes.flatMap((c) => (assigned.get(c.code) ?? []).filter(isBaseSet).map((a) => a.setCode)))];
  const mine = ctx.actor.role === 'department' ? new Set(ctx.actor.criteria) : null;
  const items = [];
  // A department's numbers are those of its scope's set: sets of another phase have none of its criteria.
  const scopePhase = mine && ctx.actor.criteriaSet ? await phaseOf(ctx, ctx.actor.criteriaSet) : undefined;
  for (const setCode of setCodes) {
    if (scopePhase !== undefined && scopePhase !== (await phaseOf(ctx, setCode))) continue;
    const compiled = await getCompiledSet(ctx, setCode);
    const criterionOf = new Map(compiled.set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, { c, i }] as const)));
    const all = await indicatorValueRepository.unverifiedAsOf(
      ex,
      setCode,
      communes.map((c) => c.code),
      input.asOf,
    );
    const rows = all.filter((r) => {
      const found = criterionOf.get(r.indicatorCode);
      return found && (!mine || mine.has(found.c.number));
    });
    if (rows.length === 0) continue;
    const units = [...new Set(rows.map((r) => r.unitCode))];
    const [previous, evidence, statuses] = await Promise.all([
      indicatorValueRepository.previousOf(ex, setCode, rows),
      evidenceRepository.forUnits(ex, units, setCode),
      unitRepository.classifications(ex, units),
    ]);
    const names = await userRepository.displayNames(ex, [
      ...rows.flatMap((r) => [r.enteredBy, ...(r.verifiedBy ? [r.verifiedBy] : [])]),
      ...previous.map((r) => r.enteredBy),
      ...evidence.map((e) => e.uploadedBy),
    ]);
    const before = new Map(previous.map((p) => [`${p.unitCode}|${p.indicatorCode}|${p.supersededOn}`, p]));
    const results = thresholdsFor(compiled, rows, statuses, input.asOf);
    for (const r of rows) {
      const { c, i } = criterionOf.get(r.indicatorCode) as NonNullable<ReturnType<typeof criterionOf.get>>;
      const prev = before.get(`${r.unitCode}|${r.indicatorCode}|${r.asOf}`);
      const result = results.get(`${r.unitCode}|${r.indicatorCode}`);
      items.push({
        ...presentStored(r, i.kind),
        setCode,
        unitCode: r.unitCode,
        unitName: byCode.get(r.unitCode)?.name ?? r.unitCode,
        criterionNumber: c.number,
        criterionName: c.name,
        indicatorName: i.name,
        indicatorUnit: i.unit ?? null,
        kind: i.kind,
        enteredByName: names.get(r.enteredBy) ?? r.enteredBy,
        verifiedByName: r.verifiedBy ? (names.get(r.verifiedBy) ?? r.verifiedBy) : null,
        threshold: result?.threshold ?? null,
        thresholdBasis: result?.basis,
        /** The engine's result for the entered value against that threshold, as if verified. */
        outcome: result?.status ?? 'missing',
        previous: prev
          ? {
              asOf: prev.asOf,
              value: decodeValue(i.kind, prev),
              verification: prev.verification,
              enteredByName: names.get(prev.enteredBy) ?? prev.enteredBy,
            }
          : null,
        evidence: evidence
          .filter((e) => e.unitCode === r.unitCode && e.indicatorCode === r.indicatorCode && e.asOf <= r.asOf)
          .map((e) => presentEvidence(e, names)),
      });
    }
  }
  return items.sort((a, b) => compareVi(a.unitName, b.unitName) || a.criterionNumber - b.criterionNumber);
}

/** Per (commune, indicator): the engine's threshold and result for the entered values, one evaluation per commune. */
function thresholdsFor(
  compiled: Awaited<ReturnType<typeof getCompiledSet>>,
  rows: readonly IndicatorValueRow[],
  statuses: Awaited<ReturnType<typeof unitRepository.classifications>>,
  asOf: string,
) {
  const kinds = new Map(compiled.indicators.map((ci) => [ci.indicator.code, ci.indicator.kind]));
  const perUnit = new Map<string, Record<string, IndicatorValue | null>>();
  for (const r of rows) {
    const v = perUnit.get(r.unitCode) ?? {};
    v[r.indicatorCode] = decodeValue(kinds.get(r.indicatorCode), r);
    perUnit.set(r.unitCode, v);
  }
  const out = new Map<string, IndicatorResult>();
  for (const [unitCode, values] of perUnit) {
    const profile = profileOf(
      compiled.set,
      statuses.filter((s) => s.unitCode === unitCode),
      asOf,
    );
    if (!profile) continue;
    for (const ind of evaluateCommune(compiled, profile, asOf, values).indicators)
      if (ind.code in values) out.set(`${unitCode}|${ind.code}`, ind);
  }
  return out;
}
