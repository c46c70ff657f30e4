/** Small hand-made criteria sets for engine tests: every indicator kind, region and year rules. */
import qd318Classifications from '../../src/catalog/classifications/qd318-2021-2025.json' with { type: 'json' };
import { type CriteriaSet, type CriteriaSetInput, criteriaSetSchema } from '../../src/domain/catalog/criteria-set.schema.js';
import type { CommuneProfile } from '../../src/domain/evaluation/evaluation.types.js';

const p = { source: 'test', verified: true };

export function testSetInput(overrides: Partial<CriteriaSetInput> = {}): CriteriaSetInput {
  return {
    code: 'test-set',
    name: 'Bộ tiêu chí thử',
    tier: 'ntm',
    tierName: 'Xã nông thôn mới',
    phase: { fromYear: 2021, toYear: 2025 },
    decision: { number: '1/QĐ-TEST', date: '2022-03-08', issuer: 'Test' },
    groups: [{ code: 'I', name: 'Nhóm I' }],
    classifications: qd318Classifications,
    classificationRules: [
      { when: { dimension: 'special-status', values: ['dbkk', 'atk'] }, use: { dimension: 'region', value: 'TDMNPB' }, provenance: p },
    ],
    provenance: p,
    criteria: [
      {
        number: 1,
        name: 'Có/không',
        groupCode: 'I',
        provenance: p,
        indicators: [
          { code: '1.1', name: 'yes/no', kind: 'boolean', thresholds: [], provenance: p },
          { code: '1.2', name: 'nếu có', kind: 'boolean', appliesIfPresent: true, thresholds: [], provenance: p },
        ],
      },
      {
        number: 2,
        name: 'Tỷ lệ',
        groupCode: 'I',
        provenance: p,
        indicators: [
          {
            code: '2.1',
            name: 'at least, by region',
            kind: 'min',
            percent: true,
            unit: '%',
            provenance: p,
            thresholds: [
              { value: 70, provenance: p },
              { value: 50, where: { region: ['TDMNPB'] }, provenance: p },
              { value: 80, where: { region: ['DBSH'] }, provenance: { source: 'x', verified: false } },
            ],
          },
          {
            code: '2.2',
            name: 'at most',
            kind: 'max',
            percent: true,
            unit: '%',
            thresholds: [{ value: 10, provenance: p }],
            provenance: p,
          },
          { code: '2.3', name: 'zero', kind: 'zero', thresholds: [], provenance: p },
        ],
      },
      {
        number: 3,
        name: 'Thu nhập',
        groupCode: 'I',
        provenance: p,
        indicators: [
          {
            code: '3',
            name: 'income by year',
            kind: 'income',
            unit: 'triệu đồng/người/năm',
            provenance: p,
            thresholds: [
              { value: 40, fromYear: 2022, toYear: 2022, provenance: p },
              { value: 45, fromYear: 2023, toYear: 2023, provenance: p },
              { value: null, fromYear: 2024, toYear: 2025, provenance: { source: 'unknown', verified: false } },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export const testSet = (overrides: Partial<CriteriaSetInput> = {}): CriteriaSet => criteriaSetSchema.parse(testSetInput(overrides));

/** The profile of a commune of QĐ 318's shape: a region and its special statuses. */
export const regionProfile = (region: string, statuses: readonly string[] = []): CommuneProfile => ({
  classifications: { region: [region], ...(statuses.length ? { 'special-status': statuses } : {}) },
});

/** The 7 region codes the test set (QĐ 318's classifications) declares. */
export const REGION_CODES = qd318Classifications[0]?.values.map((v) => v.code) ?? [];

export const allMetValues = { '1.1': true, '1.2': true, '2.1': 90, '2.2': 5, '2.3': 0, '3': 50 } as const;
