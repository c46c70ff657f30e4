/**
 * The rows of the official list of units read into typed rows: GSO kind words, codes typed as numbers in
 * Excel get their leading zeros back, dates in dd/mm/yyyy or as Excel dates, a successor ends the unit
 * the day before, and a parent that would put a unit above itself is refused.
 */
import { describe, expect, it } from 'vitest';
import { planUnitImport } from '../../src/domain/units/unit-import-plan.js';
import { fieldOfHeader, type RowIssue, readRow } from '../../src/domain/units/unit-import-rows.js';

const COLS = {
  code: 'A',
  name: 'B',
  kind: 'C',
  parentCode: 'D',
  validFrom: 'E',
  successorCodes: 'F',
  effectiveDate: 'G',
  legalBasis: 'H',
} as const;

describe('unit import rows', () => {
  it('finds columns by their header without case or diacritics', () => {
    expect(['MÃ ĐVHC', 'mã cấp trên', 'Hieu luc tu', 'Đơn vị  kế tiếp', 'Tên tiếng Anh'].map(fieldOfHeader)).toEqual([
      'code',
      'parentCode',
      'validFrom',
      'successorCodes',
      null,
    ]);
  });

  it('reads GSO kinds, pads numeric codes and ends a merged unit the day before its successor', () => {
    const issues: RowIssue[] = [];
    const province = readRow(
      'S',
      2,
      { code: 1, name: 'Hà Nội', kind: 'Thành phố Trung ương', validFrom: new Date(Date.UTC(2008, 7, 1)) },
      COLS,
      issues,
    );
    expect(province).toMatchObject({ code: '01', kind: 'province', validFrom: '2008-08-01' });
    const commune = readRow(
      'S',
      3,
      {
        code: 4,
        name: 'Phúc Xá',
        kind: 'Phường',
        parentCode: '001',
        successorCodes: '00004;00008',
        effectiveDate: '1/7/2025',
        legalBasis: 'NQ 1656',
      },
      COLS,
      issues,
    );
    expect(commune).toBeNull();
    expect(issues.map((i) => [i.column, i.code])).toEqual([['F', 'unit_import.own_successor']]);
    const ward = readRow(
      'S',
      3,
      { code: 4, name: 'Phúc Xá', kind: 'Phường', successorCodes: '00008; 00009', effectiveDate: '1/7/2025', legalBasis: 'NQ 1656' },
      COLS,
      [],
    );
    expect(ward).toMatchObject({ code: '00004', kind: 'ward', successorCodes: ['00008', '00009'], effectiveDate: '2025-07-01' });
    const ok = readRow(
      'S',
      4,
      { code: '00010', kind: 'Xã', successorCodes: '00020', effectiveDate: '01/07/2025', legalBasis: 'NQ' },
      COLS,
      issues,
    );
    expect(ok).toMatchObject({ validTo: '2025-06-30', successionKind: 'merge' });
  });

  it('refuses a successor without its date and legal basis', () => {
    const issues: RowIssue[] = [];
    expect(readRow('S', 5, { code: '00010', kind: 'Xã', successorCodes: '00020' }, COLS, issues)).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['unit_import.missing_effective_date', 'unit_import.missing_legal_basis']);
  });

  it('refuses a parent that puts a unit above itself', () => {
    const issues: RowIssue[] = [];
    const row = readRow('S', 2, { code: '01', kind: 'Tỉnh', parentCode: '001' }, COLS, issues);
    const stored = [
      { code: '01', name: 'A', kind: 'province', parentCode: null, region: null, validFrom: '2000-01-01', validTo: null },
      { code: '001', name: 'B', kind: 'district', parentCode: '01', region: null, validFrom: '2000-01-01', validTo: null },
    ];
    const plan = planUnitImport(row ? [row] : [], stored, [], ['TN']);
    expect(plan.issues.map((i) => `${i.sheet}!${i.column}${i.row} ${i.code}`)).toEqual(['S!D2 unit_import.parent_cycle']);
  });
});
