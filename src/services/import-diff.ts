/**
 * What an imported sheet would change, cell by cell, against the values in force on its date: unchanged
 * (equal as the indicator reads it, or a cell the user left as exported), changed, new, or a conflict (the
 * sheet and someone in the system both changed it since the export). Only changed and new values are
 * written; the counts per commune are the import's preview and its report.
 */
import type { Executor } from '../db/database.js';
import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import type { CellIssue, SheetRow } from '../documents/values-xlsx-reader.js';
import { columnLetter } from '../documents/xlsx-cells.js';
import type { CriteriaSet } from '../domain/catalog/criteria-set.schema.js';
import type { IndicatorValue } from '../domain/evaluation/evaluation.types.js';
import { indicatorIndex } from '../domain/evaluation/value.validator.js';
import { formatDateTimeVi } from '../domain/text/vietnamese.js';
import { decodeValue, sameValue } from './value.codec.js';

export interface CommuneDiff {
  unitCode: string;
  changed: number;
  unchanged: number;
  new: number;
  conflicts: number;
}

/** The values of one row to write, with the version each was compared with (0: none on that date). */
export interface RowWrite {
  row: SheetRow;
  values: Record<string, IndicatorValue>;
  expectedVersions: Record<string, number>;
}

export interface ImportDiff {
  communes: CommuneDiff[];
  writes: RowWrite[];
  conflicts: CellIssue[];
}

export interface DiffInput {
  set: CriteriaSet;
  asOf: string;
  rows: readonly SheetRow[];
  columns: ReadonlyMap<string, number>;
  /** The values as exported (hidden sheet), when the workbook has them. */
  original: ReadonlyMap<string, ReadonlyMap<string, IndicatorValue>> | null;
  /** When the sheet was exported, when known. */
  exportedAt: string | null;
  /** Commune names for the messages (a code is not shown to a person). */
  names: ReadonlyMap<string, string>;
}

type InForce = Awaited<ReturnType<typeof indicatorValueRepository.inForce>>[number];

const shown = (v: IndicatorValue | null) =>
  v === null
    ? 'trống / empty'
    : v === 'not_applicable'
      ? 'Không áp dụng'
      : v === true
        ? 'Đạt'
        : v === false
          ? 'Không đạt'
          : String(v).replace('.', ',');

/** Is the stored value one the user could not have seen when the sheet was exported? */
function movedSinceExport(input: DiffInput, unitCode: string, code: string, current: IndicatorValue | null, row: InForce | undefined) {
  const exported = input.original?.get(unitCode);
  if (exported) return !sameValue(exported.get(code) ?? null, current);
  return input.exportedAt !== null && row !== undefined && row.enteredAt > input.exportedAt;
}

export async function diffImport(ex: Executor, input: DiffInput): Promise<ImportDiff> {
  const kinds = indicatorIndex(input.set);
  const stored = await indicatorValueRepository.inForce(ex, input.set.code, [...new Set(input.rows.map((r) => r.unitCode))], input.asOf);
  const byKey = new Map(stored.map((s) => [`${s.unitCode}\u0000${s.indicatorCode}`, s]));
  const out: ImportDiff = { communes: [], writes: [], conflicts: [] };
  for (const r of input.rows) {
    const counts: CommuneDiff = { unitCode: r.unitCode, changed: 0, unchanged: 0, new: 0, conflicts: 0 };
    const write: RowWrite = { row: r, values: {}, expectedVersions: {} };
    const exported = input.original?.get(r.unitCode);
    for (const [code, value] of Object.entries(r.values)) {
      const row = byKey.get(`${r.unitCode}\u0000${code}`);
      const current = row ? decodeValue(kinds.get(code)?.kind, row) : null;
      // Equal to what is stored, or left as it was exported while the stored value moved on: nothing to write.
      if (sameValue(current, value) || (exported && sameValue(exported.get(code) ?? null, value))) {
        counts.unchanged++;
        continue;
      }
      if (movedSinceExport(input, r.unitCode, code, current, row)) {
        counts.conflicts++;
        out.conflicts.push(conflictAt(input, r, code, current, row));
        continue;
      }
      if (current === null) counts.new++;
      else counts.changed++;
      write.values[code] = value;
      write.expectedVersions[code] = row && row.asOf === input.asOf ? row.version : 0;
    }
    out.communes.push(counts);
    if (Object.keys(write.values).length > 0) out.writes.push(write);
  }
  return out;
}

function conflictAt(input: DiffInput, r: SheetRow, code: string, current: IndicatorValue | null, row: InForce | undefined): CellIssue {
  const when = row ? formatDateTimeVi(row.enteredAt) : '';
  const commune = input.names.get(r.unitCode) ?? r.unitCode;
  return {
    sheet: 'Giá trị',
    row: r.row,
    column: columnLetter(input.columns.get(code) ?? 0),
    code: 'import.changed_since_export',
    vi: `Chỉ tiêu ${code} của xã ${commune} đã được sửa${when ? ` lúc ${when}` : ''}, sau khi xuất tệp; giá trị hiện tại là ${shown(current)}. Xuất tệp mới hoặc sửa trực tiếp`,
    en: `Indicator ${code} of ${commune} was changed${row ? ` at ${row.enteredAt}` : ''}, after the sheet was exported; it is now ${shown(current)}. Export a new sheet or edit it directly`,
  };
}
