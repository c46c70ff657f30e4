/**
 * Boards kept per database across writes. A value write or a review touches one commune, so it
 * marks only that commune dirty; the next read of a board re-evaluates just the dirty communes in
 * its scope (reading only their values) instead of re-reading the country. Any other write that may
 * change a board (catalogue, units, assignments, demo load) drops every board. Writes report their
 * impact after commit (see inTransaction), so a board never shows data older than the last commit.
 * In-process state: one server process per database (README).
 */
import type { Database } from '../db/database.js';

/** What a committed write may have changed on boards. */
export type BoardImpact = 'all' | 'none' | { readonly valuesOf: readonly string[] };

interface Entry<T> {
  generation: number;
  value: T;
}

interface State {
  generation: number;
  /** Communes changed at each generation since `floor` (null: everything changed). */
  log: { generation: number; units: readonly string[] | null }[];
  /** Changes at or before this generation are no longer in the log. */
  floor: number;
  entries: Map<string, Entry<unknown>>;
  inflight: Map<string, { generation: number; promise: Promise<unknown> }>;
}

const MAX_ENTRIES = 64;
const MAX_LOG = 2000;
const states = new WeakMap<Database, State>();

function stateOf(database: Database): State {
  let s = states.get(database);
  if (!s) {
    s = { generation: 0, log: [], floor: 0, entries: new Map(), inflight: new Map() };
    states.set(database, s);
  }
  return s;
}

/** Called after every transaction (committed or not) with what it may have changed. */
export function noteBoardWrite(database: Database, impact: BoardImpact) {
  const s = stateOf(database);
  s.generation++;
  if (impact === 'none') return;
  if (impact === 'all') {
    // Nothing cached can be brought up to date: start afresh.
    s.entries.clear();
    s.log = [];
    s.floor = s.generation;
    return;
  }
  s.log.push({ generation: s.generation, units: impact.valuesOf });
  if (s.log.length > MAX_LOG) s.floor = (s.log.shift() as { generation: number }).generation;
}

/** Communes changed after `generation`, or null when that is no longer known (recompute fully). */
function changedSince(s: State, generation: number): Set<string> | null {
  if (generation < s.floor) return null;
  const out = new Set<string>();
  for (const e of s.log) {
    if (e.generation <= generation) continue;
    if (e.units === null) return null;
    for (const u of e.units) out.add(u);
  }
  return out;
}

/**
 * The board under `key`: cached if nothing changed, brought up to date with `update` when only
 * some communes changed, computed afresh otherwise. Concurrent readers share one computation.
 */
export async function cachedBoard<T>(
  database: Database,
  key: string,
  compute: () => Promise<T>,
  update: (previous: T, changed: ReadonlySet<string>) => Promise<T>,
): Promise<T> {
  const s = stateOf(database);
  const generation = s.generation;
  const hit = s.entries.get(key) as Entry<T> | undefined;
  if (hit && hit.generation === generation) return hit.value;
  const running = s.inflight.get(key);
  if (running && running.generation === generation) return running.promise as Promise<T>;
  const promise = (async () => {
    const changed = hit ? changedSince(s, hit.generation) : null;
    // Reads start after `generation` was taken: a write committing meanwhile bumps it and is applied next time.
    const value = hit && changed ? await update(hit.value, changed) : await compute();
    const now = s.entries.get(key);
    if (!now || now.generation < generation) {
      s.entries.delete(key);
      if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value as string);
      // Kept only if no 'all' write came since it started (that write cleared the floor past it).
      if (generation >= s.floor) s.entries.set(key, { generation, value });
    }
    return value;
  })();
  s.inflight.set(key, { generation, promise });
  try {
    return await promise;
  } finally {
    if (s.inflight.get(key)?.promise === promise) s.inflight.delete(key);
  }
}
