/**
 * Indicator values over time. Each row describes one date (as_of); `superseded_on` holds the
 * as-of date of the next value for the same unit and indicator, so "the values as of D" is a
 * plain filter (as_of ≤ D < superseded_on) with no grouping, on SQLite and PostgreSQL alike.
 */
import { sql } from 'kysely';
import type { Dialect, Executor } from '../database.js';
import type { IndicatorValueRow, NewIndicatorValue } from '../schema.js';

export interface ValueKey {
  unitCode: string;
  setCode: string;
  indicatorCode: string;
}

const CHUNK = 1000;

/** A value's review state as one letter in compact rows (see `packedAsOf`). */
const STATE = sql`(case when verification = 'verified' then 'v' when verification = 'returned' then 'r' else 's' end)`;

export const indicatorValueRepository = {
  /**
   * Whether any illustrative (demo) value of `setCode` is in force on `asOf` for these units (all units when
   * null): a board built on such values must say so.
   */
  async anyDemoInForce(ex: Executor, unitCodes: readonly string[] | null, setCode: string, asOf: string): Promise<boolean> {
    const probe = (codes: readonly string[] | null) => {
      let q = ex
        .selectFrom('indicatorValue')
        .select('unitCode')
        .where('setCode', '=', setCode)
        .where('demo', '=', 1)
        .where('asOf', '<=', asOf)
        .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]));
      if (codes) q = q.where('unitCode', 'in', codes);
      return q.limit(1).executeTakeFirst();
    };
    if (unitCodes === null) return (await probe(null)) !== undefined;
    for (let i = 0; i < unitCodes.length; i += CHUNK) {
      if ((await probe(unitCodes.slice(i, i + CHUNK))) !== undefined) return true;
    }
    return false;
  },

  /** The row for exactly this date, if any. */
  find: (ex: Executor, key: ValueKey, asOf: string) =>
    ex
      .selectFrom('indicatorValue')
      .selectAll()
      .where('unitCode', '=', key.unitCode)
      .where('setCode', '=', key.setCode)
      .where('indicatorCode', '=', key.indicatorCode)
      .where('asOf', '=', asOf)
      .executeTakeFirst(),

  /** Every row (all dates) of these indicators of one unit: a write reads its neighbours once. */
  ofIndicators: (ex: Executor, unitCode: string, setCode: string, indicatorCodes: readonly string[]): Promise<IndicatorValueRow[]> =>
    indicatorCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('indicatorValue')
          .selectAll()
          .where('unitCode', '=', unitCode)
          .where('setCode', '=', setCode)
          .where('indicatorCode', 'in', indicatorCodes)
          .execute(),

  /** The nearest rows before and after a date, to keep the supersession chain. */
  async neighbours(ex: Executor, key: ValueKey, asOf: string) {
    const base = ex
      .selectFrom('indicatorValue')
      .selectAll()
      .where('unitCode', '=', key.unitCode)
      .where('setCode', '=', key.setCode)
      .where('indicatorCode', '=', key.indicatorCode);
    const [before, after] = await Promise.all([
      base.where('asOf', '<', asOf).orderBy('asOf', 'desc').limit(1).executeTakeFirst(),
      base.where('asOf', '>', asOf).orderBy('asOf', 'asc').limit(1).executeTakeFirst(),
    ]);
    return { before, after };
  },

  async insert(ex: Executor, row: NewIndicatorValue) {
    await ex.insertInto('indicatorValue').values(row).execute();
  },

  /** Inserts many rows whose supersession is already computed (seeding, import, benchmarks). */
  async insertMany(ex: Executor, rows: readonly NewIndicatorValue[]) {
    for (let i = 0; i < rows.length; i += CHUNK)
      await ex
        .insertInto('indicatorValue')
        .values(rows.slice(i, i + CHUNK))
        .execute();
  },

  /**
   * Inserts first values of a date unless another transaction already holds one for the same key (then
   * that row is left alone, not a unique-key error); returns the ids actually inserted.
   */
  async insertNew(ex: Executor, rows: readonly NewIndicatorValue[]) {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const done = await ex
        .insertInto('indicatorValue')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.columns(['unitCode', 'setCode', 'indicatorCode', 'asOf']).doNothing())
        .returning('id')
        .execute();
      for (const r of done) inserted.add(r.id);
    }
    return inserted;
  },

  /** Values in force on `asOf` for these units, with what a comparison needs (version, date, who/when). */
  async inForce(ex: Executor, setCode: string, unitCodes: readonly string[], asOf: string) {
    const out: Pick<IndicatorValueRow, 'unitCode' | 'indicatorCode' | 'asOf' | 'valueNum' | 'notApplicable' | 'version' | 'enteredAt'>[] =
      [];
    for (let i = 0; i < unitCodes.length; i += 500) {
      const rows = await ex
        .selectFrom('indicatorValue')
        .select(['unitCode', 'indicatorCode', 'asOf', 'valueNum', 'notApplicable', 'version', 'enteredAt'])
        .where('setCode', '=', setCode)
        .where('unitCode', 'in', unitCodes.slice(i, i + 500))
        .where('asOf', '<=', asOf)
        .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]))
        .execute();
      for (const r of rows) out.push(r);
    }
    return out;
  },

  /** Marks these rows superseded on one date (the rows a write of that date follows). */
  async supersede(ex: Executor, ids: readonly string[], supersededOn: string) {
    for (let i = 0; i < ids.length; i += CHUNK)
      await ex
        .updateTable('indicatorValue')
        .set({ supersededOn })
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
  },

  async setSupersededOn(ex: Executor, id: string, supersededOn: string | null) {
    await ex.updateTable('indicatorValue').set({ supersededOn }).where('id', '=', id).execute();
  },

  /** Updates a row only if its version is still `expectedVersion`; returns whether it did. */
  async updateIfVersion(ex: Executor, id: string, expectedVersion: number, changes: Partial<NewIndicatorValue>) {
    const r = await ex
      .updateTable('indicatorValue')
      .set(changes)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  /** Values in force on `asOf` for the given units (all units of the set when `unitCodes` is null). */
  asOf(ex: Executor, setCode: string, unitCodes: readonly string[] | null, asOf: string) {
    let q = ex
      .selectFrom('indicatorValue')
      .select(['unitCode', 'indicatorCode', 'asOf', 'valueNum', 'notApplicable', 'verification', 'reviewComment'])
      .where('setCode', '=', setCode)
      .where('asOf', '<=', asOf)
      .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]));
    if (unitCodes) {
      if (unitCodes.length === 0) return Promise.resolve([]);
      q = q.where('unitCode', 'in', unitCodes);
    }
    return q.execute();
  },

  /**
   * The values in force on `asOf`, one row per unit with its values packed as text
   * ("code:value:na:state:asOf;…", state s = self-assessed, v = verified, r = returned, asOf = the date
   * the value stands for): the database
   * aggregates, so a national board reads 8,000 rows instead of 440,000. Parsed by `unpackValues`
   * (services/value.codec.ts).
   */
  async packedAsOf(ex: Executor, dialect: Dialect, setCode: string, unitCodes: readonly string[] | null, asOf: string) {
    if (unitCodes && unitCodes.length === 0) return [];
    const item =
      dialect === 'postgres'
        ? sql`indicator_code || ':' || coalesce(value_num::text, '') || ':' || not_applicable || ':' || ${STATE} || ':' || as_of`
        : sql`indicator_code || ':' || coalesce(cast(value_num as text), '') || ':' || not_applicable || ':' || ${STATE} || ':' || as_of`;
    const agg = dialect === 'postgres' ? sql<string>`string_agg(${item}, ';')` : sql<string>`group_concat(${item}, ';')`;
    let q = ex
      .selectFrom('indicatorValue')
      .select(['unitCode', agg.as('packed')])
      .where('setCode', '=', setCode)
      .where('asOf', '<=', asOf)
      .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]))
      .groupBy('unitCode');
    if (unitCodes) q = q.where('unitCode', 'in', unitCodes);
    return q.execute();
  },

  /** Full rows in force on `asOf` for one unit (for the commune page: note, who, when, version). */
  detailAsOf: (ex: Executor, setCode: string, unitCode: string, asOf: string): Promise<IndicatorValueRow[]> =>
    ex
      .selectFrom('indicatorValue')
      .selectAll()
      .where('setCode', '=', setCode)
      .where('unitCode', '=', unitCode)
      .where('asOf', '<=', asOf)
      .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]))
      .execute(),

  /** Values in force on `asOf` for these units that are not verified yet (a department's queue). */
  unverifiedAsOf: (ex: Executor, setCode: string, unitCodes: readonly string[], asOf: string): Promise<IndicatorValueRow[]> =>
    unitCodes.length === 0
      ? Promise.resolve([])
      : ex
          .selectFrom('indicatorValue')
          .selectAll()
          .where('setCode', '=', setCode)
          .where('unitCode', 'in', unitCodes)
          .where('verification', '!=', 'verified')
          .where('asOf', '<=', asOf)
          .where((eb) => eb.or([eb('supersededOn', 'is', null), eb('supersededOn', '>', asOf)]))
          .orderBy('enteredAt')
          .execute(),

  /**
   * The values each of these rows followed: the row of the same unit and indicator superseded on the
   * row's as-of date (the value in force just before it), for all rows in one query per chunk.
   */
  async previousOf(ex: Executor, setCode: string, rows: readonly { unitCode: string; asOf: string }[]) {
    const units = [...new Set(rows.map((r) => r.unitCode))];
    const dates = [...new Set(rows.map((r) => r.asOf))];
    const out: IndicatorValueRow[] = [];
    if (units.length === 0) return out;
    for (let i = 0; i < units.length; i += 500) {
      const found = await ex
        .selectFrom('indicatorValue')
        .selectAll()
        .where('setCode', '=', setCode)
        .where('unitCode', 'in', units.slice(i, i + 500))
        .where('supersededOn', 'in', dates)
        .execute();
      for (const r of found) out.push(r);
    }
    return out;
  },

  history: (ex: Executor, key: ValueKey) =>
    ex
      .selectFrom('indicatorValue')
      .selectAll()
      .where('unitCode', '=', key.unitCode)
      .where('setCode', '=', key.setCode)
      .where('indicatorCode', '=', key.indicatorCode)
      .orderBy('asOf')
      .execute(),

  async countForUnits(ex: Executor, unitCodes: readonly string[]) {
    if (unitCodes.length === 0) return [];
    const rows = await ex
      .selectFrom('indicatorValue')
      .select(['unitCode', (eb) => eb.fn.countAll().as('n')])
      .where('unitCode', 'in', unitCodes)
      .groupBy('unitCode')
      .execute();
    return rows.map((r) => ({ unitCode: r.unitCode, n: Number(r.n) }));
  },
};
