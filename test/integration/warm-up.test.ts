/** The board prepared at start: kept for the first reader; a database with nothing to show only logs. */
import { afterEach, describe, expect, it } from 'vitest';
import { warmUpBoards } from '../../src/http/warm-up.js';
import { board } from '../../src/services/board.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const recorder = () => {
  const lines: { level: string; msg: string; data?: Record<string, unknown> | undefined }[] = [];
  return {
    lines,
    log: {
      info: (msg: string, data?: Record<string, unknown>) => lines.push({ level: 'info', msg, data }),
      warn: (msg: string, data?: Record<string, unknown>) => lines.push({ level: 'warn', msg, data }),
    },
  };
};

describe.each(DIALECTS)('warm-up at start on %s', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(() => t?.close());

  it('keeps the national board of today for the first reader', async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    const r = recorder();
    await warmUpBoards(t.database, r.log, '2022-12-31');
    expect(r.lines).toMatchObject([{ level: 'info', msg: 'national board ready' }]);
    const first = await board(t.ctx, { asOf: '2022-12-31' });
    expect(await board(t.ctx, { asOf: '2022-12-31' })).toBe(first);
    expect(r.lines[0]?.data?.communes).toBe(first.rows.length);
  });

  it('logs and carries on when there is no board to prepare', async () => {
    t = await openTestDatabase(dialect);
    const r = recorder();
    await expect(warmUpBoards(t.database, r.log)).resolves.toBeUndefined();
    expect(r.lines).toMatchObject([{ level: 'warn', msg: 'national board not prepared at start' }]);
  });
});
