/** The declared conditions a person notices on the dossier: debt left unpaid and a police finding block, in words. */
import { describe, expect, it } from 'vitest';
import { declaredDebtCondition, securityCondition } from '../../src/domain/dossier/conditions.js';
import { computedDebtCondition } from '../../src/domain/funding/debt-condition.js';

describe('declared conditions of a dossier', () => {
  it('blocks on outstanding construction debt and names the amount', () => {
    const c = declaredDebtCondition({ amount: 1_250_000_000, declaredOn: '2023-02-21', fileId: 'f', fileName: 'no-dong.pdf' });
    expect(c.state).toBe('not_met');
    expect(c.reasons[0]?.vi).toBe('Còn nợ đọng xây dựng cơ bản 1.250.000.000 đồng');
    expect(c.evidence).toEqual([{ label: 'no-dong.pdf', fileId: 'f' }]);
  });
  it('is missing when nothing is declared, unknown without a file, met with zero and a file', () => {
    expect(declaredDebtCondition(null).state).toBe('missing');
    expect(declaredDebtCondition({ amount: 0, declaredOn: '2023-02-21', fileId: null, fileName: null }).state).toBe('unknown');
    expect(declaredDebtCondition({ amount: 0, declaredOn: '2023-02-21', fileId: 'f', fileName: 'x.pdf' }).state).toBe('met');
  });
  it('blocks when the police declare the commune complex in security and order', () => {
    const c = securityCondition({
      notComplex: false,
      declaredBy: 'Công an xã Nâm Nung',
      declaredOn: '2023-02-21',
      fileId: 'f',
      fileName: 'cv.pdf',
    });
    expect(c.state).toBe('not_met');
    expect(c.reasons[0]?.vi).toBe('Công an xã Nâm Nung xác nhận xã phức tạp về an ninh, trật tự');
    expect(securityCondition(null).state).toBe('missing');
  });
});

describe('computed debt condition (issue 13)', () => {
  it('is met with no work owing, naming how many works were counted and the date', () => {
    const c = computedDebtCondition([{ workCode: 'CT-1', workName: 'Đường', debt: 0 }], '2022-12-31');
    expect(c.state).toBe('met');
    expect(c.evidence[0]?.label).toBe('Không có nợ đọng XDCB (tính từ 1 công trình, đến ngày 31/12/2022)');
  });
  it('fails naming each work owing, in triệu đồng, with the date', () => {
    const c = computedDebtCondition(
      [
        { workCode: 'CT-1', workName: 'Đường', debt: 1_234_500_000 },
        { workCode: 'CT-2', workName: 'Trường', debt: 0 },
      ],
      '2022-12-31',
    );
    expect(c.state).toBe('not_met');
    expect(c.reasons.map((r) => r.vi)).toEqual(['Công trình CT-1 “Đường” còn nợ đọng 1.234,5 triệu đồng đến ngày 31/12/2022']);
  });
});
