/**
 * The arithmetic of rates and debt: a source tree sums leaves into parents and TỔNG SỐ; a rate is null
 * when nothing is planned; a work's debt never goes below zero and splits by source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workDebt } from '../../src/domain/funding/debt.js';
import { paidByMonth, rate, sourceTreeRates } from '../../src/domain/funding/rates.js';

const tree = [
  {
    code: 'nstw',
    name: 'Ngân sách trung ương',
    children: [
      { code: 'nstw.dtpt', name: 'ĐTPT' },
      { code: 'nstw.sn', name: 'Sự nghiệp' },
    ],
  },
  { code: 'nsdp', name: 'Ngân sách địa phương', children: [{ code: 'nsdp.xa', name: 'Xã' }] },
];

describe('rates', () => {
  it('sums leaves into parents and the total; drops empty branches', () => {
    const rows = sourceTreeRates(
      [
        { key: 'nstw.dtpt', planned: 1_000_000_000, paid: 250_000_000 },
        { key: 'nstw.sn', planned: 1_000_000_000, paid: 0 },
      ],
      tree,
    );
    expect(rows.map((r) => [r.key, r.level, r.planned, r.paid, r.rate])).toEqual([
      ['total', 0, 2_000_000_000, 250_000_000, 0.125],
      ['nstw', 1, 2_000_000_000, 250_000_000, 0.125],
      ['nstw.dtpt', 2, 1_000_000_000, 250_000_000, 0.25],
      ['nstw.sn', 2, 1_000_000_000, 0, 0],
    ]);
  });
  it('has no rate when nothing is planned', () => expect(rate(0, 5)).toBeNull());
  it('puts payments in their month', () => {
    expect(
      paidByMonth(
        [
          { paidOn: '2026-03-05', amount: 5 },
          { paidOn: '2026-03-20', amount: 2 },
          { paidOn: '2025-03-01', amount: 9 },
        ],
        2026,
      )[2],
    ).toBe(7);
  });
  it('the total equals the sum of the leaves (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom('nstw.dtpt', 'nstw.sn', 'nsdp.xa'), planned: fc.nat(1e12), paid: fc.nat(1e12) })),
        (lines) => {
          const total = sourceTreeRates(lines, tree)[0];
          expect(total?.planned).toBe(lines.reduce((s, l) => s + l.planned, 0));
          expect(total?.paid).toBe(lines.reduce((s, l) => s + l.paid, 0));
        },
      ),
    );
  });
});

describe('debt', () => {
  it('is accepted minus paid, by source, never negative', () => {
    const d = workDebt(
      [
        { sourceCode: 'nstw.dtpt', amount: 800 },
        { sourceCode: null, amount: 200 },
      ],
      [
        { sourceCode: 'nstw.dtpt', paid: 500 },
        { sourceCode: 'nsdp.xa', paid: 300 },
      ],
    );
    expect(d).toMatchObject({ accepted: 1000, paid: 800, debt: 200 });
    expect(d.bySource).toEqual([
      { sourceCode: 'nstw.dtpt', accepted: 800, paid: 500, debt: 300 },
      { sourceCode: null, accepted: 200, paid: 300, debt: 0 },
    ]);
    expect(workDebt([{ sourceCode: null, amount: 100 }], [{ sourceCode: 'nstw.dtpt', paid: 150 }]).debt).toBe(0);
  });
  it('never goes below zero (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1e9)), fc.array(fc.nat(1e9)), (a, p) => {
        const d = workDebt(
          a.map((amount) => ({ sourceCode: null, amount })),
          p.map((paid) => ({ sourceCode: 'x', paid })),
        );
        expect(d.debt).toBe(Math.max(0, d.accepted - d.paid));
        expect(d.debt).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
