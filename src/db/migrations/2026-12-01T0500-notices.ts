/**
 * Notices for every hand-off, not only task deadlines: a notice is now a kind, the subject and event it
 * is about (one per user, kind, subject and event), the parameters its text is made from (names in
 * words, never codes) and the web route it links to. Existing deadline notices are carried over.
 */
import { type Kysely, sql } from 'kysely';

const text = 'text' as const;

interface OldRow {
  id: string;
  uid: string;
  kind: string;
  subject: string;
  dueon: string;
  plancode: string;
  tasknumber: string;
  created: string;
  readat: string | null;
  plandoc: string | null;
  taskdoc: string | null;
}

const parse = (s: string | null): Record<string, unknown> => {
  try {
    return s ? (JSON.parse(s) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notice_new')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('app_user.id'))
    /** value_review | value_verified | value_returned | plan_submitted | … (see domain/notice/notice-text.ts) */
    .addColumn('kind', text, (c) => c.notNull())
    /** What it is about: a task id, a plan code, "commune|set|date" … */
    .addColumn('subject_id', text, (c) => c.notNull())
    /** Which event on the subject: a deadline, a plan version, a review day; "" when one notice is kept up to date. */
    .addColumn('event_key', text, (c) => c.notNull())
    /** JSON: the words the text is made from (unit, plan, task names, counts, reason). */
    .addColumn('params', text, (c) => c.notNull())
    /** The web route the notice opens. */
    .addColumn('link', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('read_at', text)
    .addUniqueConstraint('notice_key_uq', ['user_id', 'kind', 'subject_id', 'event_key'])
    .execute();

  const old = await sql<OldRow>`
    select n.id as id, n.user_id as uid, n.kind as kind, n.subject_id as subject, n.due_on as dueon,
           n.plan_code as plancode, n.task_number as tasknumber, n.created_at as created, n.read_at as readat,
           p.document as plandoc, t.document as taskdoc
    from notification n
    left join plan_task t on t.id = n.subject_id
    left join plan p on p.id = t.plan_id`.execute(db);
  for (const r of old.rows) {
    const plan = parse(r.plandoc);
    const task = parse(r.taskdoc);
    const issuing = (plan.issuingUnit ?? {}) as Record<string, unknown>;
    const params = {
      planYear: plan.year ?? null,
      authority: issuing.authority ?? null,
      taskNumber: r.tasknumber,
      taskText: typeof task.text === 'string' ? task.text : null,
      dueOn: r.dueon,
    };
    await sql`insert into notice_new (id, user_id, kind, subject_id, event_key, params, link, created_at, updated_at, read_at)
      values (${r.id}, ${r.uid}, ${r.kind}, ${r.subject}, ${r.dueon}, ${JSON.stringify(params)},
              ${`/ke-hoach/${r.plancode}?tab=tasks`}, ${r.created}, ${r.created}, ${r.readat})`.execute(db);
  }
  await db.schema.dropTable('notification').execute();
  await db.schema.alterTable('notice_new').renameTo('notification').execute();
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'created_at']).execute();
}

/** Back to deadline notices only (the other kinds cannot be kept in the old table). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_old')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('subject_id', text, (c) => c.notNull())
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('plan_code', text, (c) => c.notNull())
    .addColumn('task_number', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('read_at', text)
    .addUniqueConstraint('notification_uq', ['user_id', 'kind', 'subject_id', 'due_on'])
    .execute();
  await sql`insert into notification_old (id, user_id, kind, subject_id, due_on, plan_code, task_number, created_at, read_at)
    select n.id, n.user_id, n.kind, n.subject_id, n.event_key, p.code, t.number, n.created_at, n.read_at
    from notification n join plan_task t on t.id = n.subject_id join plan p on p.id = t.plan_id
    where n.kind in ('task_due_soon', 'task_overdue')`.execute(db);
  await db.schema.dropIndex('notification_user_idx').execute();
  await db.schema.dropTable('notification').execute();
  await db.schema.alterTable('notification_old').renameTo('notification').execute();
}
