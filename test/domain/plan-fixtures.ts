/** Small synthetic plans and baselines for the plan domain tests: 5 criteria, communes A, B (not recognised), C (recognised). */

import { type Plan, type PlanInput, planSchema } from '../../src/domain/plan/plan.schema.js';
import type { PlanBaseline } from '../../src/domain/plan/plan-metrics.js';

export const CRITERIA = [1, 2, 3, 4, 5];

export function testBaseline(over: Partial<PlanBaseline> = {}): PlanBaseline {
  return {
    criterionNumbers: CRITERIA,
    indicatorCodes: ['1.1', '2.1', '3.1', '4.1', '5.1'],
    communes: [
      { unitCode: 'A', name: 'Xã A', met: [1, 2], recognisedTier: null },
      { unitCode: 'B', name: 'Xã B', met: [1, 2, 3, 4], recognisedTier: null },
      { unitCode: 'C', name: 'Xã C', met: [1, 2, 3, 4, 5], recognisedTier: 'ntm' },
    ],
    units: [
      { code: 'H', name: 'Huyện H', validFrom: '2004-01-01', validTo: '2025-06-30' },
      { code: 'A', name: 'Xã A', validFrom: '2004-01-01', validTo: '2025-06-30' },
      { code: 'B', name: 'Xã B', validFrom: '2004-01-01', validTo: '2025-06-30' },
      { code: 'C', name: 'Xã C', validFrom: '2004-01-01', validTo: '2025-06-30' },
      { code: 'D', name: 'Xã D', validFrom: '2004-01-01' },
      { code: 'N', name: 'Xã N (mới)', validFrom: '2025-07-01' },
      { code: 'E', name: 'Xã E', validFrom: '2004-01-01', validTo: '2022-06-30' },
    ],
    ...over,
  };
}

export function testPlan(over: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({
    code: 'h-2022',
    year: 2022,
    issuingUnit: { unitCode: 'H', kind: 'district', authority: 'Ủy ban nhân dân huyện H' },
    documentNumber: { number: null, symbol: 'KH-UBND' },
    place: 'H',
    issuedOn: { year: 2022, month: 3, day: 1 },
    title: 'Kế hoạch xây dựng nông thôn mới năm 2022',
    criteriaSetCode: 'test-set',
    signer: null,
    provenance: { source: 'test', verified: false },
    communeTargets: [
      { unitCode: 'A', name: 'Xã A', criteria: [3] },
      { unitCode: 'B', name: 'Xã B', criteria: [5] },
    ],
    ...over,
  });
}

/** A target on `unitCode` committing to `criteria`. */
export const target = (unitCode: string, criteria: number[], extra: Record<string, unknown> = {}) => ({
  unitCode,
  name: `Xã ${unitCode}`,
  criteria,
  ...extra,
});

export const obj = {
  total: (total: number) => ({ id: 'total', kind: 'criteriaAdded' as const, text: `+${total}`, total }),
  average: (atLeast: number, scope: 'all' | 'notRecognised' | null = null) => ({
    id: 'avg',
    kind: 'averageCriteria' as const,
    text: `≥ ${atLeast}`,
    atLeast,
    scope,
  }),
  distribution: (buckets: { criteria: number; communes: number }[], scope: 'all' | 'notRecognised' | null = null) => ({
    id: 'dist',
    kind: 'distribution' as const,
    text: 'phân bố',
    buckets,
    scope,
  }),
  reach: (count: number, unitCodes: string[] = []) => ({
    id: 'reach',
    kind: 'communesReachingStandard' as const,
    text: 'về đích',
    count,
    unitCodes,
  }),
  minimumGain: (atLeast: number) => ({ id: 'gain', kind: 'minimumGain' as const, text: 'tăng', atLeast, upTo: null }),
};
