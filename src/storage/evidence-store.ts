/**
 * Evidence files on disk under DATA_DIR/evidence, addressed by their sha256: the user's file name
 * never reaches the file system, so no name can escape the folder; identical files are kept once.
 * Storing is idempotent and safe in parallel: each write goes to its own temporary name (a random
 * UUID) and is renamed into place atomically; content already stored is not written again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { notFound } from '../domain/errors.js';

/** The record exists but its file is not in the store (lost, or a restore without files): 404, never 500. */
const fileMissing = (sha256: string) =>
  notFound(
    'file.missing',
    {
      vi: 'Tệp này không còn trong kho lưu trữ của máy chủ (có thể bị mất khi khôi phục dữ liệu); hãy báo quản trị hoặc tải tệp lên lại',
      en: 'This file is no longer in the server’s file store (it may have been lost in a restore); tell the administrator or upload it again',
    },
    { sha256 },
  );

export interface EvidenceStore {
  put(content: Buffer): Promise<{ sha256: string }>;
  get(sha256: string): Promise<Buffer>;
}

export function createEvidenceStore(dir: string): EvidenceStore {
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(dir, sha256.slice(0, 2), sha256);
  };
  return {
    async put(content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const target = pathOf(sha256);
      const existing = await stat(target).catch(() => null);
      if (existing?.isFile() && existing.size === content.length) return { sha256 };
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${target}.${randomUUID()}.tmp`;
      try {
        await writeFile(tmp, content, { flag: 'wx' });
        await rename(tmp, target);
      } finally {
        await rm(tmp, { force: true });
      }
      return { sha256 };
    },
    get: (sha256) =>
      readFile(pathOf(sha256)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') throw fileMissing(sha256);
        throw e;
      }),
  };
}
