/**
 * Every repository and service test runs on each database: SQLite always, PostgreSQL when
 * NTM_TEST_PG_URL names a server (CI sets it). Each PostgreSQL test file gets its own database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { createContext, type ServiceContext } from '../../src/services/context.js';
import { prepareDatabase } from '../../src/services/demo.service.js';

export type TestDialect = 'sqlite' | 'postgres';

const pgUrl = process.env.NTM_TEST_PG_URL;
export const DIALECTS: TestDialect[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

if (!pgUrl && process.env.CI) throw new Error('NTM_TEST_PG_URL must be set in CI: PostgreSQL tests may not be skipped');

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  database: Database;
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** A fresh, migrated database with the built-in catalogue. */
export async function openTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  let database: Database;
  let drop = async () => {};
  if (dialect === 'postgres') {
    const name = `ntm_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(pgUrl as string);
    url.pathname = `/${name}`;
    database = openDatabase({ url: url.toString() });
    drop = () => adminQuery(`drop database if exists ${name} with (force)`);
  } else {
    database = openDatabase({ sqliteFile: ':memory:' });
  }
  await migrateToLatest(database.db);
  const ctx = createContext(database);
  await prepareDatabase(ctx);
  return {
    database,
    ctx,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}
