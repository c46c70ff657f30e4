/**
 * The funding catalogue as data: both periods parse, codes are unique, money goes to leaves only,
 * the district budget ends with the district level (30/6/2025) and 2026-2030 is the merged programme
 * with its three components. Plus the money texts people read.
 */
import { describe, expect, it } from 'vitest';
import {
  allSources,
  findSource,
  fundingPeriodOfYear,
  fundingPeriodOn,
  fundingPeriods,
  sourceLeaves,
  sourcePath,
  workKindName,
  workKinds,
} from '../../src/catalog/funding/index.js';
import { amountInWords, formatMillion } from '../../src/domain/funding/money.js';

const FIXED_LEAVES = [
  'nstw.dtpt',
  'nstw.sn',
  'nsdp.tinh',
  'nsdp.xa',
  'long-ghep.giam-ngheo',
  'long-ghep.dtts',
  'long-ghep.khac',
  'tin-dung',
  'doanh-nghiep',
  'cong-dong.tien-mat',
  'cong-dong.quy-doi',
];

describe('funding sources catalogue', () => {
  it('has two periods that parse and do not overlap', () => {
    const ps = fundingPeriods();
    expect(ps.map((p) => [p.code, p.from, p.to])).toEqual([
      ['2021-2025', '2021-01-01', '2025-12-31'],
      ['2026-2030', '2026-01-01', '2030-12-31'],
    ]);
    expect(fundingPeriodOn('2022-03-15').code).toBe('2021-2025');
    expect(fundingPeriodOfYear(2027).code).toBe('2026-2030');
    expect(() => fundingPeriodOn('2019-01-01')).toThrow(expect.objectContaining({ code: 'funding.no_period' }));
  });

  it('has unique codes, the fixed codes, and children named under their parent', () => {
    for (const p of fundingPeriods()) {
      const codes = allSources(p).map((s) => s.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(sourceLeaves(p).map((s) => s.code)).toEqual(expect.arrayContaining(FIXED_LEAVES));
      for (const s of allSources(p)) for (const c of s.children ?? []) expect(c.code.startsWith(`${s.code}.`)).toBe(true);
    }
  });

  it('lets only leaves receive money: a parent is never a leaf', () => {
    const p = fundingPeriodOfYear(2022);
    const leaves = sourceLeaves(p).map((s) => s.code);
    expect(leaves).not.toContain('nstw');
    expect(leaves).not.toContain('cong-dong');
    expect(sourcePath(p, 'nsdp.huyen').map((s) => s.code)).toEqual(['nsdp', 'nsdp.huyen']);
    expect(findSource(p, 'cong-dong.quy-doi')?.form).toBe('converted');
    expect(findSource(p, 'long-ghep.khac')?.needsProgrammeName).toBe(true);
  });

  it('ends the district budget on 30/6/2025 and marks the unknown counterpart ratio unverified', () => {
    const p = fundingPeriodOfYear(2025);
    expect(findSource(p, 'nsdp.huyen')?.validTo).toBe('2025-06-30');
    expect(sourceLeaves(p, '2025-06-30').map((s) => s.code)).toContain('nsdp.huyen');
    expect(sourceLeaves(p, '2025-07-01').map((s) => s.code)).not.toContain('nsdp.huyen');
    expect(findSource(p, 'nsdp')?.counterpart).toMatchObject({ ratio: null, verified: false });
    expect(p.basis.verified).toBe(false);
  });

  it('has the merged programme in 2026-2030: three components, no district level', () => {
    const p = fundingPeriodOfYear(2026);
    expect(p.basis).toMatchObject({ document: 'NQ 257/2025/QH15', verified: true });
    expect(p.components.map((c) => c.code)).toEqual(['ntm', 'giam-ngheo', 'dtts']);
    expect(allSources(p).some((s) => s.level === 'district' || s.code === 'nsdp.huyen')).toBe(false);
  });

  it('lists the kinds of works with Vietnamese names', () => {
    expect(workKinds().map((k) => k.code)).toEqual(expect.arrayContaining(['giao-thong', 'truong-hoc', 'nha-o', 'khac']));
    expect(workKindName('thuy-loi')).toBe('Thủy lợi');
    expect(workKindName('nope')).toBeUndefined();
  });

  it('writes amounts in triệu đồng and in words', () => {
    expect(formatMillion(1_234_500_000)).toBe('1.234,5');
    expect(amountInWords(1_234_500_000)).toBe('Một tỷ hai trăm ba mươi tư triệu năm trăm nghìn đồng');
  });
});
