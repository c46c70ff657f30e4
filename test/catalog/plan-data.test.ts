/** The Krông Nô 2022 plan as data agrees with the reference text, the criteria set, the units and the demo baseline. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinSets, krongNoDemoBaseline, krongNoUnitTree } from '../../src/catalog/index.js';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import raw from '../../src/catalog/plans/krong-no-2022.json' with { type: 'json' };
import { planSchema } from '../../src/domain/plan/plan.schema.js';
import { normalizeForSearch } from '../../src/domain/text/vietnamese.js';

const plan = krongNoPlan2022();
const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
/** The reference text, copied into the repository (test/documents/plan-fidelity.test.ts checks the copy). */
const reference = readFileSync(new URL('../fixtures/ke-hoach-ntm-krong-no-2022.txt', import.meta.url), 'utf8');
/** Whitespace (page breaks inside sentences) does not count. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Krông Nô 2022 plan data', () => {
  it('validates, refers to a built-in set, and is real content (not demo) with provenance', () => {
    expect(planSchema.safeParse(raw).success).toBe(true);
    expect(set).toBeDefined();
    expect(plan).toMatchObject({ year: 2022, status: 'approved', demo: false, provenance: { verified: true } });
    expect(plan.provenance.source).toBe('shared/reference/ke-hoach-ntm-krong-no-2022.txt');
  });

  it('keeps the blank number and day as null, with notes', () => {
    expect(plan.documentNumber).toMatchObject({ number: null, symbol: 'KH-UBND' });
    expect(plan.documentNumber.note).toContain('Số: /KH-UBND');
    expect(plan.issuedOn).toMatchObject({ year: 2022, month: 4, day: null });
    expect(plan.issuedOn.note).toContain('tháng 4 năm 2022');
    expect(plan.place).toBe('Krông Nô');
    expect(plan.issuingUnit).toEqual({ unitCode: '664', kind: 'district', authority: 'Ủy ban nhân dân huyện Krông Nô' });
  });

  it('has the six legal bases with number, date, issuer and title', () => {
    expect(plan.legalBases.map((b) => [b.number, b.date, b.issuer])).toEqual([
      ['25/2021/QH15', '2021-07-28', 'Quốc hội'],
      ['263/QĐ-TTg', '2022-02-22', 'Thủ tướng Chính phủ'],
      ['318/QĐ-TTg', '2022-03-08', 'Thủ tướng Chính phủ'],
      ['12-NQ/TU', '2021-12-16', 'Tỉnh ủy Đắk Nông'],
      ['205/NQ-HĐND', '2021-12-21', 'Hội đồng nhân dân huyện Krông Nô'],
      ['5168/QĐ-UBND', '2021-12-22', 'Ủy ban nhân dân huyện Krông Nô'],
    ]);
    for (const b of plan.legalBases) expect(b.title.length).toBeGreaterThan(10);
    // The one title not in the text is marked unverified.
    expect(plan.legalBases[0]?.provenance?.verified).toBe(false);
  });

  it('states the district objectives: +21, ≥ 17,9, 3 reaching the standard, 3×19 2×18 1×17 2×16, +1 each, BHYT ≥ 90 % (15.1)', () => {
    const o = Object.fromEntries(plan.objectives.map((x) => [x.kind === 'text' ? x.id : x.kind, x]));
    expect(o.criteriaAdded).toMatchObject({ total: 21 });
    expect(o.averageCriteria).toMatchObject({ atLeast: 17.9 });
    expect(o.communesReachingStandard).toMatchObject({ count: 3, unitCodes: ['24703', '24715', '24692'] });
    expect(o.distribution).toMatchObject({
      buckets: [
        { criteria: 19, communes: 3 },
        { criteria: 18, communes: 2 },
        { criteria: 17, communes: 1 },
        { criteria: 16, communes: 2 },
      ],
    });
    expect(o.minimumGain).toMatchObject({ atLeast: 1, upTo: 2 });
    expect(o.indicator).toMatchObject({ indicatorCode: '15.1', comparator: 'atLeast', value: 90, unit: '%', dueDate: '2022-12-31' });
    expect(set?.criteria.flatMap((c) => c.indicators.map((i) => i.code))).toContain('15.1');
  });

  it('targets the 11 communes of the district by code, matching the demo baseline commitments and flags', () => {
    const communes = krongNoUnitTree().units.filter((u) => u.parentCode === '664' && u.kind === 'commune');
    expect(plan.communeTargets.map((t) => t.unitCode).sort()).toEqual(communes.map((u) => u.code).sort());
    for (const t of plan.communeTargets) expect(communes.find((u) => u.code === t.unitCode)?.name).toBe(t.name);
    for (const d of krongNoDemoBaseline().communes) {
      const t = plan.communeTargets.find((x) => x.unitCode === d.unitCode);
      expect(t?.criteria, d.name).toEqual(d.targets2022);
      expect(t?.reachStandard, d.name).toBe(d.reachStandard2022);
      expect(t?.maintain && t.tierTarget?.tier === 'advanced', d.name).toBe(d.maintainAdvanced2022);
    }
  });

  it('maps each criterion name in the commune lines to the number stored (ATTP = an toàn thực phẩm)', () => {
    const byNumber = new Map(set?.criteria.map((c) => [c.number, normalizeForSearch(c.name)]));
    for (const t of plan.communeTargets.filter((x) => x.criteria.length > 0)) {
      const names = /\((.*)\)/.exec(t.sourceText ?? '')?.[1]?.split(';') ?? [];
      const normalised = names.map((n) => normalizeForSearch(n.replace('ATTP', 'an toàn thực phẩm')));
      expect(normalised, t.name).toEqual(t.criteria.map((n) => byNumber.get(n)));
    }
  });

  it('has every task II.1.1–II.1.11, II.2.1–2.3, II.3.1–3.5 and assignment III.1–III.6, with known agencies', () => {
    const expected = [
      ...Array.from({ length: 11 }, (_, i) => `II.1.${i + 1}`),
      ...[1, 2, 3].map((i) => `II.2.${i}`),
      ...[1, 2, 3, 4, 5].map((i) => `II.3.${i}`),
      ...[1, 2, 3, 4, 5, 6].map((i) => `III.${i}`),
    ];
    expect(plan.tasks.map((t) => t.number)).toEqual(expected);
    const lead = Object.fromEntries(plan.tasks.map((t) => [t.number, t.leadAgencyCode]));
    expect(lead['III.3']).toBe('phong-tc-kh');
    expect(plan.tasks.find((t) => t.number === 'III.3')?.cooperatingAgencyCodes).toEqual(['phong-nn-ptnt', 'van-phong-ntm']);
    expect([lead['III.1'], lead['III.2'], lead['III.4'], lead['III.5'], lead['III.6']]).toEqual([
      'phong-ban-nganh',
      'to-cong-tac-ntm',
      'ubmttq-huyen',
      'bcd-bql-xa',
      'van-phong-ntm',
    ]);
    // Where the text names no one, no lead is invented.
    for (const n of ['II.1.1', 'II.1.2', 'II.1.5', 'II.1.8', 'II.3.4']) expect(lead[n], n).toBeNull();
    expect(plan.tasks.find((t) => t.number === 'II.3.1')?.communeUnitCodes.sort()).toEqual(['24692', '24703', '24715']);
    expect(plan.tasks.find((t) => t.number === 'II.2.2')?.criteria).toEqual([15, 16, 17, 18, 19]);
  });

  it('keeps each task text as in the reference (apart from the listed spelling corrections)', () => {
    const text = squash(reference);
    expect(text).toContain('KẾ HOẠCH');
    const corrected: Record<string, [string, string][]> = {
      'II.1.2': [['Krông Nô chung sức', 'Không Nô chung sức']],
      'III.2': [['thành viên đôn đốc', 'thanh viên đơn đốc']],
    };
    for (const t of plan.tasks) {
      let s = t.text;
      for (const [fixed, original] of corrected[t.number] ?? []) s = s.replace(fixed, original);
      expect(text, t.number).toContain(squash(s));
    }
  });

  it('corrects the misspelt names, keeping the originals in notes', () => {
    const { notes, sourceCorrections, ...rest } = plan;
    const withoutNotes = JSON.stringify(rest, (k, v) => (k === 'note' || k === 'sourceText' ? undefined : v));
    for (const wrong of ['Năm Nung', "Năm N'Đir", 'Năm N’Đir', 'Đắc ', 'Không Nô', 'Krông Nông', 'Phân đầu', 'BCD ']) {
      expect(withoutNotes, wrong).not.toContain(wrong);
    }
    const all = JSON.stringify(plan);
    for (const original of ['Năm Nung', "Năm N'Đir", 'Đắc Nang', 'Không Nô chung sức', 'Krông Nông', '8/3/2021'])
      expect(all).toContain(original);
    expect(notes.length).toBeGreaterThan(0);
    // Every misspelling corrected above is listed, with what the copy prints instead.
    for (const original of [
      'Phân đầu',
      'Năm Nung',
      "Năm N'Đir",
      'Đắc Nang',
      'Đắc Sôr',
      'Đắc Drô',
      'Không Nô chung sức',
      'Krông Nông',
      'BCD',
    ])
      expect(sourceCorrections.find((c) => c.source.includes(original))?.printed, original).toBeTruthy();
  });

  it('keeps the slips whose correction would change what the plan says (dates, the Assembly), with a remark', () => {
    const kept = plan.sourceCorrections.filter((c) => c.printed === null).map((c) => c.source);
    expect(kept).toEqual(['của Quốc hội khóa XIV, nhiệm kỳ 2016-2021, kỳ họp thứ 15', 'giai đoạn 2021-2026', 'ngày 8/3/2021']);
    expect(plan.tasks.find((t) => t.number === 'II.3.1')?.text).toContain('ngày 8/3/2021');
    expect(plan.tasks.find((t) => t.number === 'II.2.1')?.text).toContain('giai đoạn 2021-2026');
  });

  it('lists the 13 recipients and the signer block', () => {
    expect(plan.recipients).toHaveLength(13);
    expect(plan.recipients[0]?.name).toBe('BCĐ các chương trình MTQG tỉnh');
    expect(plan.recipients.at(-1)?.name).toBe('Lưu: VT');
    expect(plan.signer).toEqual({ onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Xuân Danh' });
  });
});
