/**
 * Construction debt derived from the data on both databases: accepted − paid as of dates before and after
 * a payment; a work serving two communes counts in each; the split by source.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { communeDebt, unitDebt, workDebts } from '../../src/services/funding/debt.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { addAcceptedWork, approvedPlan, pay } from '../support/funding.js';
import { KRONG_NO, NAM_XUAN } from '../support/funding-actors.js';

const NAM_NUNG = '24703';

describe.each(DIALECTS)('construction debt on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx, { funding: false });
  });
  afterAll(() => t.close());

  it('is accepted minus paid as of a date, by source, in each commune a work serves', async () => {
    const w = await addAcceptedWork(t.ctx, {
      code: 'CT-664-2023-001',
      name: 'Đường liên xã Nâm Xuân – Nâm Nung',
      communes: [NAM_XUAN, NAM_NUNG],
      acceptances: [
        { on: '2023-05-10', amount: 900_000_000, sourceCode: 'nstw.dtpt' },
        { on: '2023-05-10', amount: 100_000_000, sourceCode: 'nsdp.xa' },
      ],
    });
    const plan = await approvedPlan(t.ctx, KRONG_NO, 2023, [{ sourceCode: 'nstw.dtpt', workId: w.id, amount: 900_000_000 }]);
    await pay(t.ctx, plan.lines[0]?.id as string, '2023-08-01', 600_000_000);

    expect((await communeDebt(t.database.db, NAM_XUAN, '2023-05-09')).total).toBe(0);
    expect((await communeDebt(t.database.db, NAM_XUAN, '2023-07-31')).total).toBe(1_000_000_000);
    const after = await communeDebt(t.database.db, NAM_NUNG, '2023-08-01');
    expect(after.total).toBe(400_000_000);
    expect(after.works[0]?.bySource).toEqual([
      { sourceCode: 'nsdp.xa', accepted: 100_000_000, paid: 0, debt: 100_000_000 },
      { sourceCode: 'nstw.dtpt', accepted: 900_000_000, paid: 600_000_000, debt: 300_000_000 },
    ]);
    expect((await communeDebt(t.database.db, NAM_XUAN, '2023-08-01')).total).toBe(400_000_000);
    const area = await workDebts(t.database.db, { areaUnitCodes: [KRONG_NO], asOf: '2023-12-31' });
    expect(area.map((x) => [x.workCode, x.communeCodes.sort(), x.debt])).toEqual([
      ['CT-664-2023-001', [NAM_NUNG, NAM_XUAN].sort(), 400_000_000],
    ]);
    expect((await unitDebt(t.ctx, KRONG_NO, '2023-12-31')).total).toBe(400_000_000);
  });
});
