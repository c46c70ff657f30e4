/**
 * The databases the load and board benchmarks run on: a temp SQLite file (WAL) and, when a URL is
 * given, a fresh PostgreSQL database dropped at the end. Each comes with a raw driver handle (the
 * baseline: no Kysely, no service) and is filled with the reference data values depend on.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, migrateToLatest, openDatabase } from '../src/db/database.js';
import { unitRepository } from '../src/db/repositories/unit.repository.js';
import type { NewIndicatorValue } from '../src/db/schema.js';
import { saveSet } from '../src/services/catalog.service.js';
import { createContext, inTransaction, newId, type ServiceContext } from '../src/services/context.js';
import { prepareDatabase } from '../src/services/demo.service.js';
import { importUnitTree } from '../src/services/unit.service.js';
import { COLUMNS, rowParams } from './dataset-views.js';
import type { NationalDataset } from './national-dataset.js';

/** The driver used directly, for baselines. */
export interface RawDriver {
  /** How the baseline inserts, for the report. */
  method: string;
  insertAll(rows: readonly NewIndicatorValue[]): Promise<void>;
  /** The same SELECT the repository's asOf() sends; returns the row count. */
  readAsOf(setCode: string, asOf: string): Promise<number>;
  countValues(): Promise<number>;
  /** Empties indicator_value so the next load starts from an empty table. */
  truncateValues(): Promise<void>;
  /** PostgreSQL only: refresh planner statistics, as autovacuum does shortly after a bulk load. */
  analyze?: () => Promise<void>;
}

export interface BenchDatabase {
  label: 'SQLite' | 'PostgreSQL';
  database: Database;
  ctx: ServiceContext;
  raw: RawDriver;
  close(): Promise<void>;
}

const AS_OF_SQL = (p: (i: number) => string) =>
  `select unit_code, indicator_code, value_num, not_applicable, as_of from indicator_value where set_code = ${p(1)} and as_of <= ${p(2)} and (superseded_on is null or superseded_on > ${p(3)})`;

export function openBenchSqlite(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-bench-'));
  const database = openDatabase({ sqliteFile: join(dir, 'bench.sqlite') });
  const sqlite = database.sqlite;
  if (!sqlite) throw new Error('openDatabase returned no SQLite handle');
  // Prepared on first use: the tables exist only after migrateToLatest.
  const lazy = <T>(make: () => T) => {
    let v: T | undefined;
    return () => {
      v ??= make();
      return v;
    };
  };
  const insertAll = lazy(() => {
    const insert = sqlite.prepare(`insert into indicator_value (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
    return sqlite.transaction((rows: readonly NewIndicatorValue[]) => {
      for (const r of rows) insert.run(rowParams(r));
    });
  });
  const read = lazy(() => sqlite.prepare(AS_OF_SQL(() => '?')));
  const raw: RawDriver = {
    method: 'better-sqlite3: one prepared INSERT, run per row inside db.transaction()',
    insertAll: async (rows) => insertAll()(rows),
    readAsOf: async (setCode, asOf) => read().all(setCode, asOf, asOf).length,
    countValues: async () => (sqlite.prepare('select count(*) as n from indicator_value').get() as { n: number }).n,
    truncateValues: async () => {
      sqlite.exec('delete from indicator_value');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
  return {
    label: 'SQLite',
    database,
    ctx: createContext(database),
    raw,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const PG_BATCH = 1000;

export async function openBenchPostgres(adminUrl: string): Promise<BenchDatabase> {
  const name = `ntm_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString() });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const insertText = (n: number) =>
    `insert into indicator_value (${COLUMNS.join(', ')}) values ${Array.from(
      { length: n },
      (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
    ).join(', ')}`;
  const fullText = insertText(PG_BATCH);
  const raw: RawDriver = {
    method: `pg: multi-row INSERT of ${PG_BATCH} rows × ${COLUMNS.length} parameters (named prepared statement), one transaction`,
    async insertAll(rows) {
      await client.query('begin');
      try {
        for (let i = 0; i < rows.length; i += PG_BATCH) {
          const chunk = rows.slice(i, i + PG_BATCH);
          const values = chunk.flatMap(rowParams);
          if (chunk.length === PG_BATCH) await client.query({ name: 'bench_insert_full', text: fullText, values });
          else await client.query(insertText(chunk.length), values);
        }
        await client.query('commit');
      } catch (e) {
        await client.query('rollback');
        throw e;
      }
    },
    readAsOf: async (setCode, asOf) =>
      (
        await client.query(
          AS_OF_SQL((i) => `$${i}`),
          [setCode, asOf, asOf],
        )
      ).rowCount ?? 0,
    countValues: async () => Number((await client.query('select count(*) as n from indicator_value')).rows[0].n),
    truncateValues: async () => {
      await client.query('truncate indicator_value');
    },
    analyze: async () => {
      await client.query('analyze');
    },
  };
  return {
    label: 'PostgreSQL',
    database,
    ctx: createContext(database),
    raw,
    close: async () => {
      await client.end().catch(() => {});
      await database.close().catch(() => {});
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Schema, built-in catalogue, the demo set, the unit tree and one set assignment per province. */
export async function loadReferenceData(b: BenchDatabase, ds: NationalDataset) {
  await migrateToLatest(b.database.db);
  await prepareDatabase(b.ctx);
  await saveSet(b.ctx, ds.set, { origin: 'builtin' });
  await inTransaction(b.ctx, async (trx) => {
    await importUnitTree(b.ctx, trx, ds.tree);
    await unitRepository.insertSetAssignments(
      trx,
      ds.provinces.map((p) => ({ id: newId(), unitCode: p.code, setCode: ds.set.code, validFrom: '2021-01-01', validTo: null })),
    );
  });
}
