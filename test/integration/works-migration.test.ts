/**
 * The works migration goes up and down on each database, and money survives as integer đồng
 * (bigint on PostgreSQL comes back as a number through the repository).
 */
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { workRepository } from '../../src/db/repositories/work.repository.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('works migration on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
  });
  afterAll(() => t.close());

  it('stores a big amount exactly, then goes down and up again', async () => {
    const db = t.database.db;
    const unit = { code: '664' };
    const now = '2026-12-04T00:00:00.000Z';
    await workRepository.insert(db, {
      id: 'w1',
      code: 'CT-1',
      name: 'Đường',
      nameSearch: 'duong',
      kindCode: 'giao-thong',
      areaUnitCode: unit.code,
      investor: 'UBND',
      approvedTotal: 9_007_199_254_740_991,
      approvalNumber: null,
      approvalDate: null,
      contractValue: 12_000_000_000,
      plannedStart: null,
      plannedEnd: null,
      startedOn: null,
      completedOn: null,
      componentCode: null,
      communityBuilt: 0,
      settledOn: null,
      settledValue: null,
      settlementNumber: null,
      demo: 0,
      note: null,
      version: 1,
      createdAt: now,
      createdBy: 'x',
      updatedAt: now,
      updatedBy: 'x',
    });
    await workRepository.replaceFundingPlan(db, 'w1', [{ workId: 'w1', sourceCode: 'nstw.dtpt', year: 2022, amount: 5_000_000_000 }]);
    const w = await workRepository.get(db, 'w1');
    expect(w?.approvedTotal).toBe(9_007_199_254_740_991);
    expect(w?.contractValue).toBe(12_000_000_000);
    expect((await workRepository.fundingPlan(db, ['w1']))[0]?.amount).toBe(5_000_000_000);

    await db.deleteFrom('workFundingPlan').execute();
    await db.deleteFrom('work').execute();
    const down = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-03T0300-surveys');
    expect(down.error).toBeUndefined();
    await migrateToLatest(db);
    expect(await workRepository.list(db)).toEqual([]);
  });
});
