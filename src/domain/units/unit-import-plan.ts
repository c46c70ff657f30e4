/**
 * What an official list of units would change in the stored unit tree: new units, renamed, re-parented,
 * ended, other changed fields, and new successor links — or, when a row cannot be applied (duplicate
 * code, unknown parent or successor, a code of an ended unit reused, a link that contradicts a stored
 * one), the problem at its cell. Units absent from the file are left as they are; stored links are never
 * changed. Pure, so the dry run and the import decide from the same function.
 */
import type { UnitKind, UnitSuccession } from './unit.schema.js';
import type { ImportRow, RowIssue } from './unit-import-rows.js';

export interface StoredUnit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  /** The unit's latest "region" classification (the list's "Vùng" column stands for it). */
  region: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  region: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

export type UnitField = 'name' | 'kind' | 'parentCode' | 'region' | 'validFrom' | 'validTo';

export interface UnitChange {
  code: string;
  name: string;
  /** Only the fields that change, stored value → value of the file. */
  before: Partial<Record<UnitField, string | null>>;
  after: Partial<Record<UnitField, string | null>>;
}

export interface UnitImportPlan {
  rows: number;
  created: NewUnit[];
  /** Existing units that change; `renamed`, `reparented`, `ended` are views of it. */
  changed: UnitChange[];
  renamed: UnitChange[];
  reparented: UnitChange[];
  ended: UnitChange[];
  successions: UnitSuccession[];
  unchanged: number;
  issues: RowIssue[];
}

const NEEDS_VI = { name: 'tên (cột "Tên")', kind: 'cấp (cột "Cấp")', validFrom: 'ngày bắt đầu (cột "Hiệu lực từ")' } as const;
const NEEDS_EN = {
  name: 'a name (column "Tên")',
  kind: 'a kind (column "Cấp")',
  validFrom: 'a start date (column "Hiệu lực từ")',
} as const;

const FIELDS: UnitField[] = ['name', 'kind', 'parentCode', 'region', 'validFrom', 'validTo'];

export function planUnitImport(
  rows: readonly ImportRow[],
  stored: readonly StoredUnit[],
  links: readonly UnitSuccession[],
  /** The region codes the criteria sets declare (their "region" classification). */
  regionCodes: readonly string[],
): UnitImportPlan {
  const issues: RowIssue[] = [];
  const at = (r: ImportRow, field: keyof ImportRow['columns'], code: string, vi: string, en: string) =>
    issues.push({ sheet: r.sheet, row: r.row, column: r.columns[field] ?? '', code, vi, en });
  for (const r of rows)
    if (r.region && !regionCodes.includes(r.region))
      at(
        r,
        'region',
        'unit_import.unknown_region',
        `Vùng "${r.region}" không có trong các bộ tiêu chí (dùng: ${regionCodes.join(', ')})`,
        `Unknown region "${r.region}" (use: ${regionCodes.join(', ')})`,
      );
  const db = new Map(stored.map((u) => [u.code, u]));
  const inFile = new Map<string, ImportRow>();
  for (const r of rows) {
    const first = inFile.get(r.code);
    if (first)
      at(
        r,
        'code',
        'unit_import.duplicate_code',
        `Mã "${r.code}" đã có ở dòng ${first.row}`,
        `Code "${r.code}" already appears on row ${first.row}`,
      );
    else inFile.set(r.code, r);
  }
  const known = (code: string) => inFile.has(code) || db.has(code);
  const predecessorsOf = (code: string) => rows.filter((r) => r.successorCodes.includes(code));

  const created: NewUnit[] = [];
  const changed: UnitChange[] = [];
  let unchanged = 0;
  for (const r of inFile.values()) {
    if (r.parentCode && !known(r.parentCode)) {
      at(
        r,
        'parentCode',
        'unit_import.unknown_parent',
        `Không có đơn vị cấp trên mã "${r.parentCode}" (trong tệp hay trong hệ thống)`,
        `No parent unit with code "${r.parentCode}" (in the file or the system)`,
      );
    }
    for (const s of r.successorCodes.filter((c) => !known(c))) {
      at(
        r,
        'successorCodes',
        'unit_import.unknown_successor',
        `Không có đơn vị kế tiếp mã "${s}" (trong tệp hay trong hệ thống)`,
        `No successor unit with code "${s}" (in the file or the system)`,
      );
    }
    const old = db.get(r.code);
    if (!old) {
      const missing = (['name', 'kind', 'validFrom'] as const).filter((f) => !r[f]);
      for (const f of missing) {
        at(r, f, 'unit_import.missing_field', `Đơn vị mới "${r.code}" cần ${NEEDS_VI[f]}`, `New unit "${r.code}" needs ${NEEDS_EN[f]}`);
      }
      if (missing.length > 0 || !r.name || !r.kind || !r.validFrom) continue;
      // A new commune without a region takes the one its predecessors share.
      const regions = new Set(predecessorsOf(r.code).map((p) => p.region ?? db.get(p.code)?.region ?? null));
      const inherited = regions.size === 1 ? ([...regions][0] ?? null) : null;
      created.push({
        code: r.code,
        name: r.name,
        kind: r.kind,
        parentCode: r.parentCode,
        region: r.region ?? inherited,
        validFrom: r.validFrom,
        validTo: r.validTo,
        note: r.note,
      });
      continue;
    }
    if (old.validTo && r.validFrom && r.validFrom > old.validTo) {
      at(
        r,
        'code',
        'unit_import.code_reused',
        `Mã "${r.code}" là của "${old.name}", đã chấm dứt ngày ${old.validTo}; đơn vị mới từ ${r.validFrom} cần mã riêng (ví dụ "${r.code}-${r.validFrom.slice(0, 4)}")`,
        `Code "${r.code}" belongs to "${old.name}", ended ${old.validTo}; the new unit from ${r.validFrom} needs its own code (e.g. "${r.code}-${r.validFrom.slice(0, 4)}")`,
      );
      continue;
    }
    // An empty cell keeps the stored value; an ended unit is never reopened by an empty "valid to".
    const next: Record<UnitField, string | null> = {
      name: r.name ?? old.name,
      kind: r.kind ?? old.kind,
      parentCode: r.parentCode ?? old.parentCode,
      region: r.region ?? old.region,
      validFrom: r.validFrom ?? old.validFrom,
      validTo: r.validTo ?? old.validTo,
    };
    const diff = FIELDS.filter((f) => next[f] !== old[f]);
    if (diff.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({
      code: r.code,
      name: next.name as string,
      before: Object.fromEntries(diff.map((f) => [f, old[f]])),
      after: Object.fromEntries(diff.map((f) => [f, next[f]])),
    });
  }

  // The tree after the import must stay a tree: no unit may end up above itself.
  const parentAfter = new Map(stored.map((u) => [u.code, u.parentCode]));
  for (const u of created) parentAfter.set(u.code, u.parentCode);
  for (const c of changed) if ('parentCode' in c.after) parentAfter.set(c.code, c.after.parentCode ?? null);
  for (const r of inFile.values()) {
    let cur = parentAfter.get(r.code) ?? null;
    for (let depth = 0; cur && depth < 20; depth++, cur = parentAfter.get(cur) ?? null) {
      if (cur !== r.code) continue;
      at(
        r,
        'parentCode',
        'unit_import.parent_cycle',
        `Mã cấp trên "${r.parentCode}" làm "${r.code}" thành cấp trên của chính nó`,
        `Parent "${r.parentCode}" would put "${r.code}" above itself`,
      );
      break;
    }
  }

  const successions: UnitSuccession[] = [];
  for (const r of inFile.values()) {
    for (const s of r.successorCodes) {
      if (!r.effectiveDate || !r.legalBasis) continue;
      const same = links.find((l) => l.predecessorCode === r.code && l.successorCode === s);
      if (!same) {
        successions.push({
          predecessorCode: r.code,
          successorCode: s,
          kind: r.successionKind,
          effectiveDate: r.effectiveDate,
          legalBasis: r.legalBasis,
        });
      } else if (same.effectiveDate !== r.effectiveDate || same.kind !== r.successionKind) {
        at(
          r,
          'effectiveDate',
          'unit_import.succession_conflict',
          `Liên kết ${r.code} → ${s} đã có trong hệ thống (${same.kind}, từ ${same.effectiveDate}); tệp ghi khác (${r.successionKind}, từ ${r.effectiveDate}). Liên kết đã lưu không bị thay đổi khi nhập`,
          `Link ${r.code} → ${s} is stored (${same.kind}, from ${same.effectiveDate}); the file says otherwise (${r.successionKind}, from ${r.effectiveDate}). Stored links are not changed by an import`,
        );
      }
    }
  }
  const has = (c: UnitChange, f: UnitField) => f in c.after;
  return {
    rows: rows.length,
    created,
    changed,
    renamed: changed.filter((c) => has(c, 'name')),
    reparented: changed.filter((c) => has(c, 'parentCode')),
    ended: changed.filter((c) => has(c, 'validTo') && c.after.validTo !== null),
    successions,
    unchanged,
    issues,
  };
}
