/** `ntm backup` / `ntm restore` on the embedded SQLite database. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupCommand, restoreCommand } from '../../src/cli/commands/backup.command.js';
import { withContext } from '../../src/cli/runtime.js';
import { board } from '../../src/services/board.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { recordValues } from '../../src/services/value.service.js';

describe('SQLite backup and restore', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ntm-backup-'));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  const totalMet = () => withContext(async (ctx) => (await board(ctx, { unitCode: '664', asOf: '2022-12-31' })).summary.totalMet);

  it('backs up a live database and restores it, undoing later changes', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const file = join(dir, 'backup.sqlite');
    expect(await backupCommand(file)).toContain(file);
    await withContext((ctx) =>
      recordValues(ctx, {
        unitCode: '24692',
        setCode: 'demo-krong-no-ntm-2022',
        asOf: '2022-12-31',
        values: { '9.1': 0, '9.2': 90, '18.1': true, '18.2': true, '18.3': true, '18.4': true, '18.5': true },
      }),
    );
    expect(await totalMet()).toBe(180);
    expect(await restoreCommand(file)).toContain('khôi phục');
    expect(await totalMet()).toBe(178);
  });

  it('refuses to restore a file that is not one of our backups, changing nothing', async () => {
    await withContext((ctx) => seedDemo(ctx));
    const bogus = join(dir, 'bogus.sqlite');
    await writeFile(bogus, 'not a database');
    await expect(restoreCommand(bogus)).rejects.toMatchObject({ code: 'backup.invalid' });
    await expect(restoreCommand(join(dir, 'missing.sqlite'))).rejects.toMatchObject({ code: 'backup.not_found' });
    expect(await totalMet()).toBe(178);
  });
});
