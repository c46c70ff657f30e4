/**
 * The audit routes on each database: readable events (names, not codes or JSON), a broken row shown
 * as unreadable (not 500), sign-ins only in the security log, the area log's filters and its cursor.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const SET = 'demo-krong-no-ntm-2022';
const NAM_NUNG = '24703';
const NAM_XUAN = '24700';

describe.each(DIALECTS)('audit routes on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let office: Session;
  let commune: Session;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    commune = await signIn(app, 'xa.namnung');
    office = await signIn(app, 'vpntm.krongno');
    const put = await commune.request({
      method: 'PUT',
      url: `/api/v1/units/${NAM_NUNG}/values`,
      payload: { set: SET, asOf: '2022-06-30', values: { '9.2': 70.5, '1.1': true } },
    });
    expect(put.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const get = async (s: Session, url: string, status = 200) => {
    const r = await s.request({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  };

  it('words a commune’s changes: indicator and name, data date, values, person — no JSON, no ids', async () => {
    const page = await get(office, `/api/v1/units/${NAM_NUNG}/audit`);
    const value = page.items.find((e: { object: { label: string } }) => e.object.label.startsWith('9.2 — '));
    expect(value).toMatchObject({
      action: 'indicator_value.record',
      kind: 'values',
      unitName: expect.stringContaining('Nâm Nung'),
      actorName: expect.not.stringMatching(/^[0-9a-f-]{36}$/),
      dataDate: '2022-06-30',
      unreadable: false,
    });
    expect(value.changes).toContainEqual(expect.objectContaining({ field: 'value', after: { type: 'number', value: 70.5, unit: '%' } }));
    const yes = page.items.find((e: { object: { label: string } }) => e.object.label.startsWith('1.1 — '));
    expect(yes.changes).toContainEqual(expect.objectContaining({ field: 'value', after: { type: 'yesno', value: true } }));
    // Sign-ins belong to the security log.
    expect(page.items.map((e: { kind: string }) => e.kind)).not.toContain('security');
    // Texts are words, never stored JSON.
    for (const e of page.items)
      for (const c of e.changes) for (const v of [c.before, c.after]) if (v?.type === 'text') expect(v.text).not.toMatch(/^\s*[[{]/);
  });

  it('shows a row with broken JSON as unreadable instead of failing the page (defect 6.9)', async () => {
    await sql`insert into audit_event (id, at, actor_id, action, entity_type, entity_id, unit_code, before, after, seq, prev_hash, hash)
      values ('broken-1', '2022-07-01T00:00:00.000Z', 'nobody', 'indicator_value.record', 'indicator_value',
              ${`${NAM_NUNG}/${SET}/9.2/2022-07-01`}, ${NAM_NUNG}, '{"value": 1', '{oops', 1000000, 'x', 'y')`.execute(t.database.db);
    const page = await get(office, `/api/v1/units/${NAM_NUNG}/audit`);
    expect(page.items[0]).toMatchObject({ id: 'broken-1', unreadable: true, changes: [], dataDate: '2022-07-01' });
    expect(page.items[0].object.label).toMatch(/^9\.2 — /);
    await sql`delete from audit_event where id = 'broken-1'`.execute(t.database.db);
  });

  it('keeps sign-ins in the security log: the office sees its area, a user only their own', async () => {
    const area = await get(office, '/api/v1/audit/security?unit=664');
    const logins = area.items.filter((e: { action: string }) => e.action === 'session.login');
    expect(logins.map((e: { object: { label: string } }) => e.object.label)).toEqual(
      expect.arrayContaining([expect.stringContaining('Nâm Nung')]),
    );
    await get(commune, `/api/v1/audit/security?unit=${NAM_NUNG}`, 403);
    const mine = await get(commune, '/api/v1/audit/security/mine');
    expect(mine.items.length).toBeGreaterThan(0);
    const names = new Set(mine.items.map((e: { actorName: string }) => e.actorName));
    expect(names.size).toBe(1);
    expect(mine.items.every((e: { kind: string }) => e.kind === 'security')).toBe(true);
  });

  it('filters the district log by commune, criterion, kind, person and period', async () => {
    const xuan = await commune.request({ method: 'GET', url: '/api/v1/audit?unit=664' });
    expect(xuan.statusCode).toBe(403);
    const all = await get(office, '/api/v1/audit?unit=664&limit=200');
    expect(all.items.length).toBeGreaterThan(2);
    expect(all.items.map((e: { kind: string }) => e.kind)).not.toContain('security');
    const byCommune = await get(office, `/api/v1/audit?unit=664&commune=${NAM_NUNG}&kind=values`);
    expect(byCommune.items.length).toBe(2);
    expect(byCommune.items.every((e: { unitName: string; kind: string }) => e.unitName.includes('Nâm Nung') && e.kind === 'values')).toBe(
      true,
    );
    const crit = await get(office, '/api/v1/audit?unit=664&criterion=9');
    expect(crit.items.map((e: { object: { label: string } }) => e.object.label)).toEqual([expect.stringMatching(/^9\.2 — /)]);
    const actorId = crit.items[0].actorId;
    const byUser = await get(office, `/api/v1/audit?unit=664&user=${actorId}`);
    expect(byUser.items.length).toBe(2);
    expect((await get(office, '/api/v1/audit?unit=664&from=2000-01-01&to=2000-12-31')).items).toEqual([]);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await get(office, `/api/v1/audit?unit=664&from=${today}&to=${today}`)).items.length).toBe(all.items.length);
    const bad = await get(office, '/api/v1/audit?unit=664&from=2022-02-01&to=2022-01-01', 422);
    expect(bad.error).toMatchObject({ code: 'audit.bad_period', issues: [{ path: 'from' }] });
    const outside = await get(office, `/api/v1/audit?unit=${NAM_XUAN}&commune=${NAM_NUNG}`, 422);
    expect(outside.error.code).toBe('audit.commune_outside');
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const all = await get(office, '/api/v1/audit?unit=664&limit=200');
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const p: { items: { seq: number }[]; nextCursor: number | null } = await get(
        office,
        `/api/v1/audit?unit=664&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(p.items.length).toBeLessThanOrEqual(3);
      seen.push(...p.items.map((e) => e.seq));
      cursor = p.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.items.map((e: { seq: number }) => e.seq));
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('documents the audit routes in OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const p of [
      '/api/v1/units/{code}/audit',
      '/api/v1/audit',
      '/api/v1/audit/security',
      '/api/v1/audit/security/mine',
      '/api/v1/audit/integrity',
    ])
      expect(doc.paths[p]?.get, p).toBeDefined();
    const params = doc.paths['/api/v1/audit'].get.parameters.map((x: { name: string }) => x.name);
    expect(params).toEqual(expect.arrayContaining(['unit', 'commune', 'criterion', 'user', 'kind', 'from', 'to', 'cursor']));
  });
});
