/** The QĐ 18 revocation rule as data: the 30 % and 50 % edges, the critical criteria, unknown results. */
import { describe, expect, it } from 'vitest';
import { builtinSets, revocationRules } from '../../src/catalog/index.js';
import { revocationRuleFor, titleRisk } from '../../src/domain/recognition/keep-title.js';

const rules = revocationRules();
const qd318 = builtinSets().find((s) => s.code === 'qd318-ntm-2021-2025');
if (!qd318) throw new Error('no QĐ 318 set');
const rule318 = revocationRuleFor(rules, qd318);
if (!rule318) throw new Error('no rule for QĐ 318');

/** 19 criteria of QĐ 318 with the given numbers failing (and `unknown` ones without a result). */
const commune = (failing: number[], unknown: number[] = []) =>
  qd318.criteria.map((c) => ({
    code: String(c.number),
    name: c.name,
    result: failing.includes(c.number) ? 'not_met' : unknown.includes(c.number) ? 'incomplete' : 'met',
  }));

describe('titleRisk (QĐ 18/2022)', () => {
  it('keeps the title of a commune that meets every criterion', () => {
    const r = titleRisk(rule318, commune([]));
    expect(r.state).toBe('kept');
    expect(r.failing).toEqual([]);
    expect(r.reason.vi).toContain('Vẫn đạt đủ');
  });

  it('flags a commune below 30 % as at risk, naming what fails', () => {
    const r = titleRisk(rule318, commune([5, 10, 17, 19, 2])); // 5/19 = 26,3 %
    expect(r.state).toBe('at_risk');
    expect(r.failing).toEqual(['2', '5', '10', '17', '19']);
    expect(r.criticalFailing).toEqual(['10', '17', '19']);
    expect(r.reason.vi).toContain('Thu nhập');
    expect(r.reason.vi).toContain('chưa đến mức thu hồi');
  });

  it('revokes from 30 % with one critical criterion failing, not without', () => {
    // 6/19 = 31,6 %: the first count at or over 30 %.
    expect(titleRisk(rule318, commune([1, 2, 3, 4, 5, 10])).state).toBe('revoke');
    expect(titleRisk(rule318, commune([1, 2, 3, 4, 5, 19])).criticalFailing).toEqual(['19']);
    expect(titleRisk(rule318, commune([1, 2, 3, 4, 5, 6])).state).toBe('at_risk');
    expect(titleRisk(rule318, commune([1, 2, 3, 4, 5, 6, 7, 8, 9])).state).toBe('at_risk'); // 9/19 = 47,4 %
  });

  it('revokes from 50 % whatever fails', () => {
    const r = titleRisk(rule318, commune([1, 2, 3, 4, 5, 6, 7, 8, 9, 11])); // 10/19 = 52,6 %
    expect(r.state).toBe('revoke');
    expect(r.criticalFailing).toEqual([]);
    expect(r.failingShare).toBeCloseTo(10 / 19);
    // Exactly 50 % of an even count.
    const four = [1, 2, 3, 4].map((n) => ({ code: String(n), name: `TC ${n}`, result: n <= 2 ? 'not_met' : 'met' }));
    expect(titleRisk(rule318, four).state).toBe('revoke');
  });

  it('does not count criteria without a current result as failing', () => {
    const r = titleRisk(rule318, commune([], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(r.state).toBe('kept');
    expect(r.unknown).toHaveLength(11);
    expect(r.reason.vi).toContain('chưa đủ căn cứ');
    expect(titleRisk(rule318, commune([10], [1, 2, 3, 4, 5, 6])).state).toBe('at_risk');
  });

  it('says it cannot decide the 30–50 % band for QĐ 51, whose critical criteria are unknown', () => {
    const qd51 = builtinSets().find((s) => s.code === 'qd51-ntm-2026-2030');
    const rule = qd51 && revocationRuleFor(rules, qd51);
    expect(rule?.criticalCriteria).toBeNull();
    expect(rule?.provenance.verified).toBe(false);
    if (!rule || !qd51) return;
    const ten = (failing: number) =>
      qd51.criteria.map((c) => ({ code: String(c.number), name: c.name, result: c.number <= failing ? 'not_met' : 'met' }));
    const band = titleRisk(rule, ten(3));
    expect(band.state).toBe('at_risk');
    expect(band.criticalUnknown).toBe(true);
    expect(band.reason.vi).toContain('chưa có danh sách tiêu chí then chốt');
    expect(titleRisk(rule, ten(5)).state).toBe('revoke');
    expect(titleRisk(rule, ten(2)).criticalUnknown).toBeUndefined();
  });
});

describe('revocation rules data', () => {
  it('names critical criteria by the numbers and names the sets use', () => {
    for (const set of builtinSets()) {
      const rule = revocationRuleFor(rules, set);
      expect(rule, set.code).not.toBeNull();
      for (const k of rule?.criticalCriteria ?? []) {
        expect(set.criteria.find((c) => String(c.number) === k.code)?.name.toLowerCase(), `${set.code} ${k.code}`).toBe(
          k.name.toLowerCase(),
        );
      }
    }
  });

  it('covers a province set derived from QĐ 318 through its decision number', () => {
    expect(revocationRuleFor(rules, { code: 'tinh-x-ntm', tier: 'ntm', decision: { number: '318/QĐ-TTg' } })?.code).toBe(
      'qd18-2022-xa-ntm',
    );
    expect(revocationRuleFor(rules, { code: 'tinh-x-nc', tier: 'advanced', decision: { number: '318/QĐ-TTg' } })?.code).toBe(
      'qd18-2022-xa-ntm-nang-cao',
    );
    expect(revocationRuleFor(rules, { code: 'other', tier: 'ntm' })).toBeNull();
  });

  it('marks confirmed only what the reference confirms', () => {
    const verified = Object.fromEntries(rules.map((r) => [r.code, r.provenance.verified]));
    expect(verified).toEqual({
      'qd18-2022-xa-ntm': true,
      'qd18-2022-xa-ntm-nang-cao': true,
      'qd18-2022-xa-ntm-kieu-mau': false,
      'qd51-2025-xa-ntm': false,
    });
  });
});
