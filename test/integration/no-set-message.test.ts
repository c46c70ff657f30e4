/**
 * When no criteria set applies (the country before 2021, a commune of a province that has not adopted
 * one), the refusal reads as a sentence for a person: the unit by its kind and name, the date as dd/mm/yyyy, no codes or field names.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { buildTestApp, type Session, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('no criteria set, in words, on %s', (dialect) => {
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

  it('names the whole country and the date as dd/mm/yyyy on the national board', async () => {
    const r = await admin.request({ method: 'GET', url: '/api/v1/board?asOf=2020-12-02' });
    expect(r.statusCode).toBe(422);
    const { code, message } = r.json().error;
    expect(code).toBe('evaluation.no_criteria_set');
    expect(message.vi).toBe(
      'Chưa có bộ tiêu chí nông thôn mới nào áp dụng cho cả nước vào ngày 02/12/2020. Hãy chọn một ngày khác hoặc chỉ định bộ tiêu chí áp dụng.',
    );
    expect(message.en).toBe(
      'No new-rural criteria set applies to the country on 02/12/2020. Pick another date or name the criteria set that applies.',
    );
  });

  it('names a commune by its kind and name, never its code', async () => {
    // the demo's province adopts QĐ 51 from 15/02/2026; without that assignment nothing applies on 02/12/2026
    await t.database.db.deleteFrom('unitCriteriaSet').where('unitCode', '=', '68-2025').where('validFrom', '=', '2026-02-15').execute();
    const r = await admin.request({ method: 'GET', url: '/api/v1/units/24688-2025/evaluation?asOf=2026-12-02' });
    expect(r.statusCode).toBe(422);
    const { message } = r.json().error;
    expect(message.vi).toContain('áp dụng cho xã Krông Nô vào ngày 02/12/2026.');
    expect(message.en).toContain('applies to Krông Nô commune on 02/12/2026.');
    for (const text of [message.vi, message.en]) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|24688|\(set\)/);
    }
  });
});
