/**
 * One process owns the SQLite file at a time for the operations that must not overlap: `ntm serve`
 * and `ntm restore` each hold `ntm.sqlite.lock` (pid, host, what, since). A lock whose process has
 * died is taken over; a live one makes the other command refuse, so a restore never replaces the
 * database under a running server.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { AppError } from '../domain/errors.js';

export type LockPurpose = 'serve' | 'restore';

interface LockContent {
  pid: number;
  host: string;
  purpose: LockPurpose;
  since: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

export const lockPathOf = (sqliteFile: string) => `${sqliteFile}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? (v as LockContent) : null;
  } catch {
    return null;
  }
}

const WHAT = { serve: { vi: 'máy chủ (ntm serve)', en: 'a server (ntm serve)' }, restore: { vi: 'lệnh khôi phục', en: 'a restore' } };

/** Takes the lock of `sqliteFile` for `purpose`, or refuses while another live process holds it. */
export function lockDatabaseFile(sqliteFile: string, purpose: LockPurpose): DataDirLock {
  const path = lockPathOf(sqliteFile);
  // A first run on a fresh machine: the data folder (DATA_DIR) may not exist yet.
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockContent = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      const release = () => {
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = readLock(path);
    // Another machine's process (a shared folder) cannot be checked: treat it as alive.
    if (held && (held.host !== mine.host || isAlive(held.pid))) {
      const what = WHAT[held.purpose] ?? WHAT.serve;
      throw new AppError(
        'database.in_use',
        'conflict',
        {
          vi: `CSDL ${sqliteFile} đang được ${what.vi} dùng (tiến trình ${held.pid} trên máy ${held.host} từ ${held.since}); hãy dừng tiến trình đó trước. Nếu chắc chắn nó đã dừng, xóa tệp ${path}`,
          en: `The database ${sqliteFile} is in use by ${what.en} (process ${held.pid} on ${held.host} since ${held.since}); stop it first. If you are sure it has stopped, delete ${path}`,
        },
        [],
        { pid: held.pid, host: held.host },
      );
    }
    rmSync(path, { force: true }); // stale: its process has gone
  }
  throw new Error(`could not take the lock ${path}`);
}
