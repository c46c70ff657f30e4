/**
 * Payments on Krông Nô's 2024 plan on both databases: the rates move with each entry (0 % → 25 % → 100 %)
 * by source (with the TỔNG SỐ and NSTW totals) and by commune; a payment over the line's plan is refused
 * saying by how much; a reversal brings the rate back; a commune officer records only on its own commune.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../src/domain/errors.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { listDisbursements, recordDisbursement, reverseDisbursement } from '../../src/services/funding/disbursement.service.js';
import { disbursementRates, monthlyPaid } from '../../src/services/funding/rates.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { approvedPlan } from '../support/funding.js';
import { as, KRONG_NO, NAM_XUAN } from '../support/funding-actors.js';

const NAM_NUNG = '24703';
const rejected = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: AppError) => e,
  );

describe.each(DIALECTS)('disbursements on %s', (dialect) => {
  let t: TestDatabase;
  let lineId = '';
  let otherLine = '';
  let allocationId = '';
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    const plan = await approvedPlan(t.ctx, KRONG_NO, 2024, [
      { sourceCode: 'nstw.dtpt', communeCode: NAM_XUAN, amount: 4_000_000_000 },
      { sourceCode: 'nsdp.xa', communeCode: NAM_NUNG, amount: 1_000_000_000 },
    ]);
    allocationId = plan.id;
    lineId = plan.lines.find((l) => l.sourceCode === 'nstw.dtpt')?.id as string;
    otherLine = plan.lines.find((l) => l.sourceCode === 'nsdp.xa')?.id as string;
  });
  afterAll(() => t.close());

  const rates = (by: 'source' | 'commune', asOf = '2024-12-31') => disbursementRates(t.ctx, { unitCode: KRONG_NO, year: 2024, asOf, by });
  const rateOf = async (by: 'source' | 'commune', key: string, asOf?: string) =>
    (await rates(by, asOf)).rows.find((r) => r.key === key)?.rate;

  it('moves the rates 0 % → 25 % → 100 % by source and by commune', async () => {
    const officer = as(t.ctx, 'commune_officer', NAM_XUAN);
    expect(await rateOf('source', 'nstw.dtpt')).toBe(0);
    await recordDisbursement(officer, { lineId, paidOn: '2024-03-10', amount: 1_000_000_000, document: 'UNC 01' });
    expect(await rateOf('source', 'nstw.dtpt')).toBe(0.25);
    expect(await rateOf('commune', NAM_XUAN)).toBe(0.25);
    expect(await rateOf('source', 'nstw.dtpt', '2024-03-09')).toBe(0);
    await recordDisbursement(officer, { lineId, paidOn: '2024-09-10', amount: 3_000_000_000, document: 'UNC 02' });
    const bySource = await rates('source');
    expect(bySource.rows.slice(0, 3).map((r) => [r.label, r.planned, r.paid, r.rate])).toEqual([
      ['TỔNG SỐ', 5_000_000_000, 4_000_000_000, 0.8],
      [expect.any(String), 4_000_000_000, 4_000_000_000, 1],
      [expect.any(String), 4_000_000_000, 4_000_000_000, 1],
    ]);
    expect(bySource.total.rate).toBe(0.8);
    expect((await rates('commune')).rows.find((r) => r.key === NAM_XUAN)).toMatchObject({ label: 'Nam Xuân', rate: 1 });
    const months = await monthlyPaid(t.ctx, { unitCode: KRONG_NO, year: 2024, asOf: '2024-12-31' });
    expect([months[2], months[8]]).toEqual([1_000_000_000, 3_000_000_000]);
  });

  it('refuses a payment over the plan, saying by how much, and another commune’s line', async () => {
    const over = await rejected(recordDisbursement(t.ctx, { lineId, paidOn: '2024-10-01', amount: 250_000_000 }));
    expect(over.code).toBe('disbursement.over_plan');
    expect(over.messages.vi).toContain('Vượt kế hoạch vốn của dòng 250,0 triệu đồng');
    expect(over.issues[0]?.path).toBe('amount');
    const foreign = await rejected(
      recordDisbursement(as(t.ctx, 'commune_officer', NAM_XUAN), { lineId: otherLine, paidOn: '2024-10-01', amount: 1 }),
    );
    expect(foreign.kind).toBe('forbidden');
    const zero = await rejected(recordDisbursement(t.ctx, { lineId, paidOn: '2024-10-01', amount: 0 }));
    expect(zero.name).toBe('ZodError');
  });

  it('reverses an entry with a negative one naming it; the rate comes back', async () => {
    const entries = await listDisbursements(t.ctx, { allocationId });
    const second = entries.find((e) => e.amount === 3_000_000_000);
    const rev = await reverseDisbursement(t.ctx, second?.id as string, 'Sai số tiền', '2024-10-05');
    expect(rev).toMatchObject({ amount: -3_000_000_000, reversalOf: second?.id, note: 'Sai số tiền' });
    expect(await rateOf('source', 'nstw.dtpt')).toBe(0.25);
    expect(await rateOf('source', 'nstw.dtpt', '2024-10-04')).toBe(1);
    expect((await rejected(reverseDisbursement(t.ctx, second?.id as string, 'lần nữa'))).code).toBe('disbursement.already_reversed');
  });
});
