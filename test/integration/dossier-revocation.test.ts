/**
 * The revocation procedure (QĐ 18 Chương V, steps unverified): it starts only from a recognised commune
 * the rule judges at risk or to be revoked, and its decision revokes the recognition. Test data: Nam Đà
 * (recognised before 2022 in the demo) is given, as of 30/6/2024, the values Buôn Choah has in the demo
 * on 31/12/2022 (8 of 19 criteria failing, income and environment among them).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorValueRepository } from '../../src/db/repositories/indicator-value.repository.js';
import { getSet } from '../../src/services/catalog.service.js';
import { inTransaction } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { recognitionsInForce } from '../../src/services/recognition/recognition.service.js';
import { decodeValue, encodeValue } from '../../src/services/value.codec.js';
import { insertValueSeries } from '../../src/services/value.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { DEMO_SET } from '../support/dossier-flow.js';
import { multipart, PDF } from '../support/multipart.js';

const NAM_DA = '24697';
const BUON_CHOAH = '24694';

describe.each(DIALECTS)('revocation dossier on %s', (dialect) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let district: Session;
  let province: Session;
  let recognitionId = '';
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    app = await buildTestApp(t);
    district = await signIn(app, 'vpntm.krongno');
    province = await signIn(app, 'vpdp.daknong');
    const [rec] = await recognitionsInForce(t.database.db, NAM_DA, '2024-06-30');
    recognitionId = rec?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const start = (assessmentDate: string) =>
    district.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_DA}/dossiers`,
      payload: { kind: 'revocation', tier: 'ntm', year: 2024, assessmentDate, startedOn: '2024-07-01', recognitionId },
    });

  it('refuses to start while the title is kept, saying so', async () => {
    expect(recognitionId).not.toBe('');
    const r = await start('2022-12-31');
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().error.code).toBe('dossier.not_at_risk');
  });

  it('starts when the commune falls below the rule, and its decision revokes the recognition', async () => {
    const set = await getSet(t.ctx, DEMO_SET);
    const kinds = new Map(set.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.kind] as const)));
    const rows = await indicatorValueRepository.detailAsOf(t.database.db, DEMO_SET, BUON_CHOAH, '2022-12-31');
    await inTransaction(t.ctx, (trx) =>
      insertValueSeries(
        t.ctx,
        trx,
        rows.map((r) => ({
          unitCode: NAM_DA,
          setCode: DEMO_SET,
          indicatorCode: r.indicatorCode,
          asOf: '2024-06-30',
          ...encodeValue(decodeValue(kinds.get(r.indicatorCode), r)),
          note: 'Dữ liệu kiểm thử / test data',
          demo: 1,
          verification: 'verified',
          verifiedBy: t.ctx.actor.id,
          verifiedAt: t.ctx.now(),
        })),
      ),
    );
    const r = await start('2024-06-30');
    expect(r.statusCode, r.body).toBe(200);
    const id = r.json().id;
    expect(r.json().procedure.code).toBe('qd18-2022-xa-thu-hoi');
    let version = r.json().version;
    const act = async (s: Session, method: 'POST' | 'PUT', path: string, payload: object) => {
      const res = await s.request({ method, url: `/api/v1/dossiers/${id}${path}`, payload });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
      return res.json();
    };
    await act(district, 'POST', '/documents/self_assessment_report/generate', { on: '2024-07-01' });
    await act(district, 'POST', '/complete', { on: '2024-07-01', note: 'Không đạt 8/19 tiêu chí', expectedVersion: version });
    const m = multipart({}, { name: 'to-trinh.pdf', content: PDF });
    const up = await district.request({ method: 'POST', url: `/api/v1/dossiers/${id}/documents/revocation_request`, ...m });
    expect(up.statusCode, up.body).toBe(200);
    version = up.json().version;
    await act(district, 'POST', '/complete', { on: '2024-07-05', expectedVersion: version });
    await act(district, 'PUT', '/appraisal', {
      appraisedOn: '2024-07-10',
      conclusion: 'eligible',
      findings: [{ criterionCode: '10', result: 'not_met' }],
    });
    await act(district, 'POST', '/complete', { on: '2024-07-10', expectedVersion: version });
    await act(province, 'PUT', '/records/decision', {
      data: { number: null, date: '2024-08-01', signer: null, body: 'Ủy ban nhân dân tỉnh Đắk Nông' },
    });
    const done = await act(province, 'POST', '/complete', { on: '2024-08-01', expectedVersion: version });
    expect(done.state).toBe('completed');
    expect(await recognitionsInForce(t.database.db, NAM_DA, '2024-12-31')).toEqual([]);
    expect((await recognitionsInForce(t.database.db, NAM_DA, '2024-07-31')).map((x) => x.id)).toEqual([recognitionId]);
  });
});
