/**
 * Evaluations: one commune on a date (per indicator, with the threshold used and why), the board
 * of a district, province or the whole country (communes × criteria, counts, tiers, average), and
 * a stateless evaluation of values sent by another system.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { UnitRow } from '../db/schema.js';
import {
  type RegionCode,
  regionCodeSchema,
  type SpecialStatus,
  specialStatusSchema,
  type Tier,
} from '../domain/catalog/criteria-set.schema.js';
import { invalid } from '../domain/errors.js';
import { type CommuneSummary, evaluateCommune, summarizeIndexed } from '../domain/evaluation/engine.js';
import type { CommuneProfile, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { highestTier } from '../domain/evaluation/tier.js';
import { indicatorIndex, validateValues } from '../domain/evaluation/value.validator.js';
import { compareVi } from '../domain/text/vietnamese.js';
import { activeStatuses } from '../domain/units/unit-history.js';
import { ancestorsOf, authorize } from './access.js';
import { getCompiledSet, getSet } from './catalog.service.js';
import { communesInScope } from './commune-scope.js';
import { type ServiceContext, SYSTEM_ACTOR } from './context.js';
import { cachedRead } from './read-cache.js';
import { type AssignedSet, assignedSets, noSetError } from './set-assignment.js';
import { getUnit, requireValidAt, unitNotFound } from './unit.service.js';
import { decodeValue } from './value.codec.js';
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
  let setCode = input.setCode;
  if (!setCode) {
    // Only the unit's own ancestor chain is needed to find the set that applies to it.
    const chain = await unitRepository.getMany(ex, [row.code, ...(await ancestorsOf(ctx, row.code))]);
    const all = new Map(chain.map((u) => [u.code, u]));
    setCode = (await assignedSets(ex, [row], all, input.asOf)).get(row.code)?.find((a) => a.tier === 'ntm')?.setCode;
    if (!setCode) throw noSetError(unit.code, input.asOf);
  }
  const compiled = await getCompiledSet(ctx, setCode);
  const kinds = indicatorIndex(compiled.set);
  const rows = await indicatorValueRepository.detailAsOf(ex, setCode, unit.code, input.asOf);
  const values: Record<string, IndicatorValue | null> = {};
  for (const r of rows) values[r.indicatorCode] = decodeValue(kinds.get(r.indicatorCode)?.kind, r);
  return {
    unit,
    set: compiled.set,
    evaluation: evaluateCommune(compiled, profile, input.asOf, values),
    recorded: await presentNamed(ex, rows, (code) => kinds.get(code)?.kind),
  };
}

export interface BoardRow {
  unitCode: string;
  name: string;
  parentCode: string | null;
  setCode: string;
  criteria: CommuneSummary['criteria'];
  /** Per criterion: met, but resting on at least one value the department has not verified. */
  selfAssessed: boolean[];
  metCount: number;
  tier: Tier | null;
}

async function summariesFor(
  ctx: ServiceContext,
  setCode: string,
  communes: UnitRow[],
  statuses: Map<string, { status: string; validFrom: string; validTo: string | null }[]>,
  asOf: string,
  national: boolean,
) {
  const compiled = await getCompiledSet(ctx, setCode);
  const n = compiled.indicators.length;
  const kindAt = compiled.indicators.map((ci) => ci.indicator.kind);
  const criterionAt = compiled.indicators.map((ci) => ci.criterionIndex);
  const packed = await indicatorValueRepository.packedAsOf(
    ctx.database.db,
    ctx.database.dialect,
    setCode,
    national ? null : communes.map((c) => c.code),
    asOf,
  );
  // Values per commune as arrays in the compiled order: no per-commune objects keyed by code.
  const values = new Map<string, (IndicatorValue | null)[]>();
  const unverified = new Map<string, boolean[]>();
  for (const row of packed) {
    const v: (IndicatorValue | null)[] = new Array(n).fill(null);
    let u: boolean[] | undefined;
    for (const item of row.packed.split(';')) {
      const [code = '', num = '', na = '0', verified = '0'] = item.split(':');
      const i = compiled.indexOf.get(code);
      if (i === undefined) continue;
      v[i] = na === '1' ? 'not_applicable' : num === '' ? null : kindAt[i] === 'boolean' ? Number(num) === 1 : Number(num);
      if (verified !== '1') {
        u ??= new Array(compiled.set.criteria.length).fill(false);
        u[criterionAt[i] as number] = true;
      }
    }
    values.set(row.unitCode, v);
    if (u) unverified.set(row.unitCode, u);
  }
  const none: (IndicatorValue | null)[] = new Array(n).fill(null);
  const out = new Map<string, CommuneSummary & { selfAssessed: boolean[] }>();
  for (const c of communes) {
    const profile = profileOf(c.region, statuses.get(c.code) ?? [], asOf);
    if (!profile) continue;
    const summary = summarizeIndexed(compiled, profile, asOf, values.get(c.code) ?? none);
    const open = unverified.get(c.code);
    out.set(c.code, { ...summary, selfAssessed: summary.criteria.map((st, i) => st === 'met' && open?.[i] === true) });
  }
  return { compiled, out };
}

/** The board of the communes under `unitCode` (or of the whole country when absent) on `asOf`. */
export async function board(ctx: ServiceContext, input: { unitCode?: string | undefined; asOf: string; setCode?: string | undefined }) {
  if (input.unitCode) {
    const scope = await getUnit(ctx, input.unitCode);
    await authorize(ctx, 'read', scope.code);
    await requireValidAt(ctx, scope, input.asOf);
  } else {
    await authorize(ctx, 'read', null);
  }
  // Computed as the system once allowed: the result does not depend on who asks.
  const key = `board|${input.unitCode ?? ''}|${input.asOf}|${input.setCode ?? ''}`;
  return cachedRead(ctx.database, key, () => computeBoard({ ...ctx, actor: SYSTEM_ACTOR }, input));
}

async function computeBoard(ctx: ServiceContext, input: { unitCode?: string | undefined; asOf: string; setCode?: string | undefined }) {
  const ex = ctx.database.db;
  const { scope, communes, byCode } = await communesInScope(ctx, input.unitCode, input.asOf);
  const statusRows = await unitRepository.allStatuses(ex);
  const statuses = new Map<string, typeof statusRows>();
  for (const s of statusRows) statuses.set(s.unitCode, [...(statuses.get(s.unitCode) ?? []), s]);
  const assigned = await assignedSets(ex, communes, byCode, input.asOf);
  const primaryOf = (code: string) => input.setCode ?? assigned.get(code)?.find((a) => a.tier === 'ntm')?.setCode;
  const primaryCodes = [...new Set(communes.map((c) => primaryOf(c.code)).filter((s): s is string => !!s))];
  if (primaryCodes.length === 0) throw noSetError(input.unitCode ?? 'VN', input.asOf);
  const primaryCode = primaryCodes[0] as string;
  const national = !input.unitCode;
  const primary = new Map<string, CommuneSummary & { selfAssessed: boolean[] }>();
  for (const code of primaryCodes) {
    const members = communes.filter((c) => primaryOf(c.code) === code);
    for (const [k, v] of (await summariesFor(ctx, code, members, statuses, input.asOf, national)).out) primary.set(k, v);
  }
  const higher = await higherTiers(ctx, communes, assigned, statuses, input.asOf, national);
  const set = await getSet(ctx, primaryCode);
  const rows: BoardRow[] = communes
    .filter((c) => primary.has(c.code))
    .map((c) => {
      const s = primary.get(c.code) as CommuneSummary & { selfAssessed: boolean[] };
      const tiers = [
        { tier: 'ntm' as Tier, tierReached: s.metCount === s.criteria.length ? ('ntm' as Tier) : null },
        ...(higher.get(c.code) ?? []),
      ];
      return {
        unitCode: c.code,
        name: c.name,
        parentCode: c.parentCode,
        setCode: primaryOf(c.code) as string,
        criteria: s.criteria,
        selfAssessed: s.selfAssessed,
        metCount: s.metCount,
        tier: highestTier(tiers),
      };
    })
    .sort((a, b) => compareVi(a.name, b.name));
  return { scope, asOf: input.asOf, set, setCodes: primaryCodes, rows, summary: summarize(rows, set.criteria.length) };
}

async function higherTiers(
  ctx: ServiceContext,
  communes: UnitRow[],
  assigned: Map<string, AssignedSet[]>,
  statuses: Map<string, { status: string; validFrom: string; validTo: string | null }[]>,
  asOf: string,
  national: boolean,
) {
  const out = new Map<string, { tier: Tier; requiresTier?: Tier | undefined; tierReached: Tier | null }[]>();
  const codes = new Set(communes.flatMap((c) => (assigned.get(c.code) ?? []).filter((a) => a.tier !== 'ntm').map((a) => a.setCode)));
  for (const setCode of codes) {
    const members = communes.filter((c) => assigned.get(c.code)?.some((a) => a.setCode === setCode));
    const { compiled, out: sums } = await summariesFor(ctx, setCode, members, statuses, asOf, national);
    for (const [code, s] of sums) {
      const list = out.get(code) ?? [];
      list.push({
        tier: compiled.set.tier,
        requiresTier: compiled.set.requiresTier,
        tierReached: s.metCount === s.criteria.length ? compiled.set.tier : null,
      });
      out.set(code, list);
    }
  }
  return out;
}

function summarize(rows: BoardRow[], criteriaCount: number) {
  const perCriterion = Array.from({ length: criteriaCount }, () => ({ met: 0, notMet: 0, incomplete: 0 }));
  const distribution: Record<number, number> = {};
  const byTier: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    total += r.metCount;
    distribution[r.metCount] = (distribution[r.metCount] ?? 0) + 1;
    const t = r.tier ?? 'none';
    byTier[t] = (byTier[t] ?? 0) + 1;
    r.criteria.forEach((s, i) => {
      const c = perCriterion[i];
      if (!c) return;
      if (s === 'met') c.met++;
      else if (s === 'not_met') c.notMet++;
      else c.incomplete++;
    });
  }
  return {
    communes: rows.length,
    totalMet: total,
    averageMet: rows.length ? Math.round((total / rows.length) * 100) / 100 : null,
    distribution,
    byTier,
    perCriterion,
  };
}

export interface StatelessInput {
  setCode: string;
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
  const compiled = await getCompiledSet(ctx, input.setCode);
  const values = validateValues(compiled.set, input.values);
  const profile: CommuneProfile = { region: region.data, statuses: statuses.flatMap((s) => (s.success ? [s.data] : [])) };
  return { set: compiled.set, evaluation: evaluateCommune(compiled, profile, input.asOf, values) };
}
