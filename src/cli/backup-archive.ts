/**
 * The backup file: a tar archive of `manifest.json` (format, date, every file with its size and
 * sha256), the SQLite database `ntm.sqlite` (absent on PostgreSQL, which pg_dump backs up) and the
 * stored files under `evidence/` (evidence and plan/supervision attachments, one store). Restore
 * unpacks into a folder beside the data and refuses it unless every file matches the manifest.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { create, extract } from 'tar';
import { invalid } from '../domain/errors.js';

export const MANIFEST = 'manifest.json';
export const DATABASE_ENTRY = 'ntm.sqlite';
export const FILES_DIR = 'evidence';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 'ntm-backup';
  version: 1;
  createdAt: string;
  /** What holds the database: the SQLite file in this archive, or PostgreSQL (backed up with pg_dump). */
  database: 'sqlite' | 'postgresql';
  files: ManifestFile[];
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Every regular file under `dir`, as paths relative to it with `/` separators. */
async function walk(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, base)));
    else if (e.isFile() && !e.name.endsWith('.tmp')) out.push(relative(base, p).split(sep).join('/'));
  }
  return out.sort();
}

/** Hard-links (or copies, across file systems) the stored files into `staging/evidence`. */
export async function stageFiles(filesDir: string, staging: string): Promise<void> {
  for (const rel of await walk(filesDir)) {
    const to = join(staging, FILES_DIR, rel);
    await mkdir(join(to, '..'), { recursive: true });
    await link(join(filesDir, rel), to).catch(() => copyFile(join(filesDir, rel), to));
  }
}

/** Writes the manifest of everything in `staging` and packs it into `target`. */
export async function packArchive(staging: string, target: string, database: Manifest['database']): Promise<Manifest> {
  const files: ManifestFile[] = [];
  for (const path of await walk(staging)) {
    const full = join(staging, path);
    files.push({ path, size: (await stat(full)).size, sha256: await sha256File(full) });
  }
  const manifest: Manifest = { format: 'ntm-backup', version: 1, createdAt: new Date().toISOString(), database, files };
  await writeFile(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  await create({ file: target, cwd: staging, portable: true }, [MANIFEST, ...files.map((f) => f.path)]);
  return manifest;
}

const ALLOWED = new RegExp(`^(${MANIFEST}|${DATABASE_ENTRY}|${FILES_DIR}/[0-9a-f]{2}/[0-9a-f]{64})$`);

const refused = (source: string, why: { vi: string; en: string }, problems: string[] = []) =>
  invalid(
    'backup.invalid',
    { vi: `${source} không dùng được để khôi phục: ${why.vi}`, en: `${source} cannot be restored: ${why.en}` },
    problems.slice(0, 20).map((p) => ({ path: p, message: why.en })),
  );

/** True when `file` starts like a tar archive (the "ustar" magic at offset 257). */
export async function isTarArchive(file: string): Promise<boolean> {
  const head = Buffer.alloc(262);
  const fh = await open(file, 'r');
  try {
    await fh.read(head, 0, 262, 0);
  } finally {
    await fh.close();
  }
  return head.subarray(257, 262).toString('latin1') === 'ustar';
}

/** Unpacks `source` into `into` and checks it against its manifest; refuses a mismatch. */
export async function unpackVerified(source: string, into: string): Promise<Manifest> {
  const odd: string[] = [];
  await extract({
    file: source,
    cwd: into,
    strict: true,
    filter: (path, entry) => {
      const type = 'type' in entry ? entry.type : entry.isFile() ? 'File' : 'Directory';
      if (type === 'Directory') return true;
      const ok = type === 'File' && ALLOWED.test(path);
      if (!ok) odd.push(path);
      return ok;
    },
  }).catch((e: unknown) => {
    throw refused(source, { vi: 'không đọc được tệp nén', en: 'the archive cannot be read' }, [String(e)]);
  });
  if (odd.length > 0) throw refused(source, { vi: 'có tệp lạ trong bản sao lưu', en: 'it holds unexpected entries' }, odd);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(into, MANIFEST), 'utf8')) as Manifest;
    if (manifest.format !== 'ntm-backup' || manifest.version !== 1 || !Array.isArray(manifest.files)) throw new Error('format');
  } catch {
    throw refused(source, { vi: 'thiếu hoặc sai tệp manifest.json', en: 'manifest.json is missing or wrong' });
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  const present = (await walk(into)).filter((p) => p !== MANIFEST);
  const bad = present.filter((p) => !listed.has(p));
  for (const f of manifest.files) {
    const full = join(into, f.path);
    const size = await stat(full).then(
      (s) => s.size,
      () => -1,
    );
    if (size !== f.size || (await sha256File(full)) !== f.sha256) bad.push(f.path);
  }
  if (bad.length > 0)
    throw refused(
      source,
      { vi: 'tệp không khớp mã kiểm tra sha256 trong manifest', en: 'files do not match the sha256 checksums of the manifest' },
      bad,
    );
  return manifest;
}
