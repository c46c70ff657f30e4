/**
 * Boards kept across writes on each database: after random value writes and reviews (some racing
 * the reads), every kept board — brought up to date commune by commune — serialises to exactly the
 * same bytes as the board computed afresh from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoardInput, board, boardUncached } from '../../src/services/board.service.js';
import { getSet } from '../../src/services/catalog.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { reviewValue } from '../../src/services/review.service.js';
import { createUser } from '../../src/services/user.service.js';
import { recordValues, valueHistory } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const BOARDS: BoardInput[] = [
  { asOf: '2021-12-31' },
  { asOf: '2022-12-31' },
  { unitCode: '664', asOf: '2022-06-30' },
  { unitCode: '664', asOf: '2022-12-31' },
  { unitCode: '24703', asOf: '2022-12-31' },
];
const DATES = ['2021-12-31', '2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'];

/** mulberry32: the same "random" writes on every run and database. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(DIALECTS)('boards kept across writes on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  const same = async () => {
    for (const input of BOARDS) {
      const kept = JSON.stringify(await board(t.ctx, input));
      expect(kept, JSON.stringify(input)).toBe(JSON.stringify(await boardUncached(t.ctx, input)));
    }
  };

  it('brings kept boards up to date after random writes and reviews, byte for byte', async () => {
    const random = rng(20251129);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
    const set = await getSet(t.ctx, SET);
    const indicators = set.criteria.flatMap((c) => c.indicators);
    const communes = (await board(t.ctx, { unitCode: '664', asOf: '2022-06-30' })).rows.map((r) => r.unitCode);
    const valueFor = (i: (typeof indicators)[number]) => {
      if (i.appliesIfPresent && random() < 0.2) return 'not_applicable';
      if (i.kind === 'boolean') return random() < 0.7;
      if (i.kind === 'zero') return random() < 0.7 ? 0 : 1 + Math.floor(random() * 3);
      return Math.round(random() * 1000) / 10;
    };
    const writeOne = async () => {
      const unitCode = pick(communes);
      const asOf = pick(DATES);
      if (random() < 0.3) {
        const indicator = pick(indicators);
        const at = (await valueHistory(t.ctx, { unitCode, setCode: SET, indicatorCode: indicator.code })).find((v) => v.asOf === asOf);
        if (at) {
          const action = random() < 0.7 ? 'verify' : 'return';
          return reviewValue(t.ctx, {
            unitCode,
            setCode: SET,
            indicatorCode: indicator.code,
            asOf,
            action,
            comment: 'kiểm tra',
            expectedVersion: at.version,
          });
        }
      }
      const values = Object.fromEntries(
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(indicators)).map((i) => [i.code, valueFor(i)]),
      );
      return recordValues(t.ctx, { unitCode, setCode: SET, asOf, values });
    };

    await same();
    let writes = 0;
    for (let round = 0; round < 12; round++) {
      for (let w = 0; w < 1 + Math.floor(random() * 3); w++) {
        await writeOne();
        writes++;
      }
      if (round % 3 === 2) {
        // Reads racing writes: whatever each read keeps must still be brought up to date.
        await Promise.all([writeOne(), ...BOARDS.map((b) => board(t.ctx, b)), writeOne(), board(t.ctx, BOARDS[0] as BoardInput)]);
        writes += 2;
      }
      await same();
    }
    expect(writes).toBeGreaterThan(20);
  });

  it('keeps a board untouched by a write elsewhere or by a write that is not about values', async () => {
    const own = { unitCode: '24703', asOf: '2022-12-31' };
    const before = await board(t.ctx, own);
    await recordValues(t.ctx, { unitCode: '24692', setCode: SET, asOf: '2022-12-31', values: { '9.2': 50 } });
    await createUser(t.ctx, {
      username: 'cache.test',
      displayName: 'Thử',
      password: 'mat-khau-du-dai-2025',
      role: 'leader',
      unitCode: '664',
    });
    expect(await board(t.ctx, own)).toBe(before);
    await recordValues(t.ctx, { unitCode: '24703', setCode: SET, asOf: '2022-12-31', values: { '9.2': 50 } });
    expect(await board(t.ctx, own)).not.toBe(before);
    await same();
  });
});
