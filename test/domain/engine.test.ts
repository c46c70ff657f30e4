import { describe, expect, it } from 'vitest';
import { compileSet, evaluateCommune, summarizeCommune } from '../../src/domain/evaluation/engine.js';
import { allMetValues, regionProfile, testSet } from '../support/criteria-set.factory.js';

const tn = regionProfile('TN');
const compiled = compileSet(testSet());
const byCode = (e: ReturnType<typeof evaluateCommune>, code: string) => e.indicators.find((i) => i.code === code);

describe('evaluation engine', () => {
  it('meets every criterion when every value meets its threshold, and reaches the set tier', () => {
    const e = evaluateCommune(compiled, tn, '2022-12-31', allMetValues);
    expect(e.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met']);
    expect(e.metCount).toBe(3);
    expect(e.tierReached).toBe('ntm');
  });

  it('uses the general threshold where the region has none, and says so', () => {
    const r = byCode(evaluateCommune(compiled, tn, '2022-12-31', { '2.1': 69 }), '2.1');
    expect(r).toMatchObject({ status: 'not_met', threshold: 70, basis: { region: 'TN', scope: 'general', regionFrom: 'profile' } });
  });

  it('uses the regional threshold where the region has one', () => {
    const r = byCode(evaluateCommune(compiled, regionProfile('DBSH'), '2022-12-31', { '2.1': 75 }), '2.1');
    expect(r).toMatchObject({ status: 'not_met', threshold: 80, verified: false, basis: { scope: 'region', region: 'DBSH' } });
  });

  it('makes an especially difficult (ĐBKK) commune use the northern-mountain threshold', () => {
    const r = byCode(evaluateCommune(compiled, regionProfile('TN', ['dbkk']), '2022-12-31', { '2.1': 55 }), '2.1');
    expect(r).toMatchObject({ status: 'met', threshold: 50, basis: { region: 'TDMNPB', regionFrom: 'status', status: 'dbkk' } });
  });

  it('takes the income threshold of the as-of year', () => {
    expect(byCode(evaluateCommune(compiled, tn, '2022-06-30', { '3': 42 }), '3')).toMatchObject({
      status: 'met',
      threshold: 40,
      basis: { year: 2022, yearBound: true },
    });
    expect(byCode(evaluateCommune(compiled, tn, '2023-06-30', { '3': 42 }), '3')).toMatchObject({ status: 'not_met', threshold: 45 });
  });

  it('reports an unknown threshold as such, never as met or not met', () => {
    const e = evaluateCommune(compiled, tn, '2024-12-31', allMetValues);
    expect(byCode(e, '3')).toMatchObject({ status: 'threshold_unknown', threshold: null });
    expect(e.criteria[2]?.status).toBe('incomplete');
    expect(e.tierReached).toBeNull();
  });

  it('reports no threshold for a year outside every range as unknown', () => {
    expect(byCode(evaluateCommune(compiled, tn, '2030-01-01', { '3': 999 }), '3')).toMatchObject({
      status: 'threshold_unknown',
      basis: { scope: 'none' },
    });
  });

  it('handles at most, must be zero, and "if present"', () => {
    const e = evaluateCommune(compiled, tn, '2022-12-31', { ...allMetValues, '2.2': 10.5, '2.3': 2, '1.2': 'not_applicable' });
    expect(byCode(e, '2.2')?.status).toBe('not_met');
    expect(byCode(e, '2.3')).toMatchObject({ status: 'not_met', threshold: 0 });
    expect(byCode(e, '1.2')?.status).toBe('not_applicable');
    expect(e.criteria[0]?.status).toBe('met');
  });

  it('does not accept "not applicable" for an indicator that always applies', () => {
    expect(byCode(evaluateCommune(compiled, tn, '2022-12-31', { '1.1': 'not_applicable' }), '1.1')?.status).toBe('missing');
  });

  it('calls a criterion not met when one indicator fails even if others are missing', () => {
    const e = evaluateCommune(compiled, tn, '2022-12-31', { '2.2': 50 });
    expect(e.criteria[1]).toMatchObject({ status: 'not_met', notMet: 1, open: 2 });
    expect(e.criteria[0]?.status).toBe('incomplete');
  });

  it('summarises exactly as the full evaluation does', () => {
    const values = { ...allMetValues, '2.1': 10 };
    const full = evaluateCommune(compiled, tn, '2022-12-31', values);
    const sum = summarizeCommune(compiled, tn, '2022-12-31', values);
    expect(sum.criteria).toEqual(full.criteria.map((c) => c.status));
    expect(sum.metCount).toBe(full.metCount);
  });
});
