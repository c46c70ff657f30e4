/**
 * The audit chain on each database: an untampered chain verifies; parallel writers cannot fork it;
 * a row edited, deleted or moved directly in SQL is named by verify (and by the tail check at start).
 */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.command.js';
import { migrateToLatest } from '../../src/db/database.js';
import { migrationProvider } from '../../src/db/migrations/index.js';
import { auditRepository } from '../../src/db/repositories/audit.repository.js';
import { verifyChain, verifyTail } from '../../src/services/audit/chain-verify.js';
import { audit, inTransaction } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { createUser } from '../../src/services/user.service.js';
import { recordValues } from '../../src/services/value.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);

describe.each(DIALECTS)('audit chain on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
  });
  afterAll(() => t.close());

  const seqs = async () => (await t.database.db.selectFrom('auditEvent').select('seq').orderBy('seq').execute()).map((r) => r.seq);

  it('chains every event and verifies an untampered chain', async () => {
    const n = await auditRepository.count(t.database.db);
    expect(n).toBeGreaterThan(5);
    const report = await verifyChain(t.database.db, { pageSize: 7 });
    expect(report).toMatchObject({ ok: true, checked: n, broken: null });
    expect(await seqs()).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('keeps one chain under 50 parallel value saves and 20 parallel user creations', async () => {
    const before = await auditRepository.count(t.database.db);
    await Promise.all([
      ...Array.from({ length: 50 }, (_, i) =>
        recordValues(t.ctx, { unitCode: '24703', setCode: SET, asOf: day(i), values: { '9.2': 50 + i / 2 } }),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        createUser(t.ctx, {
          username: `chain.user${i}`,
          displayName: `Người ${i}`,
          password: 'mat-khau-rat-dai-2026',
          role: 'leader',
          unitCode: '664',
        }),
      ),
    ]);
    const n = await auditRepository.count(t.database.db);
    expect(n).toBe(before + 70);
    expect(await seqs()).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(await verifyChain(t.database.db, { pageSize: 13 })).toMatchObject({ ok: true, checked: n });
    expect(await auditRepository.head(t.database.db)).toMatchObject({ seq: n });
    const cli = await auditCommand(t.ctx, ['verify']);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.text).toContain(`${n} events checked`);
  });

  describe('tampering', () => {
    // Each case tampers, checks, then puts the rows back as they were.
    const row = async (seq: number) => {
      const r = await auditRepository.bySeq(t.database.db, seq);
      if (!r) throw new Error(`no event ${seq}`);
      return r;
    };

    it('names an edited row (hash mismatch)', async () => {
      const target = await row(5);
      await t.database.db.updateTable('auditEvent').set({ after: '{"value":999}' }).where('seq', '=', 5).execute();
      const report = await verifyChain(t.database.db);
      expect(report).toMatchObject({ ok: false, checked: 5, broken: { kind: 'edited', seq: 5, id: target.id, action: target.action } });
      expect(await verifyTail(t.database.db, 100_000)).toMatchObject({ ok: false, broken: { seq: 5 } });
      const cli = await auditCommand(t.ctx, ['verify']);
      expect(cli.code).toBe(1);
      expect(cli.text).toContain(`#5 (${target.id}, ${target.at}, ${target.action}): mã băm không khớp`);
      expect(cli.text).toContain('5 events checked in');
      await t.database.db.updateTable('auditEvent').set({ after: target.after }).where('seq', '=', 5).execute();
      expect((await verifyChain(t.database.db)).ok).toBe(true);
    });

    it('names an edited time of change', async () => {
      const target = await row(3);
      await t.database.db.updateTable('auditEvent').set({ at: '2020-01-01T00:00:00.000Z' }).where('seq', '=', 3).execute();
      expect(await verifyChain(t.database.db)).toMatchObject({ ok: false, broken: { kind: 'edited', seq: 3, id: target.id } });
      await t.database.db.updateTable('auditEvent').set({ at: target.at }).where('seq', '=', 3).execute();
    });

    it('names a deleted row (gap)', async () => {
      const target = await row(8);
      const next = await row(9);
      await t.database.db.deleteFrom('auditEvent').where('seq', '=', 8).execute();
      const report = await verifyChain(t.database.db);
      expect(report).toMatchObject({ ok: false, broken: { kind: 'deleted', seq: 9, id: next.id } });
      expect(report.broken?.vi).toContain('thiếu sự kiện số 8');
      await t.database.db.insertInto('auditEvent').values(target).execute();
      expect((await verifyChain(t.database.db)).ok).toBe(true);
    });

    it('names the last row deleted (the head is ahead of the chain)', async () => {
      const head = await auditRepository.head(t.database.db);
      const last = await row(head?.seq ?? 0);
      await t.database.db.deleteFrom('auditEvent').where('seq', '=', last.seq).execute();
      expect(await verifyChain(t.database.db)).toMatchObject({ ok: false, broken: { kind: 'deleted', seq: last.seq } });
      expect(await verifyTail(t.database.db)).toMatchObject({ ok: false, broken: { kind: 'deleted', seq: last.seq } });
      await t.database.db.insertInto('auditEvent').values(last).execute();
    });

    it('names a re-ordered row (two rows swapped)', async () => {
      const a = await row(10);
      const b = await row(11);
      const setSeq = (from: number, to: number) => sql`update audit_event set seq = ${to} where seq = ${from}`.execute(t.database.db);
      await setSeq(10, -1);
      await setSeq(11, 10);
      await setSeq(-1, 11);
      const report = await verifyChain(t.database.db);
      expect(report).toMatchObject({ ok: false, checked: 10, broken: { kind: 'reordered', seq: 10, id: b.id } });
      expect(report.broken?.en).toContain(`written right after event 11`);
      await setSeq(10, -1);
      await setSeq(11, 10);
      await setSeq(-1, 11);
      expect((await row(10)).id).toBe(a.id);
      expect((await verifyChain(t.database.db)).ok).toBe(true);
    });

    it('checks only the tail at start, but the tail fully', async () => {
      const head = await auditRepository.head(t.database.db);
      const n = head?.seq ?? 0;
      const early = await row(2);
      await t.database.db.updateTable('auditEvent').set({ action: 'x.y' }).where('seq', '=', 2).execute();
      expect(await verifyTail(t.database.db, 20)).toMatchObject({ ok: true, checked: 21, fromSeq: n - 19 });
      await t.database.db.updateTable('auditEvent').set({ action: early.action }).where('seq', '=', 2).execute();
      const late = await row(n - 3);
      await t.database.db
        .updateTable('auditEvent')
        .set({ entityId: 'other' })
        .where('seq', '=', n - 3)
        .execute();
      expect(await verifyTail(t.database.db, 20)).toMatchObject({ ok: false, broken: { kind: 'edited', seq: n - 3 } });
      await t.database.db
        .updateTable('auditEvent')
        .set({ entityId: late.entityId })
        .where('seq', '=', n - 3)
        .execute();
    });
  });
});

describe.each(DIALECTS)('the chain migration on %s', (dialect) => {
  it('chains the events written before it in (at, id) order', async () => {
    const t = await openTestDatabase(dialect);
    try {
      const db = t.database.db;
      const migrator = new Migrator({ db, provider: migrationProvider });
      const down = await migrator.migrateTo('2026-11-29T0000-plans');
      expect(down.error).toBeUndefined();
      const old = (at: string, id: string) =>
        sql`insert into audit_event (id, at, actor_id, action, entity_type, entity_id, unit_code, before, after)
            values (${id}, ${at}, 'u', 'user.update', 'user', 'u', null, null, '{"displayName":"Bà Ánh"}')`.execute(db);
      await old('2022-01-02T00:00:00.000Z', 'b');
      await old('2022-01-01T00:00:00.000Z', 'z');
      await old('2022-01-02T00:00:00.000Z', 'a');
      // More than one page (1,000) of the migration, many sharing a time, so (at, id) decides across pages.
      for (let i = 0; i < 1300; i += 100)
        await sql`insert into audit_event (id, at, actor_id, action, entity_type, entity_id, unit_code, before, after) values ${sql.join(
          Array.from(
            { length: 100 },
            (_, j) =>
              sql`(${`m${String(i + j).padStart(5, '0')}`}, ${`2022-03-0${((i + j) % 3) + 1}T00:00:00.000Z`}, 'u', 'user.update', 'user', 'u', null, null, null)`,
          ),
        )}`.execute(db);
      await migrateToLatest(db);
      const rows = await db.selectFrom('auditEvent').select(['id', 'seq']).orderBy('seq').execute();
      // The catalogue's own events (written at start, i.e. today) come after those of 2022.
      expect(rows.map((r) => r.id).slice(0, 5)).toEqual(['z', 'a', 'b', 'm00000', 'm00003']);
      expect(rows.length).toBeGreaterThan(1303);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      expect(await verifyChain(db)).toMatchObject({ ok: true, checked: rows.length });
      // New events continue the migrated chain.
      await inTransaction(t.ctx, (trx) => audit(t.ctx, trx, [{ action: 'user.update', entityType: 'user', entityId: 'u' }]));
      expect(await verifyChain(db)).toMatchObject({ ok: true, checked: rows.length + 1 });
    } finally {
      await t.close();
    }
  });
});
