/**
 * When no criteria set applies (the country, or a commune, before 2021 in the demo — since QĐ 51 the demo's
 * new province has a set on every date after 1/7/2025), the refusal reads as a sentence for a person: the unit by its kind and name, the date as dd/mm/yyyy, no codes or field names.
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
    const r = await admin.request({ method: 'GET', url: '/api/v1/board?asOf=2020-12-31' });
    expect(r.statusCode).toBe(422);
    const { code, message } = r.json().error;
    expect(code).toBe('evaluation.no_criteria_set');
    expect(message.vi).toBe(
      'Chưa có bộ tiêu chí nông thôn mới nào áp dụng cho cả nước vào ngày 31/12/2020. Hãy chọn một ngày khác hoặc chỉ định bộ tiêu chí áp dụng.',
    );
    expect(message.en).toBe(
      'No new-rural criteria set applies to the country on 31/12/2020. Pick another date or name the criteria set that applies.',
    );
  });

  it('names a commune by its kind and name, never its code', async () => {
    const r = await admin.request({ method: 'GET', url: '/api/v1/units/24703/evaluation?asOf=2020-12-31' });
    expect(r.statusCode).toBe(422);
    const { message } = r.json().error;
    expect(message.vi).toContain('áp dụng cho xã Nâm Nung vào ngày 31/12/2020.');
    expect(message.en).toContain('applies to Nâm Nung commune on 31/12/2020.');
    for (const text of [message.vi, message.en]) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|24703|\(set\)/);
    }
  });
});
