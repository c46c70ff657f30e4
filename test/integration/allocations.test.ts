/**
 * The yearly capital plan of Krông Nô on both databases: draft → lines (bad lines refused with field
 * paths) → submit → approve by the leader only, with the decision → adjustment approved by the leader →
 * the plan in force changes only from the adjustment's decision date; a stale save is 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationRepository } from '../../src/db/repositories/allocation.repository.js';
import type { AppError } from '../../src/domain/errors.js';
import { seedDemo } from '../../src/services/demo.service.js';
import {
  approveAdjustment,
  createAdjustment,
  createAllocation,
  moveAllocation,
  saveLines,
} from '../../src/services/funding/allocation.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { as, KRONG_NO, NAM_XUAN } from '../support/funding-actors.js';

const rejected = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: AppError) => e,
  );
const sum = (ls: { amount: number }[]) => ls.reduce((s, l) => s + l.amount, 0);

describe.each(DIALECTS)('allocation plans on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  it('drafts, validates, submits, is approved by the leader only, then adjusted from its decision date', async () => {
    const office = as(t.ctx, 'district_office', KRONG_NO);
    const leader = as(t.ctx, 'leader', KRONG_NO);
    const a = await createAllocation(office, { unitCode: KRONG_NO, year: 2024 });
    expect(a).toMatchObject({ status: 'draft', version: 1, lines: [] });

    const bad = await rejected(
      saveLines(office, {
        allocationId: a.id,
        version: 1,
        lines: [
          { sourceCode: 'nstw', amount: 1 },
          { sourceCode: 'long-ghep.khac', amount: 5 },
          { sourceCode: 'nsdp.xa', communeCode: '99999', amount: -3 },
        ],
      }),
    );
    expect(bad.code).toBe('allocation.invalid_lines');
    expect(bad.issues.map((i) => i.path)).toEqual([
      'lines[0].sourceCode',
      'lines[1].programmeName',
      'lines[2].amount',
      'lines[2].communeCode',
    ]);

    const saved = await saveLines(office, {
      allocationId: a.id,
      version: 1,
      lines: [
        { sourceCode: 'nstw.dtpt', communeCode: NAM_XUAN, amount: 2_000_000_000 },
        { sourceCode: 'nsdp.huyen', amount: 500_000_000 },
      ],
    });
    expect(saved.version).toBe(2);
    expect(sum(saved.lines)).toBe(2_500_000_000);
    const stale = await rejected(saveLines(office, { allocationId: a.id, version: 1, lines: [] }));
    expect(stale.code).toBe('allocation.stale');
    expect(stale.details).toMatchObject({ currentVersion: 2 });

    const sub = await moveAllocation(office, a.id, 'submitted', 2);
    expect((await rejected(moveAllocation(office, a.id, 'approved', sub.version))).kind).toBe('forbidden');
    const ok = await moveAllocation(leader, a.id, 'approved', sub.version, undefined, {
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2024-01-20',
      decisionSigner: 'Chủ tịch UBND huyện',
    });
    expect(ok).toMatchObject({ status: 'approved', decisionNumber: '123/QĐ-UBND', decisionDate: '2024-01-20', approvedBy: 't-leader' });
    expect(ok.history).toHaveLength(2);
    expect((await rejected(saveLines(office, { allocationId: a.id, version: ok.version, lines: [] }))).code).toBe(
      'allocation.not_editable',
    );

    const tooMuch = await createAdjustment(office, a.id, {
      decisionNumber: '200/QĐ-UBND',
      decisionDate: '2024-07-01',
      reason: 'Điều chuyển',
      lines: [{ sourceCode: 'nsdp.huyen', amount: -600_000_000 }],
    });
    const neg = await rejected(approveAdjustment(leader, tooMuch.adjustmentId, 1));
    expect(neg.code).toBe('allocation.invalid_lines');

    const adj = await createAdjustment(office, a.id, {
      decisionNumber: '201/QĐ-UBND',
      decisionDate: '2024-07-01',
      reason: 'Bổ sung vốn',
      lines: [
        { sourceCode: 'nstw.dtpt', communeCode: NAM_XUAN, amount: 1_000_000_000 },
        { sourceCode: 'nsdp.huyen', amount: -200_000_000 },
      ],
    });
    expect((await rejected(approveAdjustment(office, adj.adjustmentId, 1))).kind).toBe('forbidden');
    await approveAdjustment(leader, adj.adjustmentId, 1);
    const before = await allocationRepository.linesInForce(t.database.db, [a.id], '2024-06-30');
    const after = await allocationRepository.linesInForce(t.database.db, [a.id], '2024-07-01');
    expect(sum(before)).toBe(2_500_000_000);
    expect(sum(after)).toBe(3_300_000_000);
  });

  it('refuses nsdp.huyen on a decision after 30/6/2025 and a commune officer approving', async () => {
    const office = as(t.ctx, 'district_office', KRONG_NO);
    const a = await createAllocation(office, { unitCode: KRONG_NO, year: 2025 });
    await saveLines(office, { allocationId: a.id, version: 1, lines: [{ sourceCode: 'nstw.sn', amount: 10 }] });
    await moveAllocation(office, a.id, 'submitted', 2);
    await moveAllocation(as(t.ctx, 'leader', KRONG_NO), a.id, 'approved', 3, undefined, {
      decisionNumber: '1',
      decisionDate: '2025-02-01',
    });
    const late = await rejected(
      createAdjustment(office, a.id, {
        decisionNumber: '2',
        decisionDate: '2025-08-01',
        reason: 'x',
        lines: [{ sourceCode: 'nsdp.huyen', amount: 5 }],
      }),
    );
    expect(late.issues[0]).toMatchObject({ path: 'lines[0].sourceCode' });
    expect(late.issues[0]?.message).toContain('01/08/2025');
  });
});
