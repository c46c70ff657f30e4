/**
 * A small, hand-summable funding fixture for Krông Nô 2022 (illustrative figures, not real ones),
 * written straight into the tables so the dashboard's sums can be checked against arithmetic done by
 * hand. Amounts in đồng. See funding-dashboard.test.ts for the expected figures.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { newId } from '../../src/services/context.js';

const M = 1_000_000;
const AT = '2022-01-10T00:00:00.000Z';
const BY = 'system';

export async function seedFundingFixture(db: Kysely<DB>) {
  const stamp = { createdAt: AT, createdBy: BY };
  const edit = { ...stamp, updatedAt: AT, updatedBy: BY, version: 1 };
  const alloc = (unitCode: string) => ({
    id: newId(),
    unitCode,
    year: 2022,
    status: 'approved' as const,
    decisionNumber: `QĐ ${unitCode}/2022`,
    decisionDate: '2022-01-15',
    decisionSigner: null,
    history: '[]',
    demo: 0,
    approvedAt: AT,
    approvedBy: BY,
    ...edit,
  });
  const a = alloc('664');
  const b = alloc('663');
  await db.insertInto('allocation').values([a, b]).execute();
  const adj = (status: 'draft' | 'approved', date: string) => ({
    id: newId(),
    allocationId: a.id,
    decisionNumber: `ĐC ${date}`,
    decisionDate: date,
    reason: 'Điều chỉnh',
    status,
    approvedAt: status === 'approved' ? AT : null,
    approvedBy: status === 'approved' ? BY : null,
    ...stamp,
    version: 1,
  });
  const approvedAdj = adj('approved', '2022-09-01');
  const draftAdj = adj('draft', '2022-10-01');
  await db.insertInto('allocationAdjustment').values([approvedAdj, draftAdj]).execute();

  const work = (n: number, over: Partial<Record<string, unknown>>) => ({
    id: newId(),
    code: `CT-664-2022-00${n}`,
    name: n === 1 ? 'Trường tiểu học Nâm Nung' : 'Nhà văn hóa thôn Buôn Choah',
    nameSearch: n === 1 ? 'truong tieu hoc nam nung' : 'nha van hoa thon buon choah',
    kindCode: n === 1 ? 'truong-hoc' : 'van-hoa',
    areaUnitCode: '664',
    investor: 'UBND huyện Krông Nô',
    approvedTotal: null as number | null,
    approvalNumber: null,
    approvalDate: null,
    contractValue: null as number | null,
    plannedStart: '2022-03-01',
    plannedEnd: null as string | null,
    startedOn: '2022-03-10',
    completedOn: null as string | null,
    componentCode: null,
    communityBuilt: 0,
    settledOn: null,
    settledValue: null,
    settlementNumber: null,
    demo: 0,
    note: null,
    ...edit,
    ...over,
  });
  const w1 = work(1, { approvedTotal: 2_200 * M, contractValue: 2_100 * M, plannedEnd: '2022-10-31' });
  const w2 = work(2, { approvedTotal: 100 * M, contractValue: 100 * M, plannedEnd: '2023-06-30', completedOn: '2022-05-30' });
  await db.insertInto('work').values([w1, w2]).execute();
  await db
    .insertInto('workCommune')
    .values([
      { workId: w1.id, unitCode: '24703' },
      { workId: w1.id, unitCode: '24694' },
      { workId: w2.id, unitCode: '24694' },
    ])
    .execute();
  const acc = (workId: string, acceptedOn: string, amount: number) => ({
    id: newId(),
    workId,
    acceptedOn,
    amount,
    sourceCode: null,
    document: null,
    fileId: null,
    note: null,
    ...stamp,
  });
  await db
    .insertInto('workAcceptance')
    .values([acc(w1.id, '2022-11-01', 1_500 * M), acc(w2.id, '2022-06-01', 150 * M)])
    .execute();

  const line = (o: {
    allocationId?: string;
    adjustmentId?: string | null;
    source: string;
    commune?: string | null;
    workId?: string | null;
    criterion?: number | null;
    amount: number;
  }) => ({
    id: newId(),
    allocationId: o.allocationId ?? a.id,
    adjustmentId: o.adjustmentId ?? null,
    sourceCode: o.source,
    programmeName: null,
    componentCode: null,
    communeCode: o.commune ?? null,
    workId: o.workId ?? null,
    setCode: o.criterion ? 'qd318-ntm-2021-2025' : null,
    criterionNumber: o.criterion ?? null,
    amount: o.amount,
    note: null,
    ...edit,
  });
  const l1 = line({ source: 'nstw.dtpt', commune: '24703', workId: w1.id, criterion: 5, amount: 2_000 * M });
  const l2 = line({ source: 'nsdp.huyen', commune: '24694', criterion: 2, amount: 500 * M });
  const l3 = line({ source: 'cong-dong.quy-doi', amount: 100 * M });
  const l4 = line({ adjustmentId: approvedAdj.id, source: 'nstw.dtpt', commune: '24703', workId: w1.id, criterion: 5, amount: 300 * M });
  const l5 = line({ adjustmentId: draftAdj.id, source: 'nsdp.tinh', commune: '24703', amount: 999 * M });
  const l6 = line({ allocationId: b.id, source: 'nsdp.huyen', commune: '24678', amount: 1 * M });
  await db.insertInto('allocationLine').values([l1, l2, l3, l4, l5, l6]).execute();
  const pay = (lineId: string, paidOn: string, amount: number, reversalOf: string | null = null) => ({
    id: newId(),
    allocationLineId: lineId,
    paidOn,
    amount,
    reversalOf,
    document: null,
    fileId: null,
    note: null,
    demo: 0,
    ...stamp,
  });
  const p4 = pay(l2.id, '2022-07-20', 200 * M);
  await db
    .insertInto('disbursement')
    .values([
      pay(l1.id, '2022-03-15', 800 * M),
      pay(l1.id, '2022-07-10', 400 * M),
      pay(l1.id, '2023-01-05', 100 * M),
      p4,
      pay(l2.id, '2022-08-01', -50 * M, p4.id),
    ])
    .execute();
  return { allocationId: a.id, works: [w1.id, w2.id], lines: { l1: l1.id, l2: l2.id, l3: l3.id } };
}
