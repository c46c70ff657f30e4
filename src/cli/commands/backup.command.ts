/**
 * `ntm backup FILE` / `ntm restore FILE` for the embedded SQLite database (online backup; restore
 * checks the file is one of ours before replacing anything). On PostgreSQL use pg_dump/pg_restore.
 */
import { copyFile, rm, stat } from 'node:fs/promises';
import SQLite from 'better-sqlite3';
import { configFromEnv, openDatabase } from '../../db/database.js';
import { invalid } from '../../domain/errors.js';
import { usageError } from '../runtime.js';

const PG_HINT = {
  vi: 'Với PostgreSQL, dùng pg_dump -Fc "$DATABASE_URL" -f ntm.dump và pg_restore -d "$DATABASE_URL" ntm.dump (xem docs/operations.md)',
  en: 'On PostgreSQL use pg_dump -Fc "$DATABASE_URL" -f ntm.dump and pg_restore -d "$DATABASE_URL" ntm.dump (see docs/operations.md)',
};

function sqliteFile(): string {
  const config = configFromEnv();
  if (config.url || !config.sqliteFile) throw usageError(PG_HINT.vi, PG_HINT.en);
  return config.sqliteFile;
}

export async function backupCommand(target: string | undefined): Promise<string> {
  if (!target) throw usageError('Thiếu tệp đích: ntm backup FILE', 'Missing target: ntm backup FILE');
  const database = openDatabase({ sqliteFile: sqliteFile() });
  try {
    const result = await database.sqlite?.backup(target);
    return `Đã sao lưu ${result?.totalPages ?? 0} trang vào ${target} / backed up to ${target}`;
  } finally {
    await database.close();
  }
}

export async function restoreCommand(source: string | undefined): Promise<string> {
  if (!source) throw usageError('Thiếu tệp sao lưu: ntm restore FILE', 'Missing backup file: ntm restore FILE');
  await stat(source).catch(() => {
    throw invalid('backup.not_found', { vi: `Không thấy tệp ${source}`, en: `File ${source} not found` });
  });
  try {
    const probe = new SQLite(source, { readonly: true, fileMustExist: true });
    const ok = probe
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name in ('kysely_migration', 'indicator_value')")
      .get() as { n: number };
    probe.close();
    if (ok.n !== 2) throw new Error('missing tables');
  } catch {
    throw invalid('backup.invalid', {
      vi: `${source} không phải bản sao lưu của Nông thôn mới`,
      en: `${source} is not a Nông thôn mới backup`,
    });
  }
  const target = sqliteFile();
  await copyFile(source, `${target}.restoring`);
  await Promise.all([rm(`${target}-wal`, { force: true }), rm(`${target}-shm`, { force: true })]);
  await copyFile(`${target}.restoring`, target);
  await rm(`${target}.restoring`);
  return `Đã khôi phục ${target} từ ${source} / restored ${target} from ${source}`;
}
