/**
 * What `ntm serve` checks before it touches the embedded database: it takes the database's lock
 * (so `ntm restore` refuses while it runs) and refuses to start on a damaged SQLite file, saying so
 * in Vietnamese and English, instead of answering 200 to writes that cannot be kept.
 */
import { type Database, type DatabaseConfig, openDatabase, sqliteProblems } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type DataDirLock, lockDatabaseFile } from './data-dir-lock.js';

const damaged = (file: string, problems: string[]) =>
  new AppError(
    'database.damaged',
    'invalid',
    {
      vi: `Tệp CSDL ${file} bị hỏng (kiểm tra quick_check không đạt); máy chủ không khởi động. Khôi phục từ bản sao lưu: ntm restore TỆP`,
      en: `The database file ${file} is damaged (quick_check failed); the server does not start. Restore a backup: ntm restore FILE`,
    },
    problems.map((p) => ({ path: file, message: p })),
  );

/** Opens the configured database for serving: locked and checked when it is a SQLite file. */
export function openServedDatabase(config: DatabaseConfig): { database: Database; lock: DataDirLock | null } {
  const file = config.url ? undefined : config.sqliteFile;
  if (!file || file === ':memory:') return { database: openDatabase(config), lock: null };
  const lock = lockDatabaseFile(file, 'serve');
  let database: Database;
  try {
    database = openDatabase(config);
  } catch (e) {
    lock.release();
    throw damaged(file, [e instanceof Error ? e.message : String(e)]);
  }
  const problems = database.sqlite ? sqliteProblems(database.sqlite) : [];
  if (problems.length > 0) {
    void database.close();
    lock.release();
    throw damaged(file, problems);
  }
  return { database, lock };
}
