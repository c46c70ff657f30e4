/**
 * `ntm backup FILE` / `ntm restore FILE`: one archive holds the SQLite database (online backup) and
 * every stored file, with sha256 checksums checked on restore. Restore refuses while a server holds
 * the database, and replaces nothing until the whole backup has been checked. On PostgreSQL the
 * archive holds the files only; the database goes with pg_dump/pg_restore (docs/operations.md).
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { configFromEnv, openDatabase, sqliteProblems } from '../../db/database.js';
import { invalid } from '../../domain/errors.js';
import { DATABASE_ENTRY, FILES_DIR, isTarArchive, packArchive, stageFiles, unpackVerified } from '../backup-archive.js';
import { lockDatabaseFile } from '../data-dir-lock.js';
import { usageError } from '../runtime.js';

const PG_NOTE = {
  vi: 'CSDL PostgreSQL không nằm trong tệp này: sao lưu bằng pg_dump -Fc "$DATABASE_URL" -f ntm.dump, khôi phục bằng pg_restore (xem docs/operations.md)',
  en: 'The PostgreSQL database is not in this file: back it up with pg_dump -Fc "$DATABASE_URL" -f ntm.dump and restore with pg_restore (see docs/operations.md)',
};

const dataDir = () => resolve(process.env.DATA_DIR ?? 'data');
const filesDir = () => join(dataDir(), FILES_DIR);
/** A scratch folder inside DATA_DIR, so the final renames stay on one file system. */
const scratch = async (what: string) => {
  const dir = join(dataDir(), `.${what}-${randomBytes(6).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
};

export async function backupCommand(target: string | undefined): Promise<string> {
  if (!target) throw usageError('Thiếu tệp đích: ntm backup FILE', 'Missing target: ntm backup FILE');
  const config = configFromEnv();
  const staging = await scratch('backup');
  try {
    if (!config.url && config.sqliteFile) {
      // The database first: files are never deleted, so any file it names is then in the store.
      const database = openDatabase({ sqliteFile: config.sqliteFile });
      try {
        await database.sqlite?.backup(join(staging, DATABASE_ENTRY));
      } finally {
        await database.close();
      }
    }
    await stageFiles(filesDir(), staging);
    const partial = `${target}.partial`;
    const manifest = await packArchive(staging, partial, config.url ? 'postgresql' : 'sqlite');
    await rename(partial, target);
    const files = manifest.files.filter((f) => f.path.startsWith(`${FILES_DIR}/`)).length;
    const done = `Đã sao lưu ${config.url ? '' : 'CSDL và '}${files} tệp lưu trữ vào ${target} / backed up ${config.url ? '' : 'the database and '}${files} stored files to ${target}`;
    return config.url ? `${done}\n${PG_NOTE.vi}\n${PG_NOTE.en}` : done;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function checkOurDatabase(file: string, source: string) {
  let problems: string[];
  try {
    const probe = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const ok = probe
        .prepare("select count(*) as n from sqlite_master where type = 'table' and name in ('kysely_migration', 'indicator_value')")
        .get() as { n: number };
      problems = ok.n === 2 ? sqliteProblems(probe) : ['missing tables'];
    } finally {
      probe.close();
    }
  } catch (e) {
    problems = [String(e)];
  }
  if (problems.length > 0) {
    throw invalid(
      'backup.invalid',
      { vi: `${source} không phải bản sao lưu của Nông thôn mới`, en: `${source} is not a Nông thôn mới backup` },
      problems.slice(0, 5).map((p) => ({ path: source, message: p })),
    );
  }
}

/** Puts the database file in place of the live one (its WAL and shared memory go with the old one). */
async function replaceDatabase(from: string, target: string) {
  await Promise.all([rm(`${target}-wal`, { force: true }), rm(`${target}-shm`, { force: true })]);
  await rename(from, target).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EXDEV') throw e;
    await copyFile(from, `${target}.restoring`); // DATA_DIR and the database on different file systems
    await rename(`${target}.restoring`, target);
  });
}

/** Swaps the restored file store in, removing the files the backup does not hold. */
async function replaceFiles(from: string) {
  const old = `${filesDir()}.old-${randomBytes(4).toString('hex')}`;
  await rename(filesDir(), old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await rename(from, filesDir()).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    return mkdir(filesDir(), { recursive: true });
  });
  await rm(old, { recursive: true, force: true });
}

export async function restoreCommand(source: string | undefined): Promise<string> {
  if (!source) throw usageError('Thiếu tệp sao lưu: ntm restore FILE', 'Missing backup file: ntm restore FILE');
  await stat(source).catch(() => {
    throw invalid('backup.not_found', { vi: `Không thấy tệp ${source}`, en: `File ${source} not found` });
  });
  const config = configFromEnv();
  const target = config.url ? undefined : config.sqliteFile;
  // Refuse at once while a server holds the database; hold it ourselves until done.
  const lock = target ? lockDatabaseFile(target, 'restore') : null;
  try {
    if (!(await isTarArchive(source))) return await restoreBareDatabase(source, target);
    const unpacked = await scratch('restore');
    try {
      const manifest = await unpackVerified(source, unpacked);
      if (target) {
        if (manifest.database !== 'sqlite')
          throw invalid('backup.no_database', {
            vi: `${source} không chứa CSDL (bản sao lưu của hệ thống chạy PostgreSQL)`,
            en: `${source} holds no database (a backup of a PostgreSQL installation)`,
          });
        checkOurDatabase(join(unpacked, DATABASE_ENTRY), source);
        await replaceDatabase(join(unpacked, DATABASE_ENTRY), target);
      }
      await replaceFiles(join(unpacked, FILES_DIR));
      const files = manifest.files.filter((f) => f.path.startsWith(`${FILES_DIR}/`)).length;
      const done = target
        ? `Đã khôi phục CSDL ${target} và ${files} tệp lưu trữ từ ${source} / restored the database and ${files} stored files from ${source}`
        : `Đã khôi phục ${files} tệp lưu trữ từ ${source} / restored ${files} stored files from ${source}`;
      return target ? done : `${done}\n${PG_NOTE.vi}\n${PG_NOTE.en}`;
    } finally {
      await rm(unpacked, { recursive: true, force: true });
    }
  } finally {
    lock?.release();
  }
}

/** A backup made before files were included: the SQLite file alone. The stored files stay as they are. */
async function restoreBareDatabase(source: string, target: string | undefined): Promise<string> {
  if (!target) throw usageError(PG_NOTE.vi, PG_NOTE.en);
  checkOurDatabase(source, source);
  const dir = await scratch('restore');
  try {
    const copy = join(dir, DATABASE_ENTRY);
    await copyFile(source, copy);
    await replaceDatabase(copy, target);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return [
    `Đã khôi phục ${target} từ ${source} (bản sao lưu cũ, chỉ có CSDL: các tệp lưu trữ giữ nguyên) / restored ${target} from ${source} (an older, database-only backup: stored files left as they are)`,
  ].join('\n');
}
