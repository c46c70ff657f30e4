/**
 * Recording indicator values: validated against the indicator's kind, on a unit that exists on the
 * as-of date, each value versioned (a stale write gets 409 with the current value), the chain of
 * values over time kept, and every change audited — all in one transaction.
 */

import type { Executor } from '../db/database.js';
import { indicatorValueRepository, type ValueKey } from '../db/repositories/indicator-value.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import type { IndicatorValueRow, NewIndicatorValue } from '../db/schema.js';
import type { CriteriaSet, IndicatorKind } from '../domain/catalog/criteria-set.schema.js';
import { AppError } from '../domain/errors.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { indicatorIndex, validateValues } from '../domain/evaluation/value.validator.js';
import { authorize } from './access.js';
import { getSet } from './catalog.service.js';
import { type AuditInput, audit, inTransaction, newId, type ServiceContext, SYSTEM_ACTOR } from './context.js';
import { notifyValuesWritten } from './notice/value-notices.js';
import { getUnit, requireValidAt } from './unit.service.js';
import { decodeValue, encodeValue, sameValue } from './value.codec.js';

export interface RecordValuesInput {
  unitCode: string;
  setCode: string;
  asOf: string;
  values: Record<string, unknown>;
  note?: string | undefined;
  demo?: boolean | undefined;
  /** indicator code → the version the user edited; a mismatch is refused with 409. */
  expectedVersions?: Record<string, number> | undefined;
  /**
   * Values from a spreadsheet: a value equal to the stored one is left as it is (its note, its review,
   * who entered it) even when it was returned — an unedited cell is not the commune entering it again.
   */
  importing?: boolean | undefined;
}

/** self_assessed (by the commune) | verified (by the department) | returned (with a comment). */
export type Verification = 'self_assessed' | 'verified' | 'returned';

export interface StoredValue {
  indicatorCode: string;
  asOf: string;
  value: IndicatorValue | null;
  note: string | null;
  demo: boolean;
  enteredBy: string;
  enteredAt: string;
  /** Loaded by the system (the demo's baseline and year ends), not typed by a person: its date is `asOf`, not `enteredAt`. */
  loadedBySystem: boolean;
  version: number;
  verification: Verification;
  verifiedBy: string | null;
  verifiedAt: string | null;
  reviewComment: string | null;
}

export const presentStored = (row: IndicatorValueRow, kind: Parameters<typeof decodeValue>[0]): StoredValue => ({
  indicatorCode: row.indicatorCode,
  asOf: row.asOf,
  value: decodeValue(kind, row),
  note: row.note,
  demo: row.demo === 1,
  enteredBy: row.enteredBy,
  enteredAt: row.enteredAt,
  loadedBySystem: row.enteredBy === SYSTEM_ACTOR.id,
  version: row.version,
  verification: row.verification as Verification,
  verifiedBy: row.verifiedBy,
  verifiedAt: row.verifiedAt,
  reviewComment: row.reviewComment,
});

export type NamedValue = StoredValue & { enteredByName: string; verifiedByName: string | null };

/** Stored values with the names of who entered and who reviewed them (one query for all). */
export async function presentNamed(
  ex: Executor,
  rows: readonly IndicatorValueRow[],
  kindOf: (code: string) => IndicatorKind | undefined,
): Promise<NamedValue[]> {
  const names = await userRepository.displayNames(
    ex,
    rows.flatMap((r) => [r.enteredBy, ...(r.verifiedBy ? [r.verifiedBy] : [])]),
  );
  return rows.map((r) => ({
    ...presentStored(r, kindOf(r.indicatorCode)),
    enteredByName: names.get(r.enteredBy) ?? r.enteredBy,
    verifiedByName: r.verifiedBy ? (names.get(r.verifiedBy) ?? r.verifiedBy) : null,
  }));
}

/** 409 with the value as it is now, named, so the user can compare it with theirs. */
export async function staleVersion(
  ex: Executor,
  current: IndicatorValueRow,
  kind: IndicatorKind | undefined,
  messages: { vi: string; en: string },
) {
  const [named] = await presentNamed(ex, [current], () => kind);
  return new AppError('indicator_value.stale_version', 'conflict', messages, [], { current: named });
}

/** The unit's rows of one indicator around a date: the one on it, the nearest before and after. */
interface Around {
  existing: IndicatorValueRow | undefined;
  before: IndicatorValueRow | undefined;
  after: IndicatorValueRow | undefined;
}

/**
 * A save that changes nothing writes nothing: the value is the same as the one stored on that date and,
 * for a typed save, so is its note — and it was not returned (typing a returned value again resubmits it).
 */
function unchanged(existing: IndicatorValueRow, kind: IndicatorKind | undefined, value: IndicatorValue | null, input: RecordValuesInput) {
  if (!sameValue(decodeValue(kind, existing), value)) return false;
  if (input.importing) return true;
  return existing.verification !== 'returned' && (input.note === undefined || input.note === existing.note);
}

async function writeOne(
  ctx: ServiceContext,
  trx: Executor,
  key: ValueKey,
  input: RecordValuesInput,
  value: IndicatorValue | null,
  kind: Parameters<typeof decodeValue>[0],
  around: Around,
  pending: { inserts: NewIndicatorValue[]; superseded: string[] },
): Promise<AuditInput | null> {
  const existing = around.existing;
  const expected = input.expectedVersions?.[key.indicatorCode];
  if (existing && unchanged(existing, kind, value, input) && (expected === undefined || expected === existing.version)) return null;
  // A changed value is the commune's claim again until the department verifies it.
  const fields = {
    ...encodeValue(value),
    note: input.note ?? null,
    demo: input.demo ? 1 : 0,
    enteredBy: ctx.actor.id,
    enteredAt: ctx.now(),
    verification: 'self_assessed',
    verifiedBy: null,
    verifiedAt: null,
    reviewComment: null,
  };
  const event: AuditInput = {
    action: 'indicator_value.record',
    entityType: 'indicator_value',
    entityId: `${key.unitCode}/${key.setCode}/${key.indicatorCode}/${input.asOf}`,
    unitCode: key.unitCode,
  };
  if (existing) {
    const stale = (current: IndicatorValueRow) =>
      staleVersion(trx, current, kind, {
        vi: `Chỉ tiêu ${key.indicatorCode} đã được người khác sửa (phiên bản ${current.version}); xem giá trị hiện tại rồi lưu lại`,
        en: `Indicator ${key.indicatorCode} was changed by someone else (version ${current.version}); review the current value and save again`,
      });
    if (expected !== undefined && expected !== existing.version) throw await stale(existing);
    if (
      !(await indicatorValueRepository.updateIfVersion(trx, existing.id, existing.version, { ...fields, version: existing.version + 1 }))
    ) {
      // Someone committed in between: report the value as it is now, not as we first read it.
      throw await stale((await indicatorValueRepository.find(trx, key, input.asOf)) ?? existing);
    }
    return { ...event, before: presentStored(existing, kind), after: { value, version: existing.version + 1 } };
  }
  if (expected !== undefined && expected !== 0) {
    throw new AppError('indicator_value.stale_version', 'conflict', {
      vi: `Chỉ tiêu ${key.indicatorCode}: giá trị đã bị xoá`,
      en: `Indicator ${key.indicatorCode}: the value no longer exists`,
    });
  }
  const { before, after } = around;
  const row: NewIndicatorValue = { id: newId(), ...key, asOf: input.asOf, ...fields, version: 1, supersededOn: after?.asOf ?? null };
  // New rows and the rows they supersede are written together by the caller, once per unit.
  pending.inserts.push(row);
  if (before) pending.superseded.push(before.id);
  return { ...event, after: { value, version: 1 } };
}

export async function recordValues(ctx: ServiceContext, input: RecordValuesInput) {
  const unit = await getUnit(ctx, input.unitCode);
  await authorize(ctx, 'values.write', unit.code);
  await requireValidAt(ctx, unit, input.asOf);
  const set = await getSet(ctx, input.setCode);
  const values = validateValues(set, input.values);
  return inTransaction(
    ctx,
    async (trx) => {
      const events = await writeValues(ctx, trx, { ...input, unitCode: unit.code, setCode: set.code }, set, values);
      if (events.length > 0) {
        await audit(ctx, trx, events);
        await notifyValuesWritten(ctx, trx, events);
      }
      return { unitCode: unit.code, setCode: set.code, asOf: input.asOf, written: events.length };
    },
    { valuesOf: [unit.code] },
  );
}

/**
 * Writes already validated and authorized values of one unit on the caller's transaction and returns
 * the audit events to write with them: recordValues and the spreadsheet import share it, so an
 * imported value is versioned and audited exactly like a typed one.
 */
export async function writeValues(
  ctx: ServiceContext,
  trx: Executor,
  input: RecordValuesInput,
  set: CriteriaSet,
  values: Record<string, IndicatorValue | null>,
): Promise<AuditInput[]> {
  const kinds = indicatorIndex(set);
  const codes = Object.keys(values);
  // One read of the unit's rows for these indicators (all dates) instead of three per value.
  const rows = await indicatorValueRepository.ofIndicators(trx, input.unitCode, set.code, codes);
  const byCode = new Map<string, IndicatorValueRow[]>();
  for (const r of rows) byCode.set(r.indicatorCode, [...(byCode.get(r.indicatorCode) ?? []), r]);
  const kindOf = (code: string) => kinds.get(code)?.kind;
  const events = new Map<string, AuditInput>();
  const pending = { inserts: [] as NewIndicatorValue[], superseded: [] as string[] };
  for (const [indicatorCode, value] of Object.entries(values)) {
    const key = { unitCode: input.unitCode, setCode: set.code, indicatorCode };
    const around = aroundDate(byCode.get(indicatorCode) ?? [], input.asOf);
    const event = await writeOne(ctx, trx, key, input, value, kindOf(indicatorCode), around, pending);
    if (event) events.set(indicatorCode, event);
  }
  // Another transaction may have created the same first value meanwhile (two saves racing on PostgreSQL):
  // its row is then the one this save follows, exactly as when the saves run one after the other.
  const inserted = await indicatorValueRepository.insertNew(trx, pending.inserts);
  await indicatorValueRepository.supersede(trx, pending.superseded, input.asOf);
  for (const lost of pending.inserts.filter((r) => !inserted.has(r.id))) {
    const key = { unitCode: lost.unitCode, setCode: lost.setCode, indicatorCode: lost.indicatorCode };
    const existing = await indicatorValueRepository.find(trx, key, input.asOf);
    const value = values[lost.indicatorCode] ?? null;
    const retry = { inserts: [] as NewIndicatorValue[], superseded: [] as string[] };
    const event = await writeOne(
      ctx,
      trx,
      key,
      input,
      value,
      kindOf(lost.indicatorCode),
      { existing, before: undefined, after: undefined },
      retry,
    );
    if (event) events.set(lost.indicatorCode, event);
    else events.delete(lost.indicatorCode);
  }
  return [...events.values()];
}

/** The row on a date and the nearest rows before and after it, from one indicator's rows. */
function aroundDate(list: readonly IndicatorValueRow[], asOf: string): Around {
  let existing: IndicatorValueRow | undefined;
  let before: IndicatorValueRow | undefined;
  let after: IndicatorValueRow | undefined;
  for (const r of list) {
    if (r.asOf === asOf) existing = r;
    else if (r.asOf < asOf && (!before || r.asOf > before.asOf)) before = r;
    else if (r.asOf > asOf && (!after || r.asOf < after.asOf)) after = r;
  }
  return { existing, before, after };
}

export async function valueHistory(ctx: ServiceContext, key: ValueKey) {
  await authorize(ctx, 'read', key.unitCode);
  const set = await getSet(ctx, key.setCode);
  const kind = indicatorIndex(set).get(key.indicatorCode)?.kind;
  return presentNamed(ctx.database.db, await indicatorValueRepository.history(ctx.database.db, key), () => kind);
}

/**
 * Loads many values at once (demo seed, bulk import): rows per (unit, indicator) are chained by
 * as-of date here, then inserted in batches on the given executor (the caller's transaction).
 */
export async function insertValueSeries(
  ctx: ServiceContext,
  ex: Executor,
  rows: Omit<NewIndicatorValue, 'id' | 'supersededOn' | 'version' | 'enteredBy' | 'enteredAt'>[],
) {
  // One composite key per row (unit, set, indicator, as-of — ISO dates sort as text), sorted once.
  const keyed = rows.map((r) => ({ k: `${r.unitCode}\u0000${r.setCode}\u0000${r.indicatorCode}\u0000${r.asOf}`, r }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const sorted = keyed.map((x) => x.r);
  const now = ctx.now();
  const full: NewIndicatorValue[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as (typeof sorted)[number];
    const next = sorted[i + 1];
    const sameKey =
      next !== undefined && next.unitCode === r.unitCode && next.setCode === r.setCode && next.indicatorCode === r.indicatorCode;
    // An explicit literal, not a spread: on millions of rows the spread costs seconds and gigabytes.
    full[i] = {
      id: newId(),
      unitCode: r.unitCode,
      setCode: r.setCode,
      indicatorCode: r.indicatorCode,
      asOf: r.asOf,
      valueNum: r.valueNum ?? null,
      notApplicable: r.notApplicable ?? 0,
      note: r.note ?? null,
      demo: r.demo ?? 0,
      enteredBy: ctx.actor.id,
      enteredAt: now,
      version: 1,
      supersededOn: sameKey ? next.asOf : null,
      verification: r.verification ?? 'self_assessed',
      verifiedBy: r.verifiedBy ?? null,
      verifiedAt: r.verifiedAt ?? null,
      reviewComment: r.reviewComment ?? null,
    };
  }
  await indicatorValueRepository.insertMany(ex, full);
  const units = [...new Set(full.map((r) => r.unitCode))];
  const dates = [...new Set(full.map((r) => r.asOf))].sort();
  await audit(ctx, ex, [
    {
      action: 'indicator_value.bulk_load',
      entityType: 'indicator_value',
      entityId: `${units.length} units / ${dates.join(',')}`,
      unitCode: units.length === 1 ? (units[0] ?? null) : null,
      after: { values: full.length, units: units.length, asOf: dates, demo: full.some((r) => r.demo === 1) },
    },
  ]);
  return full.length;
}
