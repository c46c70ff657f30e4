/**
 * A department's criterion numbers name their set, on each database: a scope numbered in QĐ 318 does not
 * reach QĐ 51's criterion of the same number (6 is "Cơ sở vật chất văn hóa" in one, "Giảm nghèo và an
 * sinh xã hội" in the other); accounts made before this change get QĐ 318 (the migration), and a new
 * department account must say which set its numbers are of.
 */
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import type { Actor } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { reviewValue } from '../../src/services/review.service.js';
import { reviewQueue } from '../../src/services/review-queue.service.js';
import { createUser } from '../../src/services/user.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const PASSWORD = 'Phòng-ban-thử-2026!';

describe.each(DIALECTS)('criterion scope named by its set, on %s', (dialect) => {
  let t: TestDatabase;
  const as = (actor: Actor) => ({ ...t.ctx, actor });
  const department = async (username: string, criteriaSet: string, criteria: number[]): Promise<Actor> => {
    const u = await createUser(t.ctx, {
      username,
      displayName: username,
      password: PASSWORD,
      role: 'department',
      unitCode: '68-2025',
      criteria,
      criteriaSet,
    });
    return { id: u.id, username, displayName: username, role: 'department', unitCode: '68-2025', criteria, criteriaSet };
  };
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    // a QĐ 51 value and a QĐ 318 value of criterion 6, both waiting for review
    await recordValues(t.ctx, { unitCode: '24703-2025', setCode: 'qd51-ntm-2026-2030', asOf: '2026-06-01', values: { '6': true } });
    await recordValues(t.ctx, { unitCode: '24703-2025', setCode: 'qd318-ntm-2021-2025', asOf: '2026-01-31', values: { '6.1': true } });
  });
  afterAll(() => t.close());

  const review = (actor: Actor, setCode: string, indicatorCode: string, asOf: string) =>
    reviewValue(as(actor), { unitCode: '24703-2025', setCode, indicatorCode, asOf, action: 'verify', expectedVersion: 1 });

  it('a QĐ 318 scope of criterion 6 reviews 318’s criterion 6, not QĐ 51’s', async () => {
    const vhtt = await department('so.vhtt.thu', 'qd318-ntm-2021-2025', [6]);
    await expect(review(vhtt, 'qd51-ntm-2026-2030', '6', '2026-06-01')).rejects.toMatchObject({ code: 'auth.forbidden' });
    const queue51 = await reviewQueue(as(vhtt), { unitCode: '68-2025', asOf: '2026-06-01' });
    expect(queue51).toHaveLength(0);
    const queue318 = await reviewQueue(as(vhtt), { unitCode: '68-2025', asOf: '2026-01-31' });
    expect(queue318.map((i) => [i.setCode, i.criterionNumber])).toEqual([['qd318-ntm-2021-2025', 6]]);
    await expect(review(vhtt, 'qd318-ntm-2021-2025', '6.1', '2026-01-31')).resolves.toMatchObject({ verification: 'verified' });
  });

  it('a QĐ 51 scope of criterion 6 (Giảm nghèo và an sinh xã hội) reviews QĐ 51’s', async () => {
    const ldtbxh = await department('so.ldtbxh.thu', 'qd51-ntm-2026-2030', [6]);
    const queue = await reviewQueue(as(ldtbxh), { unitCode: '68-2025', asOf: '2026-06-01' });
    expect(queue.map((i) => [i.criterionNumber, i.criterionName])).toEqual([[6, 'Giảm nghèo và an sinh xã hội']]);
    await expect(review(ldtbxh, 'qd51-ntm-2026-2030', '6', '2026-06-01')).resolves.toMatchObject({ verification: 'verified' });
  });

  it('a new department account names its set, and only numbers that set has', async () => {
    const base = { displayName: 'Sở thử', password: PASSWORD, role: 'department', unitCode: '68-2025' };
    await expect(createUser(t.ctx, { ...base, username: 'so.thu.a', criteria: [6] })).rejects.toMatchObject({
      code: 'user.criteria_set_required',
      issues: [{ path: 'criteriaSet', message: 'required' }],
    });
    await expect(
      createUser(t.ctx, { ...base, username: 'so.thu.b', criteria: [6, 15], criteriaSet: 'qd51-ntm-2026-2030' }),
    ).rejects.toMatchObject({ code: 'user.criteria_not_in_set', issues: [{ path: 'criteria.1' }] });
  });

  it("the demo's district departments are numbered in QĐ 318, Lâm Đồng's Sở in QĐ 51, and the migration gives existing ones QĐ 318", async () => {
    const db = t.database.db;
    const demo = await db
      .selectFrom('appUser')
      .select(['username', 'criteriaSetCode', 'unitCode'])
      .where('role', '=', 'department')
      .execute();
    expect(demo.find((u) => u.username === 'so.ldtbxh.thu')?.criteriaSetCode).toBe('qd51-ntm-2026-2030');
    for (const u of demo.filter((x) => x.unitCode === '664')) expect(u.criteriaSetCode, u.username).toBe('qd318-ntm-2021-2025');
    const province = demo.filter((x) => x.unitCode === '68-2025' && x.username.endsWith('.lamdong'));
    expect(province.length).toBe(10);
    for (const u of province) expect(u.criteriaSetCode, u.username).toBe('qd51-ntm-2026-2030');
    const down = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-01T0500-notices');
    expect(down.error).toBeUndefined();
    await migrateToLatest(db);
    const after = await db.selectFrom('appUser').select(['username', 'criteriaSetCode', 'role']).execute();
    // every department (even the QĐ 51 one made above) comes back as QĐ 318: the migration knows no other
    expect(after.filter((u) => u.role === 'department').every((u) => u.criteriaSetCode === 'qd318-ntm-2021-2025')).toBe(true);
    expect(after.filter((u) => u.role !== 'department').every((u) => u.criteriaSetCode === null)).toBe(true);
  });
});
