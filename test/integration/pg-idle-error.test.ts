/**
 * PostgreSQL may end an idle pooled connection (restart, failover, an administrator): the server must not
 * crash on the pool's 'error' event, and the next query must work on a fresh connection.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';

const pgUrl = process.env.NTM_TEST_PG_URL;

describe.skipIf(!pgUrl)('an idle PostgreSQL connection ended by the server', () => {
  it('is dropped and reported, and the next query reconnects', async () => {
    const errors: Error[] = [];
    const database = openDatabase({ url: pgUrl as string, onIdleError: (e) => errors.push(e) });
    try {
      const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      const pid = first.rows[0]?.pid;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      try {
        await admin.query('select pg_terminate_backend($1)', [pid]);
      } finally {
        await admin.end();
      }
      for (let i = 0; i < 50 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(errors.map((e) => e.message).join(' ')).toMatch(/terminat/i);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      expect(again.rows[0]?.pid).not.toBe(pid);
    } finally {
      await database.close();
    }
  });
});
