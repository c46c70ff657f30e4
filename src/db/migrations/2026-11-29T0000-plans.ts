/**
 * Annual plans and what follows them during the year: the plan document (formal parts, objectives,
 * commune targets) with a version, its tasks with dated progress updates and files, agencies as
 * records with their users and the criteria they answer for, working-group members, supervision
 * visits with follow-up actions, and in-app notifications. Portable SQL only.
 */
import type { Kysely } from 'kysely';

const text = 'text' as const;
const int = 'integer' as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency')
    .addColumn('id', text, (c) => c.primaryKey())
    /** The district or province the agency belongs to (its records are kept per unit). */
    .addColumn('scope_unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('code', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('note', text)
    .addUniqueConstraint('agency_scope_code_uq', ['scope_unit_code', 'code'])
    .execute();

  await db.schema
    .createTable('agency_user')
    .addColumn('agency_id', text, (c) => c.notNull().references('agency.id'))
    .addColumn('user_id', text, (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('agency_user_pk', ['agency_id', 'user_id'])
    .execute();
  await db.schema.createIndex('agency_user_user_idx').on('agency_user').columns(['user_id']).execute();

  await db.schema
    .createTable('criterion_owner')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('scope_unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('criterion_number', int, (c) => c.notNull())
    .addColumn('agency_id', text, (c) => c.notNull().references('agency.id'))
    .addUniqueConstraint('criterion_owner_uq', ['scope_unit_code', 'criterion_number'])
    .execute();

  await db.schema
    .createTable('plan')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('code', text, (c) => c.notNull().unique())
    .addColumn('year', int, (c) => c.notNull())
    .addColumn('issuing_unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('status', text, (c) => c.notNull())
    /** The plan without its tasks, as JSON (planSchema); tasks live in plan_task. */
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('demo', int, (c) => c.notNull().defaultTo(0))
    .addColumn('version', int, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_unit_year_idx').on('plan').columns(['issuing_unit_code', 'year']).execute();

  await db.schema
    .createTable('plan_task')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plan.id'))
    .addColumn('number', text, (c) => c.notNull())
    /** Sort key: the number's parts zero-padded ("II.1.10" after "II.1.9"). */
    .addColumn('sort_key', text, (c) => c.notNull())
    /** The task as JSON (taskSchema), status and deadline included; the columns below mirror them for queries. */
    .addColumn('document', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('deadline', text)
    .addColumn('lead_agency_code', text)
    .addColumn('version', int, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('plan_task_number_uq', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('task_update')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('task_id', text, (c) => c.notNull().references('plan_task.id'))
    /** The day the progress is reported for. */
    .addColumn('reported_on', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('note', text, (c) => c.notNull())
    /** The commune the update is about, when a commune reports. */
    .addColumn('unit_code', text)
    .addColumn('author_id', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_update_task_idx').on('task_update').columns(['task_id']).execute();

  /** Files attached to a task update or a supervision visit; bytes in the evidence store by sha256. */
  await db.schema
    .createTable('attachment')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('owner_type', text, (c) => c.notNull())
    .addColumn('owner_id', text, (c) => c.notNull())
    .addColumn('file_name', text, (c) => c.notNull())
    .addColumn('content_type', text, (c) => c.notNull())
    .addColumn('size', int, (c) => c.notNull())
    .addColumn('sha256', text, (c) => c.notNull())
    .addColumn('uploaded_by', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachment_owner_idx').on('attachment').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('working_group_member')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.notNull().references('plan.id'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('position', text)
    .addColumn('agency_code', text)
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .execute();

  await db.schema
    .createTable('supervision_visit')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('plan_id', text, (c) => c.references('plan.id'))
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('visited_on', text, (c) => c.notNull())
    /** agency | working_group | front */
    .addColumn('by_kind', text, (c) => c.notNull())
    .addColumn('by_name', text, (c) => c.notNull())
    .addColumn('summary', text)
    /** JSON: [{ criterion, finding }]. */
    .addColumn('findings', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_visit_unit_idx').on('supervision_visit').columns(['unit_code']).execute();

  await db.schema
    .createTable('supervision_action')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('visit_id', text, (c) => c.notNull().references('supervision_visit.id'))
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('owner', text, (c) => c.notNull())
    .addColumn('deadline', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('version', int, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_action_visit_idx').on('supervision_action').columns(['visit_id']).execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('app_user.id'))
    /** task_due_soon | task_overdue */
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('subject_id', text, (c) => c.notNull())
    /** The deadline the notice is about: a moved deadline gives a new notice. */
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('plan_code', text, (c) => c.notNull())
    .addColumn('task_number', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('read_at', text)
    .addUniqueConstraint('notification_uq', ['user_id', 'kind', 'subject_id', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'notification',
    'supervision_action',
    'supervision_visit',
    'working_group_member',
    'attachment',
    'task_update',
    'plan_task',
    'plan',
    'criterion_owner',
    'agency_user',
    'agency',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
