/**
 * The 318 → 51 switch on 15/02/2026, on each database: the demo province's board, the national board,
 * a commune's evaluation under QĐ 51 (every criterion without data, never "not met"), the stateless
 * evaluation choosing by unit or by date, a board whose communes use two sets, and a database that had
 * the demo before QĐ 51 came getting the assignment (audited) without any other change.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitRepository } from '../../src/db/repositories/unit.repository.js';
import { newId } from '../../src/services/context.js';
import { prepareDatabase, seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { QD51_NAMES } from '../support/qd51-names.js';

describe.each(DIALECTS)('QĐ 318 → QĐ 51 on 15/02/2026, on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    admin = await signIn(app, 'admin.demo');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const board = async (s: Session, query: string) => {
    const r = await s.request({ method: 'GET', url: `/api/v1/board?${query}` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const evaluate = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/evaluate', payload });

  it("the province's board shows 318's 19 criteria on 14/02/2026 and QĐ 51's 10 on 15/02/2026", async () => {
    const before = await board(admin, 'unit=68-2025&asOf=2026-02-14');
    expect(before.set.code).toBe('qd318-ntm-2021-2025');
    expect(before.set.criteria).toHaveLength(19);
    expect(before.rows).toHaveLength(5);
    expect(before.rows.every((r: { criteria: unknown[] }) => r.criteria.length === 19)).toBe(true);
    const after = await board(admin, 'unit=68-2025&asOf=2026-02-15');
    expect(after.set.code).toBe('qd51-ntm-2026-2030');
    expect(after.set.criteria.map((c: { name: string }) => c.name)).toEqual(QD51_NAMES);
    expect(after.rows).toHaveLength(5);
    expect(after.rows.every((r: { criteria: string[] }) => r.criteria.length === 10)).toBe(true);
    // the tiers a commune can reach come from the sets in force: 318's three, then QĐ 51's NTM and the pilot
    const names = (b: { tiers: { code: string; name: string }[] }) => b.tiers.map((x) => [x.code, x.name]);
    expect(names(before)).toEqual([
      ['ntm', 'Xã nông thôn mới'],
      ['advanced', 'Xã nông thôn mới nâng cao'],
      ['model', 'Xã nông thôn mới kiểu mẫu'],
    ]);
    expect(names(after)).toEqual([
      ['ntm', 'Xã nông thôn mới'],
      ['modern', 'Xã nông thôn mới hiện đại'],
    ]);
    expect(after.summary.byTier.modern ?? 0).toBe(0);
    expect(after.notCounted).toEqual({ otherSets: [], noSet: 0 });
    // nothing is entered under QĐ 51 yet: no commune meets or fails a criterion, none is NTM
    expect(after.summary).toMatchObject({ communes: 5, totalMet: 0, averageMet: 0, byTier: { none: 5 } });
    expect(after.summary.perCriterion).toEqual(new Array(10).fill({ met: 0, notMet: 0, incomplete: 5, outdated: 0 }));
  });

  it('the national board switches on the same day', async () => {
    expect((await board(admin, 'asOf=2026-02-14')).set.criteria).toHaveLength(19);
    const after = await board(admin, 'asOf=2026-02-15');
    expect(after.set.code).toBe('qd51-ntm-2026-2030');
    expect(after.set.criteria).toHaveLength(10);
    expect(after.setCodes).toEqual(['qd51-ntm-2026-2030']);
  });

  it('a commune evaluated on 01/06/2026 under QĐ 51 lacks data on every criterion (not "not met")', async () => {
    const r = await admin.request({ method: 'GET', url: '/api/v1/units/24703-2025/evaluation?asOf=2026-06-01' });
    expect(r.statusCode).toBe(200);
    const e = r.json().evaluation;
    expect(e.set).toMatchObject({ code: 'qd51-ntm-2026-2030', demo: false });
    expect(e).toMatchObject({ criteriaCount: 10, metCount: 0, notMetCount: 0, incompleteCount: 10, tierReached: null });
    for (const c of e.criteria) {
      expect(c).toMatchObject({ status: 'incomplete', statusLabel: 'Chưa đủ căn cứ' });
      expect(c.indicators).toHaveLength(1);
      expect(c.indicators[0]).toMatchObject({ status: 'missing', statusLabel: 'Thiếu số liệu', verified: false });
    }
  });

  it('POST /api/v1/evaluate without a set picks the national set in force on the date', async () => {
    const base = { profile: { region: 'TN' }, values: {} };
    const before = await evaluate({ ...base, asOf: '2026-02-14' });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ set: { code: 'qd318-ntm-2021-2025' }, criteriaCount: 19, setChoice: { by: 'national' } });
    // 318's last day is inferred from QĐ 51's first, so that choice is marked unverified
    expect(before.json().setChoice.provenance.verified).toBe(false);
    const after = await evaluate({ ...base, asOf: '2026-02-15', values: { '6': true } });
    expect(after.statusCode, after.body).toBe(200);
    const body = after.json();
    expect(body).toMatchObject({ set: { code: 'qd51-ntm-2026-2030' }, criteriaCount: 10, metCount: 1, incompleteCount: 9 });
    expect(body.setChoice).toMatchObject({ by: 'national', provenance: { verified: true } });
    expect(body.criteria[5]).toMatchObject({ number: 6, name: 'Giảm nghèo và an sinh xã hội', status: 'met' });
  });

  it('POST /api/v1/evaluate with a unit picks that unit’s set on the date; an explicit set still wins', async () => {
    const base = { unit: '24703-2025', profile: { region: 'TN' }, values: {} };
    const before = (await evaluate({ ...base, asOf: '2026-02-14' })).json();
    expect(before).toMatchObject({ set: { code: 'qd318-ntm-2021-2025' }, setChoice: { by: 'unit', unitCode: '24703-2025' } });
    const after = (await evaluate({ ...base, asOf: '2026-02-15' })).json();
    expect(after).toMatchObject({ set: { code: 'qd51-ntm-2026-2030' }, setChoice: { by: 'unit', unitCode: '24703-2025' } });
    const named = await evaluate({ ...base, set: 'qd318-ntm-2021-2025', asOf: '2026-06-01', values: { '1.1': true } });
    expect(named.json()).toMatchObject({ set: { code: 'qd318-ntm-2021-2025' }, criteriaCount: 19, setChoice: { by: 'request' } });
  });

  it('POST /api/v1/evaluate says plainly when no set is in force, or the unit is unknown or ended', async () => {
    const early = await evaluate({ profile: { region: 'TN' }, asOf: '2021-06-30', values: {} });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'evaluation.no_criteria_set' });
    expect(early.json().error.message.vi).toContain('cả nước vào ngày 30/06/2021');
    const unknown = await evaluate({ unit: 'khong-co', profile: { region: 'TN' }, asOf: '2026-06-01', values: {} });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unit.not_found');
    const ended = await evaluate({ unit: '24703', profile: { region: 'TN' }, asOf: '2026-06-01', values: {} });
    expect(ended.statusCode).toBe(422);
    expect(ended.json().error.code).toBe('unit.not_valid_at');
  });

  it('a database that had the demo before QĐ 51 gets the assignment, audited, once, and nothing else changes', async () => {
    const db = t.database.db;
    const qd51Row = () =>
      db.selectFrom('unitCriteriaSet').selectAll().where('unitCode', '=', '68-2025').where('setCode', '=', 'qd51-ntm-2026-2030').execute();
    const [seeded] = await qd51Row();
    expect(seeded).toMatchObject({ validFrom: '2026-02-15', validTo: null });
    // as the database was before: the 318 row ends on 14/02/2026 and no QĐ 51 row
    await db
      .deleteFrom('unitCriteriaSet')
      .where('id', '=', seeded?.id as string)
      .execute();
    const others = await db.selectFrom('unitCriteriaSet').selectAll().orderBy('id').execute();
    const audits = async () =>
      (await db.selectFrom('auditEvent').select('entityId').where('action', '=', 'unit_criteria_set.assign').execute()).map(
        (a) => a.entityId,
      );
    const auditedBefore = await audits();
    await prepareDatabase(t.ctx);
    const [added] = await qd51Row();
    expect(added).toMatchObject({ validFrom: '2026-02-15', validTo: null });
    expect(await audits()).toEqual([...auditedBefore, added?.id]);
    const after = await db
      .selectFrom('unitCriteriaSet')
      .selectAll()
      .where('id', '!=', added?.id as string)
      .orderBy('id')
      .execute();
    expect(after).toEqual(others);
    await prepareDatabase(t.ctx);
    expect(await qd51Row()).toHaveLength(1);
  });

  it('a board whose communes use two sets on one date counts one and says what it leaves out', async () => {
    // One commune of the province adopts QĐ 51 before the province does (an assignment on the commune).
    await unitRepository.insertSetAssignments(t.database.db, [
      { id: newId(), unitCode: '24712-2025', setCode: 'qd51-ntm-2026-2030', validFrom: '2026-01-01', validTo: null },
    ]);
    const mixed = await board(admin, 'unit=68-2025&asOf=2026-01-31');
    expect(mixed.set.code).toBe('qd318-ntm-2021-2025');
    expect(mixed.rows.map((r: { unitCode: string }) => r.unitCode)).not.toContain('24712-2025');
    expect(mixed.rows).toHaveLength(4);
    expect(mixed.summary.communes).toBe(4);
    expect(mixed.setCodes).toEqual(['qd318-ntm-2021-2025', 'qd51-ntm-2026-2030']);
    expect(mixed.notCounted).toEqual({
      otherSets: [{ setCode: 'qd51-ntm-2026-2030', name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030', communes: 1 }],
      noSet: 0,
    });
    // naming the other set shows every commune of the scope against it
    const named = await board(admin, 'unit=68-2025&asOf=2026-01-31&set=qd51-ntm-2026-2030');
    expect(named.set.criteria).toHaveLength(10);
    expect(named.rows).toHaveLength(5);
    expect(named.notCounted).toEqual({ otherSets: [], noSet: 0 });
    // the criterion view counts the same set as the board; with the set named, number 6 is QĐ 51's criterion 6
    const crit = await admin.request({ method: 'GET', url: '/api/v1/board/criteria/6?unit=68-2025&asOf=2026-01-31' });
    expect(crit.json().set.code).toBe('qd318-ntm-2021-2025');
    expect(crit.json().rows).toHaveLength(4);
    const crit51 = await admin.request({
      method: 'GET',
      url: '/api/v1/board/criteria/6?unit=68-2025&asOf=2026-01-31&set=qd51-ntm-2026-2030',
    });
    expect(crit51.json().criterion.name).toBe('Giảm nghèo và an sinh xã hội');
  });
});
