/**
 * The allocations migration goes down and up again on both databases, and a plan line keeps an
 * amount above 2^31 đồng exactly (bigint on PostgreSQL, read back as a number).
 */
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { allocationRepository } from '../../src/db/repositories/allocation.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('allocations migration on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  it('goes down and up, and stores amounts in đồng above 2^31', async () => {
    const db = t.database.db;
    const down = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-03T0300-surveys');
    expect(down.error).toBeUndefined();
    await migrateToLatest(db);
    const unit = await db.selectFrom('administrativeUnit').select('code').executeTakeFirstOrThrow();
    const now = '2026-01-01T00:00:00.000Z';
    const who = { createdAt: now, createdBy: 'u', updatedAt: now, updatedBy: 'u' };
    await allocationRepository.insert(db, {
      id: 'a1',
      unitCode: unit.code,
      year: 2026,
      status: 'draft',
      decisionNumber: null,
      decisionDate: null,
      decisionSigner: null,
      history: '[]',
      demo: 0,
      version: 1,
      approvedAt: null,
      approvedBy: null,
      ...who,
    });
    await allocationRepository.insertLines(db, [
      {
        id: 'l1',
        allocationId: 'a1',
        adjustmentId: null,
        sourceCode: 'nstw.dtpt',
        programmeName: null,
        componentCode: null,
        communeCode: null,
        workId: null,
        setCode: null,
        criterionNumber: null,
        amount: 12_345_678_900,
        note: null,
        version: 1,
        ...who,
      },
    ]);
    const lines = await allocationRepository.linesInForce(db, ['a1'], '2026-12-31');
    expect(lines.map((l) => l.amount)).toEqual([12_345_678_900]);
  });
});
