/**
 * The notices migration moves data: a task deadline notice stored before it (plan code and task number
 * only) comes out with the words to name the task and the plan, its link and read state kept; and the
 * migration goes down and up again on both databases.
 */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { noticeText } from '../../src/domain/notice/notice-text.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('notices migration on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  it('carries a deadline notice over with the task and plan in words', async () => {
    const db = t.database.db;
    const down = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-11-29T0000-plans');
    expect(down.error).toBeUndefined();
    const user = await db.selectFrom('appUser').select('id').where('username', '=', 'mttq.krongno').executeTakeFirstOrThrow();
    const task = await db
      .selectFrom('planTask')
      .innerJoin('plan', 'plan.id', 'planTask.planId')
      .select('planTask.id')
      .where('plan.code', '=', 'krong-no-2022')
      .where('planTask.number', '=', 'III.4')
      .executeTakeFirstOrThrow();
    await sql`insert into notification (id, user_id, kind, subject_id, due_on, plan_code, task_number, created_at, read_at)
      values ('n1', ${user.id}, 'task_overdue', ${task.id}, '2022-06-30', 'krong-no-2022', 'III.4', '2022-07-01T00:00:00.000Z', '2022-07-02T00:00:00.000Z')`.execute(
      db,
    );
    await migrateToLatest(db);
    const row = await db.selectFrom('notification').selectAll().where('id', '=', 'n1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: 'task_overdue',
      eventKey: '2022-06-30',
      link: '/ke-hoach/krong-no-2022?tab=tasks',
      readAt: '2022-07-02T00:00:00.000Z',
    });
    const text = noticeText(row.kind, JSON.parse(row.params));
    expect(text.vi).toMatch(
      /^Nhiệm vụ III\.4 “.+” \(Kế hoạch năm 2022 của Ủy ban nhân dân huyện Krông Nô\) đã quá hạn ngày 30\/06\/2022 mà chưa hoàn thành\.$/,
    );
  });
});
