/**
 * `npm run bench`: generates the national dataset, then times evaluation in memory, loading into
 * SQLite (and PostgreSQL when NTM_BENCH_PG_URL or NTM_TEST_PG_URL is set) and the national board.
 * Slow figures never fail the run; only errors and results that disagree do (exit code 1).
 */
import { cpus, loadavg } from 'node:os';
import { SYSTEM_ACTOR } from '../src/services/context.js';
import { benchAuditVerify } from './audit.bench.js';
import { benchBoard } from './board.bench.js';
import { type BenchDatabase, loadReferenceData, openBenchPostgres, openBenchSqlite } from './databases.js';
import { fullRows, seriesRows } from './dataset-views.js';
import { benchDocuments, benchImportDb, type NationalSheet } from './documents.bench.js';
import { benchEvaluate, prepareBare, runBare } from './evaluate.bench.js';
import { benchFunding } from './funding.bench.js';
import { benchHttp } from './http.bench.js';
import { benchLoad, type RowSource } from './load.bench.js';
import { asOfOf, generateNationalDataset, type NationalDataset, YEARS } from './national-dataset.js';
import { fmtMs, hasProblems, note, printSummary, problem, record, section, time } from './report.js';

const COMMUNES = Number(process.env.NTM_BENCH_COMMUNES ?? 8000);
/** Load the values once, quickly, and skip the load figures (to measure boards and HTTP sooner). */
const SKIP_LOAD = process.env.NTM_BENCH_SKIP_LOAD === '1';
const PG_URL = process.env.NTM_BENCH_PG_URL ?? process.env.NTM_TEST_PG_URL;
/** Only the funding dashboard benchmark (units and the set loaded, no values). */
const FUNDING_ONLY = process.env.NTM_BENCH_FUNDING_ONLY === '1';

function describeDataset(ds: NationalDataset, ms: number) {
  const dbkk = ds.communes.filter((c) => c.profile.classifications['special-status']?.includes('dbkk')).length;
  const regions = new Map<string, number>();
  for (const c of ds.communes) {
    const r = c.profile.classifications.region?.[0] ?? '?';
    regions.set(r, (regions.get(r) ?? 0) + 1);
  }
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
  label: string,
  open: () => Promise<BenchDatabase>,
  ds: NationalDataset,
  rows: RowSource,
  met: Uint8Array,
  sheet: NationalSheet,
) {
  let b: BenchDatabase | undefined;
  try {
    const db = await open();
    b = db;
    section(`${b.label}: setup (not measured)`);
    const setup = await time(() => loadReferenceData(db, ds));
    note(`migrate + catalogue + demo set + ${ds.tree.units.length} units (importUnitTree) + set assignments: ${fmtMs(setup.ms)}`);
    section(`${b.label}: load ${rows.count} indicator values`);
    if (SKIP_LOAD) {
      const once = await time(() => db.raw.insertAll(rows.full()));
      note(`NTM_BENCH_SKIP_LOAD: loaded once through the raw driver in ${fmtMs(once.ms)}, load not measured`);
    } else await benchLoad(b, rows, ds.communes.length);
    if (b.raw.analyze) {
      await b.raw.analyze();
      note('ANALYZE run after the load (what autovacuum would do shortly after a bulk insert)');
    }
    section(`${b.label}: board on ${asOfOf(YEARS[YEARS.length - 1] as number)}`);
    await benchBoard(b, ds, asOfOf(YEARS[YEARS.length - 1] as number), met);
    section(`${b.label}: funding dashboard`);
    await benchFunding(b, ds);
    section(`${b.label}: import the national values sheet`);
    await benchImportDb(b, sheet);
    section(`${b.label}: audit verify (the import wrote one audit event per value)`);
    await benchAuditVerify(b);
    for (const f of await benchHttp(b, asOfOf(YEARS[YEARS.length - 1] as number))) {
      record({
        section: `http ${b.label}`,
        name: f.label,
        value: `${f.reqPerSec.toFixed(f.reqPerSec < 10 ? 1 : 0)} req/s · p99 ${f.p99} ms`,
        baseline: 'bare Fastify JSON route, same body size',
        ratio: `${(f.ratio * 100).toFixed(0)} % of bare`,
        target: f.target,
        ok: f.label.startsWith('district') ? f.p99 <= 25 && f.ratio >= 0.4 : f.label.startsWith('national') ? f.p99 <= 250 : null,
      });
    }
  } catch (e) {
    console.error(e);
    problem(`${label}: the benchmark failed with ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await b?.close().catch((e: unknown) => problem(`${label}: cleanup failed: ${e instanceof Error ? e.message : String(e)}`));
  }
}

/** NTM_BENCH_FUNDING_ONLY=1: units, then the funding benchmark alone, on each database. */
async function fundingOnly(ds: NationalDataset) {
  const one = async (label: string, open: () => Promise<BenchDatabase>) => {
    let b: BenchDatabase | undefined;
    try {
      const db = await open();
      b = db;
      section(`${b.label}: setup (not measured)`);
      await loadReferenceData(db, ds);
      section(`${b.label}: funding dashboard`);
      await benchFunding(db, ds);
    } catch (e) {
      console.error(e);
      problem(`${label}: the funding benchmark failed with ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await b?.close().catch((e: unknown) => problem(`${label}: cleanup failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  };
  await one('SQLite', async () => openBenchSqlite());
  if (PG_URL) await one('PostgreSQL', () => openBenchPostgres(PG_URL));
}

async function main() {
  console.log(`Nông thôn mới benchmarks — Node ${process.version}, ${cpus().length} CPUs, ${new Date().toISOString()}`);
  note(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other processes on the machine make every figure noisier)`,
  );
  section('Dataset (synthetic, deterministic)');
  const gen = await time(() => generateNationalDataset({ communes: COMMUNES }));
  const ds = gen.result;
  describeDataset(ds, gen.ms);
  if (FUNDING_ONLY) {
    await fundingOnly(ds);
    printSummary();
    if (hasProblems()) process.exitCode = 1;
    return;
  }

  section(`Evaluate the whole country in memory (${ds.set.code})`);
  const met = await benchEvaluate(ds);

  section('Documents: plan .docx, national values sheet .xlsx');
  const sheet = await benchDocuments(ds);

  const rows: RowSource = {
    count: ds.communes.length * ds.indicators.length * YEARS.length,
    full: () => fullRows(ds, SYSTEM_ACTOR.id, new Date().toISOString()),
    series: () => seriesRows(ds),
  };
  await onDatabase('SQLite', async () => openBenchSqlite(), ds, rows, met, sheet);
  if (PG_URL) await onDatabase('PostgreSQL', () => openBenchPostgres(PG_URL), ds, rows, met, sheet);
  else note('\nPostgreSQL skipped: set NTM_BENCH_PG_URL (or NTM_TEST_PG_URL) to an admin URL to include it');

  note(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  printSummary();
  if (hasProblems()) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
