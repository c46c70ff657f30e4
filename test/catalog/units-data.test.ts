import { describe, expect, it } from 'vitest';
import raw from '../../src/catalog/units/krong-no.json' with { type: 'json' };
import { type AdministrativeUnit, unitTreeSchema } from '../../src/domain/units/unit.schema.js';

const tree = unitTreeSchema.parse(raw);
const byCode = new Map(tree.units.map((u) => [u.code, u]));

/** The unit with this code; fails the test when there is none. */
function get(code: string): AdministrativeUnit {
  const u = byCode.get(code);
  if (!u) throw new Error(`no unit with code ${code}`);
  return u;
}

/** The day before an ISO date, as an ISO date (UTC arithmetic, no time zone drift). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function unit(kind: string, name: string, validTo: string | undefined): AdministrativeUnit {
  const found = tree.units.filter((u) => u.kind === kind && u.name === name && u.validTo === validTo);
  expect(found, `${kind} ${name}`).toHaveLength(1);
  return get(found[0]?.code ?? '');
}

const KRONG_NO_UNITS = [
  'Đắk Mâm',
  'Buôn Choah',
  'Đắk Drô',
  'Đắk Nang',
  'Đắk Sôr',
  'Đức Xuyên',
  'Nam Đà',
  'Nam Xuân',
  "Nâm N'Đir",
  'Nâm Nung',
  'Quảng Phú',
  'Tân Thành',
];

/** New commune (Lâm Đồng, from 1/7/2025) → the units it was formed from (NQ 1671/NQ-UBTVQH15). */
const MERGERS: Record<string, string[]> = {
  'Krông Nô': ['Đắk Mâm', 'Tân Thành', 'Đắk Drô'],
  'Nâm Nung': ['Nâm Nung', "Nâm N'Đir"],
  'Quảng Phú': ['Quảng Phú', 'Đức Xuyên', 'Đắk Nang'],
  'Nam Đà': ['Nam Đà', 'Đắk Sôr', 'Buôn Choah'],
  'Đắk Sắk': ['Nam Xuân', 'Long Sơn', 'Đắk Sắk'],
};

describe('catalog/units/krong-no.json', () => {
  it('satisfies unitTreeSchema and has unique codes', () => {
    expect(unitTreeSchema.safeParse(raw).success).toBe(true);
    expect(tree.code).toBe('krong-no');
    expect(byCode.size).toBe(tree.units.length);
  });

  it('has Huyện Krông Nô under Tỉnh Đắk Nông with exactly the 12 units of the reference', () => {
    const dakNong = unit('province', 'Đắk Nông', '2025-06-30');
    const district = unit('district', 'Krông Nô', '2025-06-30');
    expect(district.parentCode).toBe(dakNong.code);

    const children = tree.units.filter((u) => u.parentCode === district.code);
    expect(children).toHaveLength(12);
    expect(children.map((u) => u.name).sort()).toEqual([...KRONG_NO_UNITS].sort());
    for (const u of children) {
      expect(u.classifications).toEqual([{ dimension: 'region', value: 'TN' }]);
      expect(u.validTo).toBe('2025-06-30');
      expect(u.kind).toBe(u.name === 'Đắk Mâm' ? 'town' : 'commune');
    }
  });

  it('spells names with the exact Vietnamese diacritics (NFC, no "Xã"/"Thị trấn" prefix)', () => {
    for (const u of tree.units) {
      expect(u.name, u.code).toBe(u.name.normalize('NFC'));
      expect(u.name, u.code).not.toMatch(/^(Xã|Thị trấn|Huyện|Tỉnh|Phường)\s/);
    }
    const names = new Set(tree.units.map((u) => u.name));
    for (const n of [...KRONG_NO_UNITS, 'Krông Nô', 'Đắk Nông', 'Lâm Đồng', 'Long Sơn', 'Đắk Sắk', 'Đắk Mil']) {
      expect(names.has(n), n).toBe(true);
    }
    // The apostrophe in Nâm N'Đir is the plain ASCII one, and Đ is U+0110 (not a D with a stroke mark).
    expect([...names]).toContain('N\u00e2m N\u0027\u0110ir');
    // Variant spellings must not have crept in.
    for (const wrong of ['Buôn Choáh', 'Buôn Chóah', "Đắk D'rô", 'Đăk Drô', "Nâm N'Dir", 'Dak Mam']) {
      expect(names.has(wrong), wrong).toBe(false);
    }
  });

  it('has every succession pointing at units that exist', () => {
    expect(tree.successions.length).toBeGreaterThan(0);
    for (const s of tree.successions) {
      expect(byCode.has(s.predecessorCode), s.predecessorCode).toBe(true);
      expect(byCode.has(s.successorCode), s.successorCode).toBe(true);
    }
  });

  it('ends every predecessor the day before its successor starts', () => {
    for (const s of tree.successions) {
      const pred = get(s.predecessorCode);
      const succ = get(s.successorCode);
      expect(pred.validTo, pred.code).toBeDefined();
      expect(pred.validTo, `${pred.code} → ${succ.code}`).toBe(dayBefore(succ.validFrom));
      expect(s.effectiveDate).toBe(succ.validFrom);
      expect(pred.kind === 'province').toBe(succ.kind === 'province');
    }
  });

  it('records the merger table of NQ 1671/NQ-UBTVQH15 row by row', () => {
    const lamDong = unit('province', 'Lâm Đồng', undefined);
    for (const [newName, oldNames] of Object.entries(MERGERS)) {
      const successor = unit('commune', newName, undefined);
      expect(successor.parentCode).toBe(lamDong.code);
      expect(successor.validFrom).toBe('2025-07-01');
      expect(successor.classifications).toEqual([{ dimension: 'region', value: 'TN' }]);
      const preds = tree.successions.filter((s) => s.successorCode === successor.code).map((s) => get(s.predecessorCode).name);
      expect(preds.sort(), newName).toEqual([...oldNames].sort());
    }
    // Each of the 12 Krông Nô units and the two ex-Đắk Mil communes goes to exactly one new commune.
    const communeSuccessions = tree.successions.filter((s) => get(s.successorCode).kind !== 'province');
    expect(communeSuccessions).toHaveLength(14);
    expect(new Set(communeSuccessions.map((s) => s.predecessorCode)).size).toBe(14);
    for (const s of communeSuccessions) {
      expect(s.kind).toBe('merge');
      expect(s.effectiveDate).toBe('2025-07-01');
      expect(s.legalBasis).toContain('1671/NQ-UBTVQH15');
      expect(s.provenance?.verified).toBe(false);
    }
  });

  it('merges Đắk Nông and the old Lâm Đồng into the new Lâm Đồng (NQ 202/2025/QH15)', () => {
    const newLamDong = unit('province', 'Lâm Đồng', undefined);
    const preds = tree.successions
      .filter((s) => s.successorCode === newLamDong.code)
      .map((s) => {
        expect(s.kind).toBe('merge');
        expect(s.legalBasis).toContain('202/2025/QH15');
        expect(s.provenance?.verified).toBe(false);
        return get(s.predecessorCode);
      });
    expect(preds.map((u) => u.name).sort()).toEqual(['Lâm Đồng', 'Đắk Nông'].sort());
    expect(preds.every((u) => u.kind === 'province' && u.validTo === '2025-06-30')).toBe(true);
  });

  it('uses official numeric codes for pre-2025 units and marks every code with its source', () => {
    expect(unit('province', 'Đắk Nông', '2025-06-30').code).toBe('67');
    expect(unit('district', 'Krông Nô', '2025-06-30').code).toBe('664');
    for (const u of tree.units) {
      expect(u.provenance?.source, u.code).toBeTruthy();
      if (u.validTo === '2025-06-30') expect(u.code, u.name).toMatch(/^\d+$/);
    }
  });
});
