/**
 * A national import records hundreds of thousands of audit events in one transaction: collecting them
 * must not depend on the call stack (an argument spread of 440,000 events overflowed it in the bench).
 */
import { describe, expect, it } from 'vitest';
import { audit, inTransaction } from '../../src/services/context.js';
import { openTestDatabase } from '../support/databases.js';

describe('audit events of one large transaction', () => {
  it('collects 500,000 events without overflowing the stack (then rolls back on purpose)', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      const events = Array.from({ length: 500_000 }, (_, i) => ({
        action: 'indicator_value.record',
        entityType: 'indicator_value',
        entityId: `x/${i}`,
      }));
      const stop = new Error('rolled back on purpose');
      await expect(
        inTransaction(t.ctx, async (trx) => {
          await audit(t.ctx, trx, events);
          throw stop;
        }),
      ).rejects.toBe(stop);
    } finally {
      await t.close();
    }
  });
});
