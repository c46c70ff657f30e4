/** `ntm backup` / `ntm restore`: the database with every stored file, checksums, the lock of a running server, the start-up check. */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, extract } from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_ENTRY } from '../../src/cli/backup-archive.js';
import { backupCommand, restoreCommand } from '../../src/cli/commands/backup.command.js';
import { lockDatabaseFile, lockPathOf } from '../../src/cli/data-dir-lock.js';
import { withContext } from '../../src/cli/runtime.js';
import { openServedDatabase } from '../../src/cli/serve-guard.js';
import { configFromEnv, openDatabase } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import { board } from '../../src/services/board.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { createEvidenceStore } from '../../src/storage/evidence-store.js';
import { signIn } from '../support/app.js';
import { multipart, PDF, PNG } from '../support/multipart.js';

const SET = 'demo-krong-no-ntm-2022';

/** The server of DATA_DIR in this process, for uploads and downloads over HTTP. */
async function withServer<T>(fn: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>): Promise<T> {
  const database = openDatabase(configFromEnv());
  const app = await buildApp({ database, evidenceStore: createEvidenceStore(join(process.env.DATA_DIR as string, 'evidence')) });
  try {
    return await fn(app);
  } finally {
    await app.close();
    await database.close();
  }
}

async function upload(files: Array<{ name: string; content: Buffer; indicator: string }>) {
  await withServer(async (app) => {
    const s = await signIn(app, 'xa.namnung');
    for (const f of files) {
      const body = multipart({ set: SET, asOf: '2022-06-30', indicator: f.indicator }, { name: f.name, content: f.content });
      const r = await s.request({ method: 'POST', url: '/api/v1/units/24703/evidence', ...body });
      expect(r.statusCode).toBe(201);
    }
  });
}

/** Every evidence item of Nâm Nung and what its download answers. */
const downloads = () =>
  withServer(async (app) => {
    const s = await signIn(app, 'vpntm.krongno');
    const items = (await s.request({ method: 'GET', url: `/api/v1/units/24703/evidence?set=${SET}` })).json().items as Array<{
      id: string;
      fileName: string;
    }>;
    return Promise.all(
      items.map(async (i) => {
        const r = await s.request({ method: 'GET', url: `/api/v1/evidence/${i.id}` });
        return { name: i.fileName, status: r.statusCode, bytes: r.rawPayload, body: r.statusCode === 200 ? null : r.json() };
      }),
    );
  });

describe('SQLite backup and restore', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ntm-backup-'));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  // The demo's board on 31/12/2022 gives the district's real total, 164 (krong-no-years.json).
  const totalMet = () => withContext(async (ctx) => (await board(ctx, { unitCode: '664', asOf: '2022-12-31' })).summary.totalMet);

  it('backs up a live database and restores it, undoing later changes', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const file = join(dir, 'backup.ntm');
    expect(await backupCommand(file)).toContain(file);
    await withContext((ctx) =>
      recordValues(ctx, {
        unitCode: '24692',
        setCode: SET,
        asOf: '2022-12-31',
        values: { '9.1': 0, '9.2': 90, '18.1': true, '18.2': true, '18.3': true, '18.4': true, '18.5': true },
      }),
    );
    expect(await totalMet()).toBe(165);
    expect(await restoreCommand(file)).toContain('khôi phục');
    expect(await totalMet()).toBe(164);
  });

  it('carries every evidence file: restored into a fresh DATA_DIR, each download gives the same bytes', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const files = [
      { name: 'bien-ban.pdf', content: PDF, indicator: '9.1' },
      { name: 'anh-nha-van-hoa.png', content: PNG, indicator: '6.1' },
      { name: 'bien-ban-2.pdf', content: Buffer.concat([PDF, Buffer.from('% hai\n')]), indicator: '9.2' },
    ];
    await upload(files);
    const before = await downloads();
    expect(before.map((d) => d.status)).toEqual([200, 200, 200]);
    const file = join(await mkdtemp(join(tmpdir(), 'ntm-backup-file-')), 'sao-luu.ntm');
    expect(await backupCommand(file)).toContain('3 tệp');

    process.env.DATA_DIR = await mkdtemp(join(tmpdir(), 'ntm-restored-'));
    expect(await restoreCommand(file)).toContain('3 tệp');
    const after = await downloads();
    expect(after.map((d) => [d.name, d.status])).toEqual(before.map((d) => [d.name, 200]));
    for (const f of files) expect(after.find((d) => d.name === f.name)?.bytes.equals(f.content)).toBe(true);
    await rm(process.env.DATA_DIR, { recursive: true, force: true });
  });

  it('answers 404 with a message, not 500, for an evidence item whose file is gone', async () => {
    await withContext((ctx) => seedDemo(ctx));
    await upload([{ name: 'bien-ban.pdf', content: PDF, indicator: '9.1' }]);
    const evidence = join(dir, 'evidence');
    for (const sub of await readdir(evidence)) await rm(join(evidence, sub), { recursive: true });
    const [d] = await downloads();
    expect(d?.status).toBe(404);
    expect(d?.body.error).toMatchObject({ code: 'file.missing', message: { vi: expect.stringContaining('không còn trong kho') } });
  });

  it('refuses a backup whose files do not match their checksums, changing nothing', async () => {
    await withContext((ctx) => seedDemo(ctx));
    await upload([{ name: 'bien-ban.pdf', content: PDF, indicator: '9.1' }]);
    const file = join(dir, 'backup.ntm');
    await backupCommand(file);
    const unpacked = await mkdtemp(join(tmpdir(), 'ntm-tamper-'));
    await extract({ file, cwd: unpacked });
    const manifest = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> };
    const stored = manifest.files.find((f) => f.path.startsWith('evidence/'))?.path as string;
    await writeFile(join(unpacked, stored), Buffer.concat([PDF, Buffer.from('sửa')]));
    const tampered = join(dir, 'tampered.ntm');
    await create({ file: tampered, cwd: unpacked }, ['manifest.json', DATABASE_ENTRY, stored]);
    await expect(restoreCommand(tampered)).rejects.toMatchObject({ code: 'backup.invalid', issues: [{ path: stored }] });
    expect((await downloads()).map((d) => d.status)).toEqual([200]);
    await rm(unpacked, { recursive: true, force: true });
  });

  it('refuses to restore a file that is not one of our backups, changing nothing', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const bogus = join(dir, 'bogus.sqlite');
    await writeFile(bogus, 'not a database');
    await expect(restoreCommand(bogus)).rejects.toMatchObject({ code: 'backup.invalid' });
    await expect(restoreCommand(join(dir, 'missing.sqlite'))).rejects.toMatchObject({ code: 'backup.not_found' });
    expect(await totalMet()).toBe(164);
  });

  it('refuses to start on a damaged database file', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const file = join(dir, 'ntm.sqlite');
    const bytes = await readFile(file);
    // Overwrite pages in the middle of the file (not the header): SQLite opens it, quick_check does not pass.
    bytes.fill(0x5a, 8192, Math.min(bytes.length - 4096, 8192 + 64 * 4096));
    await writeFile(file, bytes);
    expect(() => openServedDatabase(configFromEnv())).toThrow(expect.objectContaining({ code: 'database.damaged' }));
    expect(() => lockDatabaseFile(file, 'restore').release()).not.toThrow(); // the refused start left no lock
  });

  it('serves a first run whose data folder does not exist yet (DATA_DIR on a fresh machine)', () => {
    const file = join(dir, 'chua-co', 'thu-muc', 'ntm.sqlite');
    const { database, lock } = openServedDatabase({ sqliteFile: file });
    expect(lock?.path).toBe(`${file}.lock`);
    lock?.release();
    return database.close();
  });

  it('refuses to restore while a live process holds the database, and takes over a dead one’s lock', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const file = join(dir, 'backup.ntm');
    await backupCommand(file);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    await writeFile(
      lockPathOf(join(dir, 'ntm.sqlite')),
      JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname(), purpose: 'serve', since: 'now' }),
    );
    await expect(restoreCommand(file)).rejects.toMatchObject({ code: 'database.in_use' });
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    expect(await restoreCommand(file)).toContain('khôi phục');
  });
});

describe('backup of the file store of a PostgreSQL installation', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('packs the stored files only (pg_dump holds the database), and restores them checked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ntm-pg-files-'));
    process.env.DATA_DIR = dir;
    // ntm backup never connects for the files part: the URL only says the database is PostgreSQL.
    process.env.DATABASE_URL = 'postgres://ntm@127.0.0.1:5432/ntm';
    const store = createEvidenceStore(join(dir, 'evidence'));
    const stored = [await store.put(PDF), await store.put(PNG)];
    const file = join(dir, 'files.ntm');
    const said = await backupCommand(file);
    expect(said).toContain('2 tệp');
    expect(said).toContain('pg_dump');
    process.env.DATA_DIR = await mkdtemp(join(tmpdir(), 'ntm-pg-files-restored-'));
    expect(await restoreCommand(file)).toContain('pg_restore');
    const restored = createEvidenceStore(join(process.env.DATA_DIR, 'evidence'));
    expect((await restored.get(stored[0]?.sha256 as string)).equals(PDF)).toBe(true);
    expect((await restored.get(stored[1]?.sha256 as string)).equals(PNG)).toBe(true);
    await rm(process.env.DATA_DIR, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });
});

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

describe('ntm restore beside a running ntm serve', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses while the server runs, and restores once it has stopped', { timeout: 90_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ntm-serve-lock-'));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    await withContext((ctx) => seedDemo(ctx));
    const file = join(dir, 'backup.ntm');
    await backupCommand(file);
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo', '--port', String(port)], {
      env: { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    await new Promise<void>((ready, fail) => {
      server.stderr.on('data', (b: Buffer) => {
        log += b.toString();
        if (log.includes('Nông thôn mới: http')) ready();
      });
      server.once('exit', (code) => fail(new Error(`serve exited ${code}: ${log}`)));
    });
    try {
      await expect(restoreCommand(file)).rejects.toMatchObject({ code: 'database.in_use', details: { pid: server.pid } });
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect(health.status).toBe(200);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    expect(await restoreCommand(file)).toContain('khôi phục');
    await rm(dir, { recursive: true, force: true });
  });
});
