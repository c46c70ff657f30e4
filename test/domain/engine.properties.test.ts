/** Properties the engine must keep for any values: monotone, order-independent, missing is never met. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSet, evaluateCommune } from '../../src/domain/evaluation/engine.js';
import type { IndicatorValue } from '../../src/domain/evaluation/evaluation.types.js';
import { REGION_CODES, regionProfile, testSet } from '../support/criteria-set.factory.js';

const set = testSet();
const compiled = compileSet(set);
const indicators = set.criteria.flatMap((c) => c.indicators);

const valueFor = (kind: string): fc.Arbitrary<IndicatorValue | undefined> =>
  kind === 'boolean'
    ? fc.option(fc.boolean(), { nil: undefined })
    : kind === 'zero'
      ? fc.option(fc.nat(5), { nil: undefined })
      : fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined });

const valuesArb = fc.record(Object.fromEntries(indicators.map((i) => [i.code, valueFor(i.kind)]))) as fc.Arbitrary<
  Record<string, IndicatorValue | undefined>
>;
const profileArb = fc
  .record({ region: fc.constantFrom(...REGION_CODES), statuses: fc.subarray(['dbkk', 'atk']) })
  .map(({ region, statuses }) => regionProfile(region, statuses));
const dateArb = fc.constantFrom('2021-12-31', '2022-06-30', '2023-12-31', '2025-01-01');

describe('engine properties', () => {
  it('raising the value of an "at least" indicator never turns met into not met', () => {
    const minCodes = indicators.filter((i) => i.kind === 'min' || i.kind === 'income').map((i) => i.code);
    fc.assert(
      fc.property(
        valuesArb,
        profileArb,
        dateArb,
        fc.constantFrom(...minCodes),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (values, profile, date, code, raise) => {
          const before = evaluateCommune(compiled, profile, date, values);
          const current = values[code];
          if (typeof current !== 'number') return;
          const after = evaluateCommune(compiled, profile, date, { ...values, [code]: current + raise });
          before.criteria.forEach((c, i) => {
            if (c.status === 'met') expect(after.criteria[i]?.status).toBe('met');
          });
          expect(after.metCount).toBeGreaterThanOrEqual(before.metCount);
        },
      ),
    );
  });

  it('does not depend on the order in which values are given', () => {
    fc.assert(
      fc.property(valuesArb, profileArb, dateArb, fc.nat(), (values, profile, date, seed) => {
        const entries = Object.entries(values);
        const reversed = Object.fromEntries([...entries].reverse());
        const shuffled = Object.fromEntries(
          entries
            .map((e, i) => [((i + 1) * (seed + 7)) % 101, e] as const)
            .sort((a, b) => a[0] - b[0])
            .map((x) => x[1]),
        );
        const a = evaluateCommune(compiled, profile, date, values);
        expect(evaluateCommune(compiled, profile, date, reversed)).toEqual(a);
        expect(evaluateCommune(compiled, profile, date, shuffled)).toEqual(a);
      }),
    );
  });

  it('never counts a missing value as met', () => {
    fc.assert(
      fc.property(valuesArb, profileArb, dateArb, (values, profile, date) => {
        const e = evaluateCommune(compiled, profile, date, values);
        for (const r of e.indicators) {
          if (values[r.code] === undefined) expect(r.status).toBe('missing');
        }
        e.criteria.forEach((c, i) => {
          const codes = set.criteria[i]?.indicators.map((x) => x.code) ?? [];
          if (codes.some((code) => values[code] === undefined)) expect(c.status).not.toBe('met');
        });
      }),
    );
  });
});
