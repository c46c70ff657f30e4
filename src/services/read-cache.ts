/**
 * Results of expensive reads (boards) kept per database until the next committed write: every
 * write goes through inTransaction(), which clears the cache after it commits. A result computed
 * while a write committed is not kept, so a reader never gets data older than the last commit.
 */
import type { Database } from '../db/database.js';

interface Cache {
  generation: number;
  entries: Map<string, unknown>;
}

const MAX_ENTRIES = 200;
const caches = new WeakMap<Database, Cache>();

function cacheOf(database: Database): Cache {
  let c = caches.get(database);
  if (!c) {
    c = { generation: 0, entries: new Map() };
    caches.set(database, c);
  }
  return c;
}

/** Called after every committed write. */
export function invalidateReads(database: Database) {
  const c = cacheOf(database);
  c.generation++;
  c.entries.clear();
}

export async function cachedRead<T>(database: Database, key: string, compute: () => Promise<T>): Promise<T> {
  const c = cacheOf(database);
  if (c.entries.has(key)) return c.entries.get(key) as T;
  const started = c.generation;
  const value = await compute();
  if (c.generation === started) {
    if (c.entries.size >= MAX_ENTRIES) c.entries.delete(c.entries.keys().next().value as string);
    c.entries.set(key, value);
  }
  return value;
}
