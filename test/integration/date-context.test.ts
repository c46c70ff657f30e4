/**
 * The date a screen opens on: today where the unit exists today, else the end of its last plan year
 * (Krông Nô planned 2022), else its last day; the country opens on its last plan year while no set is
 * in force today. Checked in the service with a fixed "now" and through GET /api/v1/date-context.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../src/domain/text/vietnamese.js';
import { dateContext } from '../../src/services/date-context.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('date context on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  let commune: Session;
  let admin: Session;
  // 18:00 UTC on 2 December is already 3 December in Vietnam.
  const at = () => ({ ...t.ctx, now: () => '2026-12-02T18:00:00.000Z' });
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    office = await signIn(app, 'vpntm.krongno');
    commune = await signIn(app, 'xa.namnung');
    admin = await signIn(app, 'admin.demo');
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('opens an ended district on the end of its last plan year, offering that year and not today', async () => {
    const c = await dateContext(at(), { unitCode: '664' });
    expect(c).toMatchObject({ today: '2026-12-03', asOf: '2022-12-31', reason: 'last_plan_year', planYear: 2022 });
    expect(c.quickChoices).toEqual([{ date: '2022-12-31', kind: 'plan_year', year: 2022 }]);
  });

  it("gives a commune its district's plan years", async () => {
    expect(await dateContext(at(), { unitCode: '24703' })).toMatchObject({ asOf: '2022-12-31', reason: 'last_plan_year' });
  });

  it('falls back to the last day of an ended unit without a plan', async () => {
    expect(await dateContext(at(), { unitCode: '663' })).toMatchObject({ asOf: '2025-06-30', reason: 'last_day' });
  });

  it('opens a unit that exists today on today, with the quarters of the year gone by', async () => {
    const c = await dateContext(at(), { unitCode: '24703-2025' });
    expect(c).toMatchObject({ asOf: '2026-12-03', reason: 'today' });
    expect(c.quickChoices.map((q) => q.date)).toEqual(['2026-12-03', '2026-09-30', '2026-06-30', '2026-03-31']);
  });

  it('opens the country on today, now that QĐ 51 is in force for the demo province (no_set_today: domain test)', async () => {
    expect(await dateContext(at(), {})).toMatchObject({ asOf: '2026-12-03', reason: 'today' });
  });

  it('answers over HTTP with the reason, and the admin landing board renders on that date', async () => {
    const r = await office.request({ method: 'GET', url: '/api/v1/date-context?unit=664' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ today: vietnamDay(new Date().toISOString()), asOf: '2022-12-31', reason: 'last_plan_year' });
    const national = (await admin.request({ method: 'GET', url: '/api/v1/date-context' })).json();
    expect(national).toMatchObject({ asOf: vietnamDay(new Date().toISOString()), reason: 'today' });
    const board = await admin.request({ method: 'GET', url: `/api/v1/board?asOf=${national.asOf}` });
    expect(board.statusCode).toBe(200);
    // Today the demo's new communes are under QĐ 51: its 10 criteria, none with values yet.
    expect(board.json().set.code).toBe('qd51-ntm-2026-2030');
    expect(board.json().set.criteria).toHaveLength(10);
    expect(board.json().rows.length).toBeGreaterThan(0);
  });

  it('refuses a unit outside the scope and names an unknown unit', async () => {
    expect((await commune.request({ method: 'GET', url: '/api/v1/date-context?unit=664' })).statusCode).toBe(403);
    const r = await office.request({ method: 'GET', url: '/api/v1/date-context?unit=nope' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('unit.not_found');
  });
});
