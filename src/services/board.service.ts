/**
 * The board of a district, province or the whole country on a date: communes × criteria, counts,
 * tiers, average. Built from per-commune rows so that after a value write only the communes that
 * changed are evaluated again (board-cache.ts); the result is the same as a full computation.
 */

import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import type { UnitRow } from '../db/schema.js';
import type { Tier } from '../domain/catalog/criteria-set.schema.js';
import { type DatedClassification, missingClassifications, profileAt } from '../domain/evaluation/classification.js';
import { summarizeIndexed } from '../domain/evaluation/engine.js';
import type { CriterionStatus, IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { highestTier } from '../domain/evaluation/tier.js';
import { type CriterionAge, criterionAges, type DatedCriterionStatus, datedStatuses } from '../domain/freshness/value-age.js';
import { compareVi } from '../domain/text/vietnamese.js';
import { authorize } from './access.js';
import { cachedBoard } from './board-cache.js';
import { getCompiledSet, getSet } from './catalog.service.js';
import { communesInScope } from './commune-scope.js';
import { type ServiceContext, SYSTEM_ACTOR } from './context.js';
import { profileOf } from './evaluation.service.js';
import { type JudgedTitle, judgeTitle, titlesOf } from './recognition/title-status.js';
import { type AssignedSet, assignedSets, isBaseSet, noSetError, ntmSetsByUse } from './set-assignment.js';
import { getUnit, requireValidAt } from './unit.service.js';
import { unpackValues } from './value.codec.js';

export interface BoardRow {
  unitCode: string;
  name: string;
  parentCode: string | null;
  setCode: string;
  /** Per criterion: the engine's status, or "outdated" when every value of it is from before the board's year. */
  criteria: DatedCriterionStatus[];
  /** Per criterion: the date of its oldest value in force (null: none). */
  valueDates: (string | null)[];
  /** Per criterion: at least one of its values is from before the board's year. */
  stale: boolean[];
  /** Per criterion: for an outdated one, what its old values gave on the board's date; null otherwise. */
  lastKnown: (CriterionStatus | null)[];
  /** Per criterion: met, but resting on at least one value the department has not verified. */
  selfAssessed: boolean[];
  /** Per criterion: at least one of its values was returned by the department (counted as not entered). */
  returned: boolean[];
  /** Criteria met (outdated ones are not). */
  metCount: number;
  /** Criteria whose values are all from before the board's year. */
  outdatedCount: number;
  tier: Tier | null;
  /** The tier reached counting only verified criteria (what the public page shows). */
  verifiedTier: Tier | null;
  /**
   * The titles (công nhận) the commune holds on the board's date, highest first — a legal status apart from
   * `tier`, today's evaluation — each judged against this row by the QĐ 18 rule when it is of the board's tier.
   */
  titles: JudgedTitle[];
}

export interface BoardInput {
  unitCode?: string | undefined;
  asOf: string;
  setCode?: string | undefined;
}

/** A commune's criteria on the board's date, with outdated ones said (see domain/freshness). */
interface DatedSummary {
  criteria: DatedCriterionStatus[];
  metCount: number;
  outdatedCount: number;
  ages: CriterionAge[];
  /** For an outdated criterion, what its old values gave (judged on the board's date); null otherwise. */
  lastKnown: (CriterionStatus | null)[];
  selfAssessed: boolean[];
  returned: boolean[];
}

type Statuses = Map<string, DatedClassification[]>;

/** What a board is made of besides values: it changes only with units, classifications and assignments. */
interface BoardFrame {
  input: BoardInput;
  scope: Awaited<ReturnType<typeof communesInScope>>['scope'];
  /** The communes of the scope in board order (by Vietnamese name, stable). */
  communes: UnitRow[];
  statuses: Statuses;
  assigned: Map<string, AssignedSet[]>;
  /** The one set the board counts (named in the request, or the one most communes of the scope use). */
  primaryCodes: string[];
  /** Every NTM set found among the communes of the scope, most communes first. */
  setCodes: string[];
  /** Communes of the scope the board does not count: under another set, or under none, on the date. */
  notCounted: NotCounted;
  set: Awaited<ReturnType<typeof getSet>>;
  /** Communes left off the board: their set needs a classification they have no value in on the date. */
  unclassified: { unitCode: string; name: string; missing: string[] }[];
  /** The tiers a commune of the board can reach, from the sets' own data (base tier first). */
  tiers: BoardTier[];
}

/** A tier as the sets name it: 318 has ntm/advanced/model, QĐ 51 ntm and the pilot "xã NTM hiện đại". */
export interface BoardTier {
  code: string;
  name: string;
  requiresTier: string | null;
}

/** What a board leaves out, so that it never mixes the columns of two sets silently. */
export interface NotCounted {
  otherSets: { setCode: string; name: string; communes: number }[];
  noSet: number;
}

export type Board = Awaited<ReturnType<typeof assemble>>;

/** The board of the communes under `unitCode` (or of the whole country when absent) on `asOf`. */
export async function board(ctx: ServiceContext, input: BoardInput) {
  if (input.unitCode) {
    const scope = await getUnit(ctx, input.unitCode);
    await authorize(ctx, 'read', scope.code);
    await requireValidAt(ctx, scope, input.asOf);
  } else {
    await authorize(ctx, 'read', null);
  }
  // Computed as the system once allowed: the result does not depend on who asks.
  const sys = { ...ctx, actor: SYSTEM_ACTOR };
  const key = `board|${input.unitCode ?? ''}|${input.asOf}|${input.setCode ?? ''}`;
  const built = await cachedBoard(
    ctx.database,
    key,
    () => computeBoard(sys, input),
    (previous, changed) => updateBoard(sys, previous, changed),
  );
  return built.board;
}

/**
 * Are illustrative (demo) values behind the board? Read apart from the kept board (whose identity keys the
 * sent bytes); a write that replaces the last demo value of a commune in scope also makes a new board.
 */
export async function boardDemoValues(ctx: ServiceContext, b: Board, input: BoardInput) {
  if (b.rows.length === 0) return false;
  const codes = input.unitCode ? b.rows.map((r) => r.unitCode) : null;
  return indicatorValueRepository.anyDemoInForce(ctx.database.db, codes, b.set.code, b.asOf);
}

/** The same board computed afresh, ignoring and not touching what is kept (tests, benchmarks). */
export async function boardUncached(ctx: ServiceContext, input: BoardInput) {
  return (await computeBoard({ ...ctx, actor: SYSTEM_ACTOR }, input)).board;
}

interface Built {
  frame: BoardFrame;
  rows: Map<string, BoardRow>;
  board: Board;
}

async function computeBoard(ctx: ServiceContext, input: BoardInput): Promise<Built> {
  const frame = await frameOf(ctx, input);
  const rows = await rowsFor(ctx, frame, frame.communes, !input.unitCode);
  return { frame, rows, board: assemble(frame, rows) };
}

/** The previous board with the rows of the changed communes evaluated again (the same object if none is in scope). */
async function updateBoard(ctx: ServiceContext, previous: Built, changed: ReadonlySet<string>): Promise<Built> {
  const members = previous.frame.communes.filter((c) => changed.has(c.code));
  if (members.length === 0) return previous;
  const fresh = await rowsFor(ctx, previous.frame, members, false);
  const rows = new Map(previous.rows);
  for (const c of members) {
    const r = fresh.get(c.code);
    if (r) rows.set(c.code, r);
    else rows.delete(c.code);
  }
  return { frame: previous.frame, rows, board: assemble(previous.frame, rows) };
}

async function frameOf(ctx: ServiceContext, input: BoardInput): Promise<BoardFrame> {
  const ex = ctx.database.db;
  const { scope, communes, byCode } = await communesInScope(ctx, input.unitCode, input.asOf);
  const statuses: Statuses = new Map();
  for (const s of await unitRepository.allClassifications(ex)) statuses.set(s.unitCode, [...(statuses.get(s.unitCode) ?? []), s]);
  const assigned = await assignedSets(ex, communes, byCode, input.asOf);
  const uses = input.setCode ? [{ setCode: input.setCode, communes: communes.length }] : ntmSetsByUse(communes, assigned);
  const setCodes = uses.map((u) => u.setCode);
  const counted = setCodes[0];
  if (!counted) throw noSetError(scope, input.asOf);
  const set = await getSet(ctx, counted);
  const otherSets = await Promise.all(
    uses.slice(1).map(async (u) => ({ setCode: u.setCode, name: (await getSet(ctx, u.setCode)).name, communes: u.communes })),
  );
  const noSet = communes.length - uses.reduce((a, u) => a + u.communes, 0);
  const members = communes.filter((c) => primaryOf(input, assigned, c.code) === counted);
  // Array.prototype.sort is stable: ties keep the order the units were listed in.
  const ordered = [...members].sort((a, b) => compareVi(a.name, b.name));
  const notCounted = { otherSets, noSet };
  const unclassified: BoardFrame['unclassified'] = [];
  for (const c of ordered) {
    const missing = missingClassifications(set, profileAt(statuses.get(c.code) ?? [], input.asOf));
    if (missing.length > 0) unclassified.push({ unitCode: c.code, name: c.name, missing: missing.map((d) => d.name) });
  }
  const tiers = await tiersOf(ctx, set, members, assigned);
  return { input, scope, communes: ordered, statuses, assigned, primaryCodes: [counted], setCodes, notCounted, set, unclassified, tiers };
}

/** The counted set's tier, then the tiers of the higher sets assigned to the board's communes, by chain. */
async function tiersOf(
  ctx: ServiceContext,
  set: { tier: string; tierName: string; requiresTier?: string | undefined },
  members: UnitRow[],
  assigned: Map<string, AssignedSet[]>,
): Promise<BoardTier[]> {
  const out: BoardTier[] = [{ code: set.tier, name: set.tierName, requiresTier: set.requiresTier ?? null }];
  const codes = new Set(members.flatMap((c) => (assigned.get(c.code) ?? []).filter((a) => !isBaseSet(a)).map((a) => a.setCode)));
  const higher = await Promise.all([...codes].map((c) => getSet(ctx, c)));
  // Each tier after the one it requires: advanced after ntm, model after advanced.
  for (let added = true; added; ) {
    added = false;
    for (const h of higher) {
      if (out.some((t) => t.code === h.tier) || !out.some((t) => t.code === h.requiresTier)) continue;
      out.push({ code: h.tier, name: h.tierName, requiresTier: h.requiresTier ?? null });
      added = true;
    }
  }
  return out;
}

/** Criteria met on verified values only. */
const verifiedMet = (s: { criteria: DatedCriterionStatus[]; selfAssessed: boolean[] }) =>
  s.criteria.filter((st, i) => st === 'met' && !s.selfAssessed[i]).length;

const primaryOf = (input: BoardInput, assigned: Map<string, AssignedSet[]>, code: string) =>
  input.setCode ?? assigned.get(code)?.find(isBaseSet)?.setCode;

/** Board rows of `members` (all communes of the set when `national`, read without a unit filter). */
async function rowsFor(ctx: ServiceContext, frame: BoardFrame, members: UnitRow[], national: boolean) {
  const { input, assigned, statuses } = frame;
  const primary = new Map<string, DatedSummary & { tier: Tier }>();
  for (const code of frame.primaryCodes) {
    const these = members.filter((c) => primaryOf(input, assigned, c.code) === code);
    if (these.length === 0) continue;
    const { compiled, out } = await summariesFor(ctx, code, these, statuses, input.asOf, national);
    for (const [k, v] of out) primary.set(k, { ...v, tier: compiled.set.tier });
  }
  const higher = await higherTiers(ctx, members, assigned, statuses, input.asOf, national);
  const titles = await judgedTitles(ctx, frame, members, national);
  const rows = new Map<string, BoardRow>();
  for (const c of members) {
    const s = primary.get(c.code);
    if (!s) continue;
    // The base set's tier (xã NTM for 318 and 51) comes from the set, like the higher ones.
    const reached = (all: boolean) => (all ? s.tier : null);
    const tiers = [{ tier: s.tier, tierReached: reached(s.metCount === s.criteria.length) }, ...(higher.get(c.code) ?? [])];
    const verifiedTiers = [
      { tier: s.tier, tierReached: reached(verifiedMet(s) === s.criteria.length) },
      ...(higher.get(c.code) ?? []).map((h) => ({ ...h, tierReached: h.verifiedReached })),
    ];
    rows.set(c.code, {
      unitCode: c.code,
      name: c.name,
      parentCode: c.parentCode,
      setCode: primaryOf(input, assigned, c.code) as string,
      criteria: s.criteria,
      valueDates: s.ages.map((a) => a.valueDate),
      stale: s.ages.map((a) => a.stale),
      lastKnown: s.lastKnown,
      selfAssessed: s.selfAssessed,
      returned: s.returned,
      metCount: s.metCount,
      outdatedCount: s.outdatedCount,
      tier: highestTier(tiers),
      verifiedTier: highestTier(verifiedTiers),
      titles: (titles.get(c.code) ?? []).map((t) => t.judge(s.criteria)),
    });
  }
  return rows;
}

/** Each commune's titles on the board's date, ready to be judged against its row (the board's set). */
async function judgedTitles(ctx: ServiceContext, frame: BoardFrame, members: UnitRow[], national: boolean) {
  const held = await titlesOf(ctx.database.db, national ? null : members.map((c) => c.code), frame.input.asOf);
  const phases = new Map<string, { fromYear: number } | null>();
  for (const t of [...held.values()].flat()) {
    if (t.setCode && !phases.has(t.setCode)) phases.set(t.setCode, (await getSet(ctx, t.setCode)).phase ?? null);
  }
  const out = new Map<string, { judge: (criteria: readonly string[]) => JudgedTitle }[]>();
  for (const [code, list] of held) {
    out.set(
      code,
      list.map((t) => ({
        judge: (criteria: readonly string[]) => judgeTitle(t, frame.set, criteria, t.setCode ? (phases.get(t.setCode) ?? null) : null),
      })),
    );
  }
  return out;
}

function assemble(frame: BoardFrame, byCode: ReadonlyMap<string, BoardRow>) {
  const rows: BoardRow[] = [];
  for (const c of frame.communes) {
    const r = byCode.get(c.code);
    if (r) rows.push(r);
  }
  const { input, scope, set, setCodes, notCounted, unclassified, tiers } = frame;
  return { scope, asOf: input.asOf, set, setCodes, notCounted, rows, unclassified, tiers, summary: summarize(rows, set.criteria.length) };
}

async function summariesFor(
  ctx: ServiceContext,
  setCode: string,
  communes: UnitRow[],
  statuses: Statuses,
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
  const dates = new Map<string, (string | null)[]>();
  const unverified = new Map<string, boolean[]>();
  const returned = new Map<string, boolean[]>();
  const flag = (m: Map<string, boolean[]>, unit: string, criterion: number) => {
    const a = m.get(unit) ?? new Array<boolean>(compiled.set.criteria.length).fill(false);
    a[criterion] = true;
    m.set(unit, a);
  };
  for (const row of packed) {
    const u = unpackValues(row.packed, compiled.indexOf, kindAt);
    for (let i = 0; i < n; i++) {
      const st = u.states[i];
      if (st === 's') flag(unverified, row.unitCode, criterionAt[i] as number);
      else if (st === 'r') flag(returned, row.unitCode, criterionAt[i] as number);
    }
    values.set(row.unitCode, u.values);
    // Only values the engine counts date a criterion (a returned one counts as not entered).
    dates.set(
      row.unitCode,
      u.dates.map((d, i) => (u.values[i] === null ? null : d)),
    );
  }
  const none: (IndicatorValue | null)[] = new Array(n).fill(null);
  const noDates: (string | null)[] = new Array(n).fill(null);
  const out = new Map<string, DatedSummary>();
  const noneReturned: boolean[] = new Array(compiled.set.criteria.length).fill(false);
  for (const c of communes) {
    const profile = profileOf(compiled.set, statuses.get(c.code) ?? [], asOf);
    if (!profile) continue;
    const engine = summarizeIndexed(compiled, profile, asOf, values.get(c.code) ?? none);
    const ages = criterionAges(criterionAt, dates.get(c.code) ?? noDates, compiled.set.criteria.length, asOf);
    const dated = datedStatuses(engine.criteria, ages);
    const open = unverified.get(c.code);
    out.set(c.code, {
      criteria: dated.criteria,
      metCount: dated.metCount,
      outdatedCount: dated.outdatedCount,
      ages,
      lastKnown: dated.criteria.map((st, i) => (st === 'outdated' ? (engine.criteria[i] ?? null) : null)),
      selfAssessed: dated.criteria.map((st, i) => st === 'met' && open?.[i] === true),
      returned: returned.get(c.code) ?? noneReturned,
    });
  }
  return { compiled, out };
}

async function higherTiers(
  ctx: ServiceContext,
  communes: UnitRow[],
  assigned: Map<string, AssignedSet[]>,
  statuses: Statuses,
  asOf: string,
  national: boolean,
) {
  const out = new Map<string, { tier: Tier; requiresTier?: Tier | undefined; tierReached: Tier | null; verifiedReached: Tier | null }[]>();
  const codes = new Set(communes.flatMap((c) => (assigned.get(c.code) ?? []).filter((a) => !isBaseSet(a)).map((a) => a.setCode)));
  for (const setCode of codes) {
    const members = communes.filter((c) => assigned.get(c.code)?.some((a) => a.setCode === setCode));
    const { compiled, out: sums } = await summariesFor(ctx, setCode, members, statuses, asOf, national);
    for (const [code, s] of sums) {
      const list = out.get(code) ?? [];
      list.push({
        tier: compiled.set.tier,
        requiresTier: compiled.set.requiresTier,
        tierReached: s.metCount === s.criteria.length ? compiled.set.tier : null,
        verifiedReached: verifiedMet(s) === s.criteria.length ? compiled.set.tier : null,
      });
      out.set(code, list);
    }
  }
  return out;
}

function summarize(rows: BoardRow[], criteriaCount: number) {
  const perCriterion = Array.from({ length: criteriaCount }, () => ({ met: 0, notMet: 0, incomplete: 0, outdated: 0 }));
  const distribution: Record<number, number> = {};
  const byTier: Record<string, number> = {};
  let total = 0;
  let outdated = 0;
  let outdatedCommunes = 0;
  const titles = { recognised: 0, atRisk: 0, revoke: 0 };
  for (const r of rows) {
    if (r.titles.length > 0) titles.recognised++;
    if (r.titles.some((t) => t.risk?.state === 'at_risk')) titles.atRisk++;
    if (r.titles.some((t) => t.risk?.state === 'revoke')) titles.revoke++;
    total += r.metCount;
    outdated += r.outdatedCount;
    if (r.outdatedCount > 0) outdatedCommunes++;
    distribution[r.metCount] = (distribution[r.metCount] ?? 0) + 1;
    const t = r.tier ?? 'none';
    byTier[t] = (byTier[t] ?? 0) + 1;
    r.criteria.forEach((s, i) => {
      const c = perCriterion[i];
      if (!c) return;
      if (s === 'met') c.met++;
      else if (s === 'not_met') c.notMet++;
      else if (s === 'outdated') c.outdated++;
      else c.incomplete++;
    });
  }
  return {
    communes: rows.length,
    totalMet: total,
    averageMet: rows.length ? Math.round((total / rows.length) * 100) / 100 : null,
    totalOutdated: outdated,
    outdatedCommunes,
    distribution,
    byTier,
    perCriterion,
    /** Communes holding a title on the date, and those of them at risk of losing it / meeting the revocation rule. */
    titles,
  };
}
