/**
 * `ntm audit verify` over every audit event of the bench database (the national import leaves one
 * per value), against a bare read of the same rows in the same pages: what hashing and checking
 * cost on top of reading. Run alone with `tsx bench/audit.bench.ts` (NTM_BENCH_AUDIT_EVENTS events
 * appended through `audit()` on a fresh SQLite database, and on PostgreSQL when NTM_BENCH_PG_URL or
 * NTM_TEST_PG_URL is set).
 */
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '../src/db/database.js';
import { auditRepository } from '../src/db/repositories/audit.repository.js';
import { verifyChain } from '../src/services/audit/chain-verify.js';
import { audit, inTransaction } from '../src/services/context.js';
import { type BenchDatabase, openBenchPostgres, openBenchSqlite } from './databases.js';
import { fmtMs, fmtRate, medians, printSummary, problem, record, section } from './report.js';

const PAGE = 2000;

async function bareRead(b: BenchDatabase) {
  let n = 0;
  let after = 0;
  for (;;) {
    const rows = await auditRepository.page(b.database.db, after, PAGE);
    n += rows.length;
    if (rows.length < PAGE) return n;
    after = (rows[rows.length - 1] as { seq: number }).seq;
  }
}

export async function benchAuditVerify(b: BenchDatabase) {
  const events = await auditRepository.count(b.database.db);
  const report = await verifyChain(b.database.db, { pageSize: PAGE });
  if (!report.ok || report.checked !== events)
    problem(`${b.label}: audit verify checked ${report.checked} of ${events} events, ok=${report.ok}`);
  if ((await bareRead(b)) !== events) problem(`${b.label}: the bare read did not see every audit event`);
  const m = await medians({ verify: () => verifyChain(b.database.db, { pageSize: PAGE }), bare: () => bareRead(b) }, 3);
  record({
    section: `audit ${b.label}`,
    name: `ntm audit verify over ${events.toLocaleString('en')} events (pages of ${PAGE}, SHA-256 per event)`,
    value: `${fmtMs(m.verify)} · ${fmtRate(events / (m.verify / 1000), 'events')}`,
    baseline: `bare read of the same rows, same pages: ${fmtMs(m.bare)}`,
    ratio: `${(m.verify / m.bare).toFixed(2)}×`,
    target: '',
    ok: null,
  });
}

async function standaloneOn(b: BenchDatabase, n: number) {
  try {
    await migrateToLatest(b.database.db);
    for (let i = 0; i < n; i += 1000)
      await inTransaction(b.ctx, (trx) =>
        audit(
          b.ctx,
          trx,
          Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({
            action: 'indicator_value.record',
            entityType: 'indicator_value',
            entityId: `x/${i + j}`,
            unitCode: 'x',
            after: { value: i + j },
          })),
        ),
      );
    section(`${b.label}: audit verify over ${n} synthetic events`);
    await benchAuditVerify(b);
  } finally {
    await b.close();
  }
}

async function standalone() {
  const n = Number(process.env.NTM_BENCH_AUDIT_EVENTS ?? 20_000);
  await standaloneOn(openBenchSqlite(), n);
  const pgUrl = process.env.NTM_BENCH_PG_URL ?? process.env.NTM_TEST_PG_URL;
  if (pgUrl) await standaloneOn(await openBenchPostgres(pgUrl), n);
  printSummary();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void standalone();
