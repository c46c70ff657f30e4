/**
 * The classification migration moves data: a unit's region column and its dated statuses come out as
 * dated classifications (region from the unit's first day, a status as "special-status" with its
 * dates and legal basis), and a set a user imported in the old shape is rewritten so it still loads
 * and evaluates the same. Down and up again on each database.
 */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { boardUncached } from '../../src/services/board.service.js';
import { getSet } from '../../src/services/catalog.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { evaluateUnit } from '../../src/services/evaluation.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const p = { source: 'tỉnh X', verified: false };
/** A province's set as it was imported before classifications were data. */
const oldSet = {
  code: 'tinh-x-2022',
  name: 'Bộ tiêu chí xã NTM tỉnh X',
  tier: 'ntm',
  phase: { fromYear: 2021, toYear: 2025 },
  decision: { number: '1/QĐ-UBND', date: '2022-06-01', issuer: 'UBND tỉnh X' },
  groups: [{ code: 'I', name: 'Y tế' }],
  criteria: [
    {
      number: 1,
      name: 'Y tế',
      groupCode: 'I',
      indicators: [
        {
          code: '1',
          name: 'Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi',
          kind: 'max',
          unit: '%',
          thresholds: [
            { value: 30, provenance: p },
            { value: 24, regions: ['TDMNPB'], provenance: p },
            { value: 26.5, regions: ['TN'], provenance: p },
          ],
          provenance: p,
        },
      ],
      provenance: p,
    },
  ],
  statusRegionRules: [{ statuses: ['dbkk', 'atk'], useRegion: 'TDMNPB', provenance: p }],
  provenance: p,
};

describe.each(DIALECTS)('classification migration on %s', (dialect) => {
  let t: TestDatabase;
  let before: unknown;
  /**
   * The board's rows without `titles`: migrating down past 2026-12-03 drops the recognition table, so the
   * recognitions the demo seeded are gone after the round trip — the evaluation is what this test compares.
   */
  const evaluated = (rows: readonly object[]) => rows.map(({ titles: _titles, ...rest }: { titles?: unknown }) => rest);
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    before = evaluated((await boardUncached(t.ctx, { unitCode: '664', asOf: '2021-12-31' })).rows);
  });
  afterAll(() => t.close());

  it('turns regions, statuses and an old imported set into the new shape', async () => {
    const db = t.database.db;
    const down = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-01T0400-criterion-owner-demo');
    expect(down.error).toBeUndefined();
    const region = await sql<{ region: string | null }>`select region from administrative_unit where code = '24703'`.execute(db);
    expect(region.rows[0]?.region).toBe('TN');
    await sql`insert into unit_status (id, unit_code, status, valid_from, valid_to, legal_basis)
      values ('s1', '24703', 'dbkk', '2022-01-01', '2022-12-31', 'QĐ 433/QĐ-UBDT')`.execute(db);
    await sql`insert into criteria_set (code, name, tier, requires_tier, document, origin, demo, version, created_at, updated_at)
      values ('tinh-x-2022', 'Bộ tiêu chí xã NTM tỉnh X', 'ntm', null, ${JSON.stringify(oldSet)}, 'import', 0, 1, '2022-06-01T00:00:00.000Z', '2022-06-01T00:00:00.000Z')`.execute(
      db,
    );
    await migrateToLatest(db);

    const rows = await db.selectFrom('unitClassification').selectAll().where('unitCode', '=', '24703').orderBy('dimension').execute();
    expect(rows.map((r) => [r.dimension, r.value, r.validFrom, r.validTo, r.legalBasis])).toEqual([
      ['region', 'TN', '2004-01-01', null, null],
      ['special-status', 'dbkk', '2022-01-01', '2022-12-31', 'QĐ 433/QĐ-UBDT'],
    ]);
    const set = await getSet(t.ctx, 'tinh-x-2022');
    expect(set.tierName).toBe('Xã nông thôn mới');
    expect(set.classifications.map((d) => d.code)).toEqual(['region', 'special-status']);
    expect(set.criteria[0]?.indicators[0]?.thresholds.map((x) => x.where ?? null)).toEqual([
      null,
      { region: ['TDMNPB'] },
      { region: ['TN'] },
    ]);
    expect(set.classificationRules).toEqual([
      { when: { dimension: 'special-status', values: ['dbkk', 'atk'] }, use: { dimension: 'region', value: 'TDMNPB' }, provenance: p },
    ]);
  });

  it('evaluates with the converted data: the status holds in 2022 only, the imported set picks the TDMNPB level', async () => {
    const in2022 = await evaluateUnit(t.ctx, { unitCode: '24703', asOf: '2022-06-30', setCode: 'tinh-x-2022' });
    expect(in2022.evaluation.indicators[0]).toMatchObject({
      threshold: 24,
      basis: { region: 'TDMNPB', regionFrom: 'status', status: 'dbkk', scope: 'region' },
    });
    const in2023 = await evaluateUnit(t.ctx, { unitCode: '24703', asOf: '2023-06-30', setCode: 'tinh-x-2022' });
    expect(in2023.evaluation.indicators[0]).toMatchObject({ threshold: 26.5, basis: { region: 'TN', regionFrom: 'profile' } });
  });

  it('gives the same district board after the round trip (the added status holds only in 2022)', async () => {
    const after = evaluated((await boardUncached(t.ctx, { unitCode: '664', asOf: '2021-12-31' })).rows);
    expect(after).toEqual(before);
    expect(after).toHaveLength(11);
  });
});
