/**
 * QĐ 51/2025/QĐ-TTg Phụ lục I as a set: what is confirmed is marked so, what is not stays unverified or
 * unknown; the set in force by date; the catalogue check's account of it; a province set derived from it.
 */
import { describe, expect, it } from 'vitest';
import { builtinSets, setsInForce } from '../../src/catalog/index.js';
import qd51Json from '../../src/catalog/sets/qd51-ntm-2026-2030.json' with { type: 'json' };
import { checkCatalog } from '../../src/domain/catalog/catalog-check.js';
import { deriveSet, setDerivationSchema } from '../../src/domain/catalog/criteria-set.derive.js';
import { criteriaSetSchema, type Tier } from '../../src/domain/catalog/criteria-set.schema.js';
import { periodsFrom, setsInForceAt } from '../../src/domain/catalog/set-in-force.js';
import { QD51_NAMES as NAMES } from '../support/qd51-names.js';

const set = criteriaSetSchema.parse(qd51Json);

describe('QĐ 51/2025 Phụ lục I set', () => {
  it('is the 2026-2030 NTM set of decision 51/2025/QĐ-TTg of 29/12/2025', () => {
    expect(set).toMatchObject({
      code: 'qd51-ntm-2026-2030',
      tier: 'ntm',
      phase: { fromYear: 2026, toYear: 2030 },
      decision: { number: '51/2025/QĐ-TTg', date: '2025-12-29', issuer: 'Thủ tướng Chính phủ', part: 'Phụ lục I' },
    });
    expect(set.demo).toBeUndefined();
    expect(set.provenance.source).toContain('Trần Hồng Hà');
    expect(set.provenance.source).toContain('15/02/2026');
    expect(builtinSets().map((s) => s.code)).toContain('qd51-ntm-2026-2030');
  });

  it('has the 10 criteria with their confirmed names, in order, each with a source', () => {
    expect(set.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(set.criteria.map((c) => c.name)).toEqual(NAMES);
    for (const c of set.criteria) {
      expect(c.provenance.verified, c.name).toBe(true);
      expect(c.provenance.source).toMatch(/^https:\/\//);
    }
  });

  it('marks nothing verified that is not confirmed: one unverified yes/no placeholder per criterion, no threshold', () => {
    expect(set.provenance.verified).toBe(false);
    for (const c of set.criteria) {
      expect(c.indicators).toHaveLength(1);
      const [i] = c.indicators;
      expect(i).toMatchObject({ code: String(c.number), kind: 'boolean', thresholds: [] });
      expect(i?.name).toBe(`Đạt tiêu chí ${c.name} theo Phụ lục I QĐ 51/2025 (chưa nhập danh mục chỉ tiêu)`);
      expect(i?.provenance.verified).toBe(false);
    }
    // no income or other threshold is invented anywhere in the document
    expect(JSON.stringify(qd51Json)).not.toMatch(/"value"\s*:/);
  });

  it('says the text has 47 indicators (confirmed) and that none is entered', () => {
    expect(set.indicatorCount).toMatchObject({ official: 47, provenance: { verified: true }, gaps: [] });
    expect(set.indicatorCount?.provenance.note).toContain('chưa nhập chỉ tiêu nào');
  });

  it('keeps the 3 commune groups (final numbering, draft reversed) in the note and the poverty standard on criterion 6', () => {
    const note = set.provenance.note ?? '';
    expect(note).toMatch(/Nhóm 1 — xã liền kề đô thị.*dưới 10%.*đô thị mới/);
    expect(note).toMatch(/Nhóm 3 — xã khu vực II, khu vực III vùng đồng bào dân tộc thiểu số và miền núi/);
    expect(note).toContain('Nhóm 2 — các xã còn lại');
    expect(note).toContain('dự thảo ngày 25/7/2025 đánh số ngược lại');
    const poverty = set.criteria[5]?.provenance.note ?? '';
    expect(poverty).toContain('2022-2025 vẫn áp dụng đến hết 31/12/2026');
    expect(poverty).toContain('2.200.000 đồng/người/tháng');
  });
});

describe('the national set in force by date', () => {
  const tiers = new Map(builtinSets().map((s) => [s.code, s.tier as Tier]));
  const ntmAt = (d: string) => setsInForceAt(setsInForce(), d, (c) => tiers.get(c), 'ntm').map((p) => p.setCode);

  it('is QĐ 318 until 14/02/2026 and QĐ 51 from 15/02/2026; nothing before 318', () => {
    expect(ntmAt('2022-03-07')).toEqual([]);
    expect(ntmAt('2022-03-08')).toEqual(['qd318-ntm-2021-2025']);
    expect(ntmAt('2026-02-14')).toEqual(['qd318-ntm-2021-2025']);
    expect(ntmAt('2026-02-15')).toEqual(['qd51-ntm-2026-2030']);
    expect(ntmAt('2030-12-31')).toEqual(['qd51-ntm-2026-2030']);
    // the advanced and model sets end with 318: QĐ 51 has no national nâng cao / kiểu mẫu set, only the pilot xã NTM hiện đại
    expect(setsInForceAt(setsInForce(), '2026-02-15', (c) => tiers.get(c)).map((p) => p.setCode)).toEqual([
      'qd51-ntm-2026-2030',
      'qd51-modern-2026-2030',
    ]);
  });

  it("marks 318's end as inferred and QĐ 51's start as confirmed", () => {
    const byCode = new Map(setsInForce().map((p) => [p.setCode, p]));
    expect(byCode.get('qd318-ntm-2021-2025')?.provenance.verified).toBe(false);
    expect(byCode.get('qd51-ntm-2026-2030')?.provenance.verified).toBe(true);
  });

  it('gives a unit created on 1/7/2025 the national periods from that day', () => {
    const p = periodsFrom(setsInForce(), '2025-07-01').filter((x) => tiers.get(x.setCode) === 'ntm');
    expect(p.map((x) => [x.setCode, x.validFrom, x.validTo])).toEqual([
      ['qd318-ntm-2021-2025', '2025-07-01', '2026-02-14'],
      ['qd51-ntm-2026-2030', '2026-02-15', null],
    ]);
  });
});

describe('catalogue check of QĐ 51', () => {
  const r = checkCatalog(set);

  it('lists what is confirmed: the 10 criteria names and the count of 47', () => {
    expect(r.confirmed.map((c) => c.where)).toEqual([...NAMES.map((n, i) => `tiêu chí ${i + 1} (${n})`), 'số chỉ tiêu của văn bản (47)']);
  });

  it('lists what is not: 37 indicators missing, the 10 placeholders and the decision as a whole unverified', () => {
    expect(r).toMatchObject({ criteria: 10, indicators: 10, officialIndicators: 47, thresholds: 0, unverified: 11 });
    expect(r.findings[0]).toMatchObject({ where: 'bộ tiêu chí', problem: 'indicator_count' });
    expect(r.findings[0]?.note).toContain('văn bản có 47 chỉ tiêu, danh mục này có 10: thiếu hoặc gộp 37 chỉ tiêu');
    const unverified = r.findings.filter((f) => f.problem === 'unverified').map((f) => f.where);
    expect(unverified).toEqual(['bộ tiêu chí, văn bản nói chung', ...NAMES.map((_, i) => `chỉ tiêu ${i + 1}`)]);
    expect(r.findings[1]?.note).toContain('Chưa biết: danh mục 47 chỉ tiêu, ngưỡng theo nhóm xã (kể cả thu nhập)');
  });
});

describe('a province set derived from QĐ 51', () => {
  const derivation = setDerivationSchema.parse({
    code: 'lam-dong-ntm-2026-2030',
    name: 'Bộ tiêu chí xã nông thôn mới tỉnh Lâm Đồng giai đoạn 2026-2030 (thử nghiệm)',
    baseSetCode: 'qd51-ntm-2026-2030',
    decision: { number: '0000/QĐ-UBND', date: '2026-03-01', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng' },
    provenance: { source: 'test', verified: false, note: 'bộ tiêu chí tỉnh giả định cho kiểm thử' },
    thresholds: {},
  });

  it('keeps the 10 criteria and their confirmed names under the province decision', () => {
    const derived = deriveSet(set, derivation);
    expect(derived).toMatchObject({ code: 'lam-dong-ntm-2026-2030', tier: 'ntm', decision: { issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng' } });
    expect(derived.criteria.map((c) => c.name)).toEqual(NAMES);
    expect(derived.indicatorCount?.official).toBe(47);
    expect(checkCatalog(derived).confirmed).toHaveLength(11);
  });

  it('refuses a threshold on a yes/no placeholder and an indicator QĐ 51 does not have', () => {
    const threshold = { value: 50, provenance: { source: 'test', verified: false } };
    expect(() => deriveSet(set, { ...derivation, thresholds: { '6': [threshold] } })).toThrow(/a boolean indicator takes no threshold/);
    expect(() => deriveSet(set, { ...derivation, thresholds: { '6.1': [threshold] } })).toThrow(/unknown indicators: 6.1/);
  });
});

describe('the pilot xã NTM hiện đại of QĐ 51 Phụ lục II', () => {
  const modern = builtinSets().find((s) => s.code === 'qd51-modern-2026-2030');
  it('is a tier of its own above xã NTM, from the same decision, with nothing claimed', () => {
    expect(modern?.tier).toBe('modern');
    expect(modern?.tierName).toBe('Xã nông thôn mới hiện đại');
    expect(modern?.requiresTier).toBe('ntm');
    expect(modern?.decision).toMatchObject({ number: '51/2025/QĐ-TTg', date: '2025-12-29', part: 'Phụ lục II' });
    const all = modern?.criteria.flatMap((c) => [c.provenance, ...c.indicators.map((i) => i.provenance)]) ?? [];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.verified === false)).toBe(true);
    expect(modern?.provenance.verified).toBe(false);
  });
});
