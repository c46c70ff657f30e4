/**
 * Opens the database: PostgreSQL when DATABASE_URL is a postgres:// URL, otherwise an embedded
 * SQLite file under DATA_DIR (WAL, foreign keys, busy timeout). Both speak the same Kysely DB.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
/** What repositories receive: the database or the transaction they must run in. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** For SQLite: the underlying handle (online backup). */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… ; absent → SQLite. */
  url?: string | undefined;
  /** SQLite file path, or ":memory:". */
  sqliteFile?: string;
  /** Told when PostgreSQL ends an idle pooled connection (default: one line on stderr). */
  onIdleError?: (err: Error) => void;
}

function warnIdleError(err: Error) {
  process.stderr.write(`PostgreSQL closed an idle connection; the next query reconnects (${err.message})\n`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { url };
  if (url?.startsWith('sqlite:')) return { sqliteFile: url.slice('sqlite:'.length) };
  return { sqliteFile: resolve(env.DATA_DIR ?? 'data', 'ntm.sqlite') };
}

// pg returns int8 (count) and numeric as strings; we Number() them in repositories.
pg.types.setTypeParser(pg.types.builtins.FLOAT8, (v) => Number.parseFloat(v));

export function openDatabase(config: DatabaseConfig): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.url) {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server ends (restart, failover, an administrator) is dropped from the pool and the next
    // query opens a new one; without a listener the pool's 'error' event would end the whole process.
    pool.on('error', (err) => (config.onIdleError ?? warnIdleError)(err));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = config.sqliteFile ?? ':memory:';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  const close = async () => {
    await db.destroy();
    // Kysely only closes the handle if it ever opened a connection; a backup-only use did not.
    if (sqlite.open) sqlite.close();
  };
  return { db, dialect: 'sqlite', sqlite, close };
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * SQLite's own consistency check (`PRAGMA quick_check`): an empty list when the file is sound, else
 * what SQLite reports (at most 20 lines). Run at start so a damaged file is never served.
 */
export function sqliteProblems(sqlite: SQLite.Database): string[] {
  try {
    const rows = sqlite.pragma('quick_check(20)') as Array<{ quick_check: string }>;
    return rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}
