/**
 * A department's criterion scope names the set whose numbering its numbers follow: criterion 6 is
 * "Cơ sở vật chất văn hóa" in QĐ 318 and "Giảm nghèo và an sinh xã hội" in QĐ 51. Every department
 * account made so far was made under QĐ 318 numbering, so it gets that set; nothing else changes.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('criteria_set_code', 'text').execute();
  await (db as Kysely<{ app_user: { role: string; criteria_set_code: string | null } }>)
    .updateTable('app_user')
    .set({ criteria_set_code: 'qd318-ntm-2021-2025' })
    .where('role', '=', 'department')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').dropColumn('criteria_set_code').execute();
}
