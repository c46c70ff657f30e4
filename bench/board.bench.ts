/**
 * The board on a loaded database: the whole country and one province, through the service
 * (board()), beside the SQL read of the values in force alone (repository and raw driver), so
 * the split between SQL and evaluation is visible. Results are checked against the bare loop.
 */
import { indicatorValueRepository } from '../src/db/repositories/indicator-value.repository.js';
import { board } from '../src/services/board.service.js';
import { invalidateReads } from '../src/services/read-cache.js';
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
      // Uncached: the read cache is cleared before each run, as a committed write would.
      board: () => {
        invalidateReads(ctx.database);
        return board(ctx, { asOf });
      },
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
      board: () => {
        invalidateReads(ctx.database);
        return board(ctx, { unitCode: province.code, asOf });
      },
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
