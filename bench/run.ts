/**
 * `npm run bench`: generates the national dataset, then times evaluation in memory, loading into
 * SQLite (and PostgreSQL when NTM_BENCH_PG_URL or NTM_TEST_PG_URL is set) and the national board.
 * Slow figures never fail the run; only errors and results that disagree do (exit code 1).
 */
import { SYSTEM_ACTOR } from '../src/services/context.js';
import { benchBoard } from './board.bench.js';
import { type BenchDatabase, loadReferenceData, openBenchPostgres, openBenchSqlite } from './databases.js';
import { fullRows, seriesRows } from './dataset-views.js';
import { benchEvaluate, prepareBare, runBare } from './evaluate.bench.js';
import { benchLoad } from './load.bench.js';
import { asOfOf, generateNationalDataset, type NationalDataset, YEARS } from './national-dataset.js';
import { fmtMs, hasProblems, note, printSummary, section, time } from './report.js';

const COMMUNES = Number(process.env.NTM_BENCH_COMMUNES ?? 8000);
const PG_URL = process.env.NTM_BENCH_PG_URL ?? process.env.NTM_TEST_PG_URL;

function describeDataset(ds: NationalDataset, ms: number) {
  const dbkk = ds.communes.filter((c) => c.profile.statuses.includes('dbkk')).length;
  const regions = new Map<string, number>();
  for (const c of ds.communes) regions.set(c.profile.region, (regions.get(c.profile.region) ?? 0) + 1);
  note(`generated in ${fmtMs(ms)}: ${ds.provinces.length} provinces, ${ds.communes.length} communes, ${ds.indicators.length} indicators`);
  note(
    `regions: ${[...regions].map(([r, n]) => `${r} ${n}`).join(', ')}; ĐBKK ${dbkk} (${((dbkk / ds.communes.length) * 100).toFixed(1)} %)`,
  );
  const nCrit = ds.set.criteria.length;
  YEARS.forEach((year, y) => {
    const p = prepareBare(ds, y);
    runBare(p);
    const met = [...p.met];
    const avg = met.reduce((a, b) => a + b, 0) / met.length;
    const full = met.filter((m) => m === nCrit).length;
    note(
      `${asOfOf(year)}: criteria met per commune ${Math.min(...met)}–${Math.max(...met)} of ${nCrit} (avg ${avg.toFixed(1)}, ` +
        `${((avg / nCrit) * 100).toFixed(0)} %); all ${nCrit} met: ${full} communes`,
    );
  });
}

async function onDatabase(
  open: () => Promise<BenchDatabase>,
  ds: NationalDataset,
  rows: Parameters<typeof benchLoad>[1],
  full: Parameters<typeof benchLoad>[2],
  met: Uint8Array,
) {
  const b = await open();
  try {
    section(`${b.label}: setup (not measured)`);
    const setup = await time(() => loadReferenceData(b, ds));
    note(`migrate + catalogue + demo set + ${ds.tree.units.length} units (importUnitTree) + set assignments: ${fmtMs(setup.ms)}`);
    section(`${b.label}: load ${rows.length} indicator values`);
    await benchLoad(b, rows, full, ds.communes.length);
    if (b.raw.analyze) {
      await b.raw.analyze();
      note('ANALYZE run after the load (what autovacuum would do shortly after a bulk insert)');
    }
    section(`${b.label}: board on ${asOfOf(YEARS[YEARS.length - 1] as number)}`);
    await benchBoard(b, ds, asOfOf(YEARS[YEARS.length - 1] as number), met);
  } finally {
    await b.close();
  }
}

async function main() {
  console.log(`Nông thôn mới benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
  section('Dataset (synthetic, deterministic)');
  const gen = await time(() => generateNationalDataset({ communes: COMMUNES }));
  const ds = gen.result;
  describeDataset(ds, gen.ms);

  section(`Evaluate the whole country in memory (${ds.set.code})`);
  const met = await benchEvaluate(ds);

  const rows = seriesRows(ds);
  const full = fullRows(ds, SYSTEM_ACTOR.id, new Date().toISOString());
  await onDatabase(async () => openBenchSqlite(), ds, rows, full, met);
  if (PG_URL) await onDatabase(() => openBenchPostgres(PG_URL), ds, rows, full, met);
  else note('\nPostgreSQL skipped: set NTM_BENCH_PG_URL (or NTM_TEST_PG_URL) to an admin URL to include it');

  printSummary();
  if (hasProblems()) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
