/**
 * Loads every value of the dataset (communes × indicators × ${YEARS.length} years) into an empty indicator_value
 * table three ways, each in one transaction: the raw driver (baseline), the repository's
 * insertMany with pre-built rows (Kysely alone), and the product path insertValueSeries.
 */
import { indicatorValueRepository } from '../src/db/repositories/indicator-value.repository.js';
import type { NewIndicatorValue } from '../src/db/schema.js';
import { insertValueSeries } from '../src/services/value.service.js';
import type { BenchDatabase } from './databases.js';
import type { SeriesRow } from './dataset-views.js';
import { YEARS } from './national-dataset.js';
import { fmtMs, fmtRate, note, problem, record, time } from './report.js';

async function expectCount(b: BenchDatabase, what: string, expected: number) {
  const n = await b.raw.countValues();
  if (n !== expected) problem(`${b.label} ${what}: ${n} rows in indicator_value, expected ${expected}`);
}

/** Builds the rows on demand, so only one 1.76 M-row array is alive at a time. */
export interface RowSource {
  count: number;
  full(): NewIndicatorValue[];
  series(): SeriesRow[];
}

/** Leaves the table filled by insertValueSeries, for the board benchmark. */
export async function benchLoad(b: BenchDatabase, rows: RowSource, communes: number) {
  const n = rows.count;
  const label = `${(n / 1e6).toFixed(2)} M rows`;
  note(`baseline: ${b.raw.method}`);
  let full: NewIndicatorValue[] | undefined = rows.full();

  if (b.label === 'SQLite') {
    // The first load into a new file is slower (the file grows); load and delete once so every run reuses pages.
    await b.raw.insertAll(full);
    note('warm-up: one raw load, then deleted, so the SQLite file is already grown for every measured load');
  }
  await b.raw.truncateValues();
  const raw = await time(() => b.raw.insertAll(full as NewIndicatorValue[]));
  await expectCount(b, 'raw insert', n);
  const rawRate = (n / raw.ms) * 1000;
  note(`raw driver: ${fmtMs(raw.ms)} · ${fmtRate(rawRate, 'rows')}`);

  await b.raw.truncateValues();
  const many = await time(() =>
    b.database.db.transaction().execute((trx) => indicatorValueRepository.insertMany(trx, full as NewIndicatorValue[])),
  );
  full = undefined;
  await expectCount(b, 'insertMany', n);
  const manyRate = (n / many.ms) * 1000;
  record({
    section: `load ${b.label}`,
    name: `indicatorValueRepository.insertMany, pre-built rows (${label})`,
    value: `${fmtMs(many.ms)} · ${fmtRate(manyRate, 'rows')}`,
    baseline: `raw ${fmtRate(rawRate, 'rows')}`,
    ratio: `${((manyRate / rawRate) * 100).toFixed(0)} % of raw`,
    target: '',
    ok: null,
  });

  await b.raw.truncateValues();
  const series = rows.series();
  const product = await time(() => b.ctx.database.db.transaction().execute((trx) => insertValueSeries(b.ctx, trx, series)));
  await expectCount(b, 'insertValueSeries', n);
  const latest = await b.database.db
    .selectFrom('indicatorValue')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('supersededOn', 'is', null)
    .executeTakeFirstOrThrow();
  const perKey = n / YEARS.length;
  if (Number(latest.n) !== perKey) problem(`${b.label}: ${latest.n} rows still in force after the load, expected ${perKey}`);
  const productRate = (n / product.ms) * 1000;
  const share = productRate / rawRate;
  record({
    section: `load ${b.label}`,
    name: `insertValueSeries, 1 transaction (${label}, ${communes} communes × ${YEARS.length} years)`,
    value: `${fmtMs(product.ms)} · ${fmtRate(productRate, 'rows')}`,
    baseline: `raw ${fmtRate(rawRate, 'rows')} (${fmtMs(raw.ms)})`,
    ratio: `${(share * 100).toFixed(0)} % of raw`,
    target: '≥ 50 % of raw',
    ok: share >= 0.5,
  });
}
