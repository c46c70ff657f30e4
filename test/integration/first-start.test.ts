/** A real installation ships no default password: the first start creates the administrator from one given. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdministrator } from '../../src/cli/admin-setup.js';
import { login } from '../../src/services/auth.service.js';
import { needsAdministrator } from '../../src/services/user.service.js';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';

describe('first start without the demo', () => {
  let t: TestDatabase;
  const saved = process.env.NTM_ADMIN_PASSWORD_FILE;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.NTM_ADMIN_PASSWORD_FILE;
    else process.env.NTM_ADMIN_PASSWORD_FILE = saved;
    await t.close();
  });

  it('has no account that can sign in, and refuses to start without a password when no terminal asks', async () => {
    expect(await needsAdministrator(t.ctx)).toBe(true);
    delete process.env.NTM_ADMIN_PASSWORD_FILE;
    await expect(ensureAdministrator(t.ctx)).rejects.toMatchObject({ code: 'cli.usage' });
    await expect(login(t.ctx, 'admin', 'admin')).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('refuses a short password and creates the administrator from NTM_ADMIN_PASSWORD_FILE', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'ntm-admin-')), 'pw');
    await writeFile(file, 'ngan\n');
    process.env.NTM_ADMIN_PASSWORD_FILE = file;
    await expect(ensureAdministrator(t.ctx)).rejects.toMatchObject({ code: 'auth.weak_password' });
    await writeFile(file, 'mat-khau-quan-tri-2026\n');
    await ensureAdministrator(t.ctx);
    expect(await needsAdministrator(t.ctx)).toBe(false);
    expect((await login(t.ctx, 'admin', 'mat-khau-quan-tri-2026')).actor.role).toBe('admin');
  });
});
