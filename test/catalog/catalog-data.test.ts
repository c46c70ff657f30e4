import { describe, expect, it } from 'vitest';
import advancedJson from '../../src/catalog/sets/qd318-advanced-2021-2025.json' with { type: 'json' };
import ntmJson from '../../src/catalog/sets/qd318-ntm-2021-2025.json' with { type: 'json' };
import modelJson from '../../src/catalog/sets/qd319-model-2021-2025.json' with { type: 'json' };
import { type CriteriaSet, criteriaSetSchema } from '../../src/domain/catalog/criteria-set.schema.js';

/** The 19 criterion names of QĐ 318/QĐ-TTg Phụ lục I, confirmed (✅) in the thuvienphapluat bulletin. */
const NTM_CRITERION_NAMES = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
];

function parse(json: unknown): CriteriaSet {
  const result = criteriaSetSchema.safeParse(json);
  if (!result.success) {
    throw new Error(JSON.stringify(result.error.issues, null, 1));
  }
  return result.data;
}

const ntm = parse(ntmJson);
const advanced = parse(advancedJson);
const model = parse(modelJson);
const allSets = [ntm, advanced, model];

const indicators = (set: CriteriaSet) => set.criteria.flatMap((c) => c.indicators);

describe('catalogue data: criteria sets', () => {
  it('every set parses with the schema', () => {
    for (const json of [ntmJson, advancedJson, modelJson]) {
      expect(criteriaSetSchema.safeParse(json).success).toBe(true);
    }
  });

  it('NTM set (318 PL I) has 19 criteria in 5 groups with the confirmed names', () => {
    expect(ntm.code).toBe('qd318-ntm-2021-2025');
    expect(ntm.tier).toBe('ntm');
    expect(ntm.criteria).toHaveLength(19);
    expect(ntm.groups.map((g) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(ntm.criteria.map((c) => c.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(ntm.criteria.map((c) => c.name)).toEqual(NTM_CRITERION_NAMES);
  });

  it('no threshold that carries a number claims to be verified', () => {
    for (const set of allSets) {
      for (const ind of indicators(set)) {
        for (const t of ind.thresholds) {
          if (t.value !== null) {
            expect(t.provenance.verified, `${set.code} ${ind.code}`).toBe(false);
          }
        }
      }
    }
  });

  it('every income threshold is unknown (null)', () => {
    let count = 0;
    for (const set of allSets) {
      for (const ind of indicators(set).filter((i) => i.kind === 'income')) {
        for (const t of ind.thresholds) {
          expect(t.value, `${set.code} ${ind.code}`).toBeNull();
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('NTM income has one threshold per year 2022..2025', () => {
    const income = indicators(ntm).find((i) => i.kind === 'income');
    expect(income?.unit).toBe('triệu đồng/người/năm');
    expect(income?.thresholds.map((t) => [t.fromYear, t.toYear])).toEqual([
      [2022, 2022],
      [2023, 2023],
      [2024, 2024],
      [2025, 2025],
    ]);
  });

  it('15.3 (stunting) is a ceiling, 26.5 % for Tây Nguyên', () => {
    const stunting = indicators(ntm).find((i) => i.code === '15.3');
    expect(stunting?.kind).toBe('max');
    const tn = stunting?.thresholds.find((t) => t.where?.region?.includes('TN'));
    expect(tn?.value).toBe(26.5);
    expect(tn?.provenance.verified).toBe(false);
  });

  it('13.4 (traditional crafts) applies only where present', () => {
    expect(indicators(ntm).find((i) => i.code === '13.4')?.appliesIfPresent).toBe(true);
  });

  it('ĐBKK/ATK communes use the TDMNPB thresholds', () => {
    expect(ntm.classificationRules).toEqual([
      expect.objectContaining({
        when: { dimension: 'special-status', values: ['dbkk', 'atk'] },
        use: { dimension: 'region', value: 'TDMNPB' },
      }),
    ]);
  });

  it('advanced set (318 PL II) has 19 criteria and requires NTM', () => {
    expect(advanced.tier).toBe('advanced');
    expect(advanced.requiresTier).toBe('ntm');
    expect(advanced.criteria).toHaveLength(19);
    for (const c of advanced.criteria) {
      expect(c.provenance.verified).toBe(false);
    }
  });

  it('model set (319) requires advanced; its income derives from an advanced income indicator', () => {
    expect(model.tier).toBe('model');
    expect(model.requiresTier).toBe('advanced');
    const derived = indicators(model)
      .flatMap((i) => i.thresholds)
      .map((t) => t.derivedFrom)
      .filter((d) => d !== undefined);
    expect(derived).toHaveLength(1);
    const d = derived[0];
    expect(d?.setCode).toBe(advanced.code);
    expect(d?.factor).toBe(1.1);
    expect(indicators(advanced).find((i) => i.code === d?.indicatorCode)?.kind).toBe('income');
  });
});

describe('catalogue data: classifications and tiers', () => {
  it('every 2021-2025 set declares the 7 regions and the ĐBKK/ATK statuses, with Vietnamese names', () => {
    for (const s of [ntm, advanced, model]) {
      const region = s.classifications.find((d) => d.code === 'region');
      expect(region?.values.map((v) => v.code)).toEqual(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']);
      expect(region?.values.find((v) => v.code === 'TN')?.name).toBe('Tây Nguyên');
      expect(region?.multiple).toBeUndefined();
      const special = s.classifications.find((d) => d.code === 'special-status');
      expect(special?.multiple).toBe(true);
      expect(special?.values.map((v) => v.shortName)).toEqual(['ĐBKK', 'ATK']);
    }
  });

  it('names each tier as the UI shows it', () => {
    expect([ntm, advanced, model].map((s) => [s.tier, s.tierName])).toEqual([
      ['ntm', 'Xã nông thôn mới'],
      ['advanced', 'Xã nông thôn mới nâng cao'],
      ['model', 'Xã nông thôn mới kiểu mẫu'],
    ]);
  });
});
