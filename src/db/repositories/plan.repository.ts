/** Plans, their tasks and the tasks' dated progress updates. Optimistic versions guard every update. */
import type { Executor } from '../database.js';
import type { PlanTable, PlanTaskTable, TaskUpdateTable } from '../schema.js';

export const planRepository = {
  list: (ex: Executor) => ex.selectFrom('plan').selectAll().orderBy('year', 'desc').orderBy('code').execute(),

  byCode: (ex: Executor, code: string) => ex.selectFrom('plan').selectAll().where('code', '=', code).executeTakeFirst(),

  async insert(ex: Executor, row: PlanTable) {
    await ex.insertInto('plan').values(row).execute();
  },

  /** true when the row was at `version` and is now at version + 1. */
  async update(ex: Executor, id: string, version: number, set: Pick<PlanTable, 'document' | 'status' | 'updatedAt'>) {
    const r = await ex
      .updateTable('plan')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  tasks: (ex: Executor, planId: string) => ex.selectFrom('planTask').selectAll().where('planId', '=', planId).orderBy('sortKey').execute(),

  task: (ex: Executor, planId: string, number: string) =>
    ex.selectFrom('planTask').selectAll().where('planId', '=', planId).where('number', '=', number).executeTakeFirst(),

  async insertTasks(ex: Executor, rows: PlanTaskTable[]) {
    if (rows.length > 0) await ex.insertInto('planTask').values(rows).execute();
  },

  async updateTask(
    ex: Executor,
    id: string,
    version: number,
    set: Pick<PlanTaskTable, 'document' | 'status' | 'deadline' | 'leadAgencyCode' | 'updatedAt'>,
  ) {
    const r = await ex
      .updateTable('planTask')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertUpdate(ex: Executor, row: TaskUpdateTable) {
    await ex.insertInto('taskUpdate').values(row).execute();
  },

  updates: (ex: Executor, taskIds: readonly string[]) =>
    taskIds.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('taskUpdate')
          .innerJoin('appUser', 'appUser.id', 'taskUpdate.authorId')
          .selectAll('taskUpdate')
          .select('appUser.displayName as authorName')
          .where('taskId', 'in', taskIds)
          .orderBy('reportedOn', 'desc')
          .orderBy('createdAt', 'desc')
          .execute(),
};

/** "II.1.10" → "0002.0001.0010": Roman and decimal parts padded so text order is number order. */
export function taskSortKey(number: string): string {
  const [roman = '', ...rest] = number.split('.');
  const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i] as string] ?? 0;
    const next = ROMAN[roman[i + 1] as string] ?? 0;
    n += v < next ? -v : v;
  }
  return [n, ...rest.map(Number)].map((x) => String(x).padStart(4, '0')).join('.');
}
