/** Every API route on each database, with the Krông Nô demo loaded; bad input gets a clear 4xx. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('HTTP API on %s', (dialect) => {
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
    await app.close();
    await t.close();
  });
  const get = async (url: string) => {
    const r = await admin.request({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() };
  };

  it('GET /api/v1/health', async () => {
    expect(await get('/api/v1/health')).toMatchObject({ status: 200, body: { status: 'ok', database: dialect } });
  });

  it('serves the OpenAPI document and its viewer', async () => {
    const doc = await get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/board', '/api/v1/evaluate', '/api/v1/units/{code}/history', '/api/v1/criteria-sets/{code}']),
    );
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('GET /api/v1/criteria-sets and one set with provenance', async () => {
    const list = await get('/api/v1/criteria-sets');
    expect(list.body.items.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['qd318-ntm-2021-2025', 'qd318-advanced-2021-2025', 'qd319-model-2021-2025', 'demo-krong-no-ntm-2022']),
    );
    const one = await get('/api/v1/criteria-sets/qd318-ntm-2021-2025');
    expect(one.body.criteria).toHaveLength(19);
    expect(one.body.criteria[9].indicators[0].thresholds[0]).toMatchObject({ value: null, provenance: { verified: false } });
  });

  it('GET /api/v1/criteria-sets/:code/check lists unknown thresholds', async () => {
    const r = await get('/api/v1/criteria-sets/qd318-ntm-2021-2025/check');
    expect(r.body.criteria).toBe(19);
    expect(r.body).toMatchObject({ indicators: 55, officialIndicators: 57 });
    expect(r.body.findings.filter((f: { problem: string }) => f.problem === 'indicator_gap')).toHaveLength(3);
    expect(r.body.unknownThresholds).toBeGreaterThan(20);
    expect(
      r.body.findings.some(
        (f: { where: string; problem: string }) => f.where.startsWith('chỉ tiêu 10') && f.problem === 'unknown_threshold',
      ),
    ).toBe(true);
  });

  it('GET /api/v1/units as of a date, one unit, children, history', async () => {
    const communes = await get('/api/v1/units?asOf=2022-01-01&kind=commune&q=nam');
    expect(communes.body.items.map((u: { name: string }) => u.name)).toEqual(['Nam Đà', 'Nam Xuân', "Nâm N'Đir", 'Nâm Nung']);
    expect((await get('/api/v1/units/664')).body).toMatchObject({ name: 'Krông Nô', kind: 'district', validTo: '2025-06-30' });
    const children = await get('/api/v1/units/664/children?asOf=2022-01-01');
    expect(children.body.items).toHaveLength(12);
    const history = await get('/api/v1/units/24703-2025/history');
    expect(history.body.predecessors.map((p: { unit: { code: string } }) => p.unit.code).sort()).toEqual(['24703', '24715']);
  });

  it('GET /api/v1/units/:code/evaluation with reasons', async () => {
    const r = await get('/api/v1/units/24715/evaluation?asOf=2021-12-31');
    expect(r.status).toBe(200);
    expect(r.body.evaluation).toMatchObject({ metCount: 15, criteriaCount: 19, set: { demo: true } });
    const health = r.body.evaluation.criteria.find((c: { number: number }) => c.number === 15);
    expect(health.statusLabel).toBe('Chưa đạt');
    const stunting = health.indicators.find((i: { code: string }) => i.code === '15.3');
    expect(stunting).toMatchObject({ threshold: 26.5, basis: { scope: 'region', region: 'TN' } });
    // What the page shows ("mức của vùng Tây Nguyên") comes from the set's data, never a code.
    expect(stunting.basis.named).toEqual({ where: [{ dimension: 'vùng', values: ['Tây Nguyên'] }], rules: [] });
    expect(r.body.evaluation.profile.classifications).toEqual([
      { dimension: 'region', name: 'Vùng kinh tế - xã hội', multiple: false, values: [{ code: 'TN', name: 'Tây Nguyên' }] },
      { dimension: 'special-status', name: 'Xã thuộc diện đặc biệt', multiple: true, values: [] },
    ]);
    expect(r.body.evaluation.set.tierName).toBe('Xã nông thôn mới');
  });

  it('GET /api/v1/units/:code/values/:indicator/history', async () => {
    const r = await get('/api/v1/units/24703/values/10/history?set=demo-krong-no-ntm-2022');
    // The demo's baseline and its two year ends (illustrative values adding up to the real totals).
    expect(r.body.items.map((i: { asOf: string }) => i.asOf)).toEqual(['2021-12-31', '2022-12-31', '2023-12-31']);
    for (const item of r.body.items) expect(item).toMatchObject({ demo: true, version: 1 });
  });

  it('GET /api/v1/board for the district', async () => {
    const r = await get('/api/v1/board?unit=664&asOf=2021-12-31');
    expect(r.body.rows).toHaveLength(11);
    expect(r.body.summary).toMatchObject({ communes: 11, totalMet: 178, averageMet: 16.18 });
    expect(r.body.summary.distribution).toEqual({ 14: 1, 15: 6, 17: 1, 19: 3 });
    expect(r.body.set.criteria).toHaveLength(19);
  });

  it('GET /api/v1/board for the whole country', async () => {
    const r = await get('/api/v1/board?asOf=2021-12-31');
    expect(r.status).toBe(200);
    expect(r.body.scope).toBeNull();
    expect(r.body.rows.length).toBeGreaterThanOrEqual(11);
  });

  it('POST /api/v1/evaluate evaluates without storing', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      payload: {
        set: 'qd318-ntm-2021-2025',
        profile: { region: 'TN', statuses: ['dbkk'] },
        asOf: '2023-06-30',
        values: { '15.3': 25, '1.1': true, '10': 50 },
      },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    const ind = (code: string) =>
      body.criteria.flatMap((c: { indicators: unknown[] }) => c.indicators).find((i: { code: string }) => i.code === code);
    expect(ind('15.3')).toMatchObject({
      status: 'not_met',
      threshold: 24,
      basis: { region: 'TDMNPB', regionFrom: 'status', status: 'dbkk' },
    });
    expect(ind('15.3').basis.named.rules).toEqual([{ from: 'ĐBKK', dimension: 'vùng', to: 'TDMNPB' }]);
    expect(ind('10')).toMatchObject({ status: 'threshold_unknown', threshold: null });
    expect(ind('1.1')).toMatchObject({ status: 'met' });
    expect(ind('2.1')).toMatchObject({ status: 'missing' });
    expect(body.tierReached).toBeNull();
  });

  describe('bad input', () => {
    const post = (payload: string | object) =>
      app
        .inject({ method: 'POST', url: '/api/v1/evaluate', payload, headers: { 'content-type': 'application/json' } })
        .then((r) => ({ status: r.statusCode, body: r.json() }));
    const valid = { set: 'qd318-ntm-2021-2025', profile: { region: 'TN' }, asOf: '2023-06-30', values: {} };

    it('malformed JSON → 400 request.malformed_json', async () => {
      expect(await post('{"set": ')).toMatchObject({
        status: 400,
        body: { error: { code: 'request.malformed_json', message: { vi: expect.any(String), en: expect.any(String) } } },
      });
    });

    it('a value of the wrong type → 422 naming the indicator and the expected kind', async () => {
      const r = await post({ ...valid, values: { '1.1': 5, '15.3': 'cao' } });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('value.invalid');
      expect(r.body.error.issues).toEqual(
        expect.arrayContaining([
          { path: 'values.1.1', message: expect.stringContaining('Đạt hoặc Không đạt') },
          { path: 'values.15.3', message: expect.stringContaining('một số') },
        ]),
      );
    });

    it('an unknown indicator, region or set', async () => {
      expect((await post({ ...valid, values: { '99.9': 1 } })).body.error.issues[0].path).toBe('values.99.9');
      expect((await post({ ...valid, profile: { region: 'XX' } })).body.error).toMatchObject({
        code: 'evaluation.invalid_profile',
        issues: [{ path: 'profile.region' }],
      });
      expect(await post({ ...valid, set: 'nope' })).toMatchObject({ status: 404, body: { error: { code: 'criteria_set.not_found' } } });
    });

    it('a malformed date → 400 with its field', async () => {
      expect(await post({ ...valid, asOf: '2023-02-30' })).toMatchObject({
        status: 400,
        body: { error: { code: 'request.invalid', issues: [{ path: 'body.asOf' }] } },
      });
      const r = await get('/api/v1/board?unit=664&asOf=31/12/2021');
      expect(r).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'querystring.asOf' }] } } });
    });

    it('an unknown unit → 404; a date outside its life → 422 with successors', async () => {
      expect(await get('/api/v1/units/99999/evaluation?asOf=2022-01-01')).toMatchObject({
        status: 404,
        body: { error: { code: 'unit.not_found' } },
      });
      const r = await get('/api/v1/units/24715/evaluation?asOf=2025-07-01');
      expect(r).toMatchObject({ status: 422, body: { error: { code: 'unit.not_valid_at', details: { successors: ['24703-2025'] } } } });
      expect(r.body.error.message.vi).toContain("Nâm N'Đir");
    });

    it('an unknown route → 404 route.not_found', async () => {
      expect(await get('/api/v1/nothing')).toMatchObject({ status: 404, body: { error: { code: 'route.not_found' } } });
    });
  });
});
