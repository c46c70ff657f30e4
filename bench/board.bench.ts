/**
 * The board on a loaded database: the whole country and one province, through the service
 * (board()), beside the SQL read of the values in force alone (repository and raw driver), so
 * the split between SQL and evaluation is visible. Results are checked against the bare loop.
 */
import { indicatorValueRepository } from '../src/db/repositories/indicator-value.repository.js';
import { board, boardUncached } from '../src/services/board.service.js';
import { decodeValue } from '../src/services/value.codec.js';
import { recordValues } from '../src/services/value.service.js';
import type { BenchDatabase } from './databases.js';
import type { NationalDataset } from './national-dataset.js';
import { fmtMs, medians, note, problem, record, time } from './report.js';

const RUNS = 5;

function checkBoard(
  b: BenchDatabase,
  what: string,
  got: { rows: unknown[]; summary: { totalMet: number } },
  communes: number,
  met: number,
) {
  if (got.rows.length !== communes) problem(`${b.label} ${what}: ${got.rows.length} rows, expected ${communes}`);
  if (got.summary.totalMet !== met) problem(`${b.label} ${what}: ${got.summary.totalMet} criteria met, the bare loop counts ${met}`);
}

/**
 * The national board read right after a value write (the value written again as it was, so the
 * figures the bare loop counts still hold), median of RUNS writes to different communes; then the
 * board kept and brought up to date must serialise exactly as the board computed afresh.
 */
async function afterOneWrite(b: BenchDatabase, ds: NationalDataset, asOf: string) {
  const { ctx } = b;
  const setCode = ds.set.code;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const commune = ds.communes[(i * 1597) % ds.communes.length] as { code: string };
    const rows = await indicatorValueRepository.detailAsOf(ctx.database.db, setCode, commune.code, asOf);
    const row = rows.find((r) => r.notApplicable === 0 && r.valueNum !== null);
    if (!row) continue;
    const kind = ds.set.criteria.flatMap((c) => c.indicators).find((x) => x.code === row.indicatorCode)?.kind;
    await recordValues(ctx, { unitCode: commune.code, setCode, asOf: row.asOf, values: { [row.indicatorCode]: decodeValue(kind, row) } });
    times.push((await time(() => board(ctx, { asOf }))).ms);
  }
  const kept = JSON.stringify(await board(ctx, { asOf }));
  if (kept !== JSON.stringify(await boardUncached(ctx, { asOf })))
    problem(`${b.label}: the national board brought up to date after writes differs from the board computed afresh`);
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** `met[i]`: criteria met by commune i on `asOf` (from the bare loop). */
export async function benchBoard(b: BenchDatabase, ds: NationalDataset, asOf: string, met: Uint8Array) {
  const { ctx } = b;
  const ex = ctx.database.db;
  const setCode = ds.set.code;
  const total = met.reduce((a, m) => a + m, 0);

  const first = await time(() => board(ctx, { asOf }));
  note(`first national board (cold caches): ${fmtMs(first.ms)}`);
  checkBoard(b, 'national board', first.result, ds.communes.length, total);

  const {
    board: tBoard,
    repo: tRepo,
    raw: tRaw,
  } = await medians(
    {
      // Uncached: computed afresh, as after a write that is not about values (units, catalogue).
      board: () => boardUncached(ctx, { asOf }),
      repo: () => indicatorValueRepository.asOf(ex, setCode, null, asOf),
      raw: () => b.raw.readAsOf(setCode, asOf),
    },
    RUNS,
  );
  const rows = (await indicatorValueRepository.asOf(ex, setCode, null, asOf)).length;
  note(`values in force: ${rows} rows; SQL read via the repository ${fmtMs(tRepo)}, via the raw driver ${fmtMs(tRaw)}`);
  note(
    `split: SQL read ≈ ${((tRepo / tBoard) * 100).toFixed(0)} % of board(); the rest (units, statuses, sets, decode, evaluate, sort) ≈ ${fmtMs(Math.max(0, tBoard - tRepo))}`,
  );
  const { cached: tCached } = await medians({ cached: () => board(ctx, { asOf }) }, RUNS);
  const tWrite = await afterOneWrite(b, ds, asOf);
  record({
    section: `board ${b.label}`,
    name: `board() whole country after one value write (only that commune evaluated again)`,
    value: fmtMs(tWrite),
    baseline: `uncached ${fmtMs(tBoard)}`,
    ratio: `${(tWrite / tBoard).toFixed(3)}×`,
    target: '≤ 300 ms',
    ok: tWrite <= 300,
  });
  record({
    section: `board ${b.label}`,
    name: `board() whole country, cached until the next write`,
    value: fmtMs(tCached),
    baseline: `uncached ${fmtMs(tBoard)}`,
    ratio: `${(tCached / tBoard).toFixed(3)}×`,
    target: '≤ 300 ms',
    ok: tCached <= 300,
  });
  record({
    section: `board ${b.label}`,
    name: `board() whole country uncached, ${ds.communes.length} communes`,
    value: fmtMs(tBoard),
    baseline: `SQL read ${fmtMs(tRepo)} (raw ${fmtMs(tRaw)})`,
    ratio: `${(tBoard / tRepo).toFixed(1)}× SQL`,
    target: '≤ 300 ms',
    ok: tBoard <= 300,
  });

  const province = ds.provinces[0];
  if (!province) return;
  const idx = ds.communes.flatMap((c, i) => (c.provinceCode === province.code ? [i] : []));
  const codes = idx.map((i) => (ds.communes[i] as { code: string }).code);
  const provMet = idx.reduce((a, i) => a + (met[i] as number), 0);
  checkBoard(b, `board ${province.code}`, await board(ctx, { unitCode: province.code, asOf }), codes.length, provMet);
  const { board: tProv, repo: tProvRepo } = await medians(
    {
      board: () => boardUncached(ctx, { unitCode: province.code, asOf }),
      repo: () => indicatorValueRepository.asOf(ex, setCode, codes, asOf),
    },
    RUNS,
  );
  record({
    section: `board ${b.label}`,
    name: `board() province ${province.code}, ${codes.length} communes`,
    value: fmtMs(tProv),
    baseline: `SQL read ${fmtMs(tProvRepo)}`,
    ratio: `${(tProv / tProvRepo).toFixed(1)}× SQL`,
    target: '≤ 300 ms',
    ok: tProv <= 300,
  });
}
