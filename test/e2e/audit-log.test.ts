/**
 * The audit log read by a person: the district office sees the commune's changes in words (action,
 * indicator and its name, value with a decimal comma, data date, Vietnam time), filters by commune,
 * sees sign-ins only in their own tab, a broken row as "không đọc được nội dung", and cards on a phone.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAuditAtStart } from '../../src/services/audit/integrity.service.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { signIn as apiSignIn } from '../support/app.js';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const SET = 'demo-krong-no-ntm-2022';

describe.skipIf(!hasChromium)('audit log', () => {
  let server: E2eServer;
  let office: Person;

  beforeAll(async () => {
    server = await startServer(async (t) => {
      await seedDemo(t.ctx);
    });
    const s = await apiSignIn(server.app, 'xa.namnung');
    const r = await s.request({
      method: 'PUT',
      url: '/api/v1/units/24703/values',
      payload: { set: SET, asOf: '2022-09-30', values: { '9.2': 82.5, '1.1': true }, note: 'Cập nhật quý III' },
    });
    expect(r.statusCode, r.body).toBe(200);
    await sql`insert into audit_event (id, at, actor_id, action, entity_type, entity_id, unit_code, before, after, seq, prev_hash, hash)
      values ('hong-1', '2022-10-01T01:00:00.000Z', 'nobody', 'indicator_value.record', 'indicator_value',
              ${`24703/${SET}/9.2/2022-10-01`}, '24703', '{"value": 1', '{oops', 1000000, 'x', 'y')`.execute(server.t.database.db);
    office = await openBrowser();
  });
  afterAll(async () => {
    await office?.close();
    await server?.close();
  });

  it('shows the district’s changes in words, filters by commune, keeps sign-ins apart', async () => {
    const { page } = office;
    await signIn(page, server.base, 'vpntm.krongno', '/nhat-ky');
    await seen(page.getByRole('heading', { level: 1, name: /^Nhật ký — .*Krông Nô/i }));
    const row = page.getByTestId('audit-row').filter({ hasText: 'Chỉ tiêu 9.2 —' }).filter({ hasText: 'Giá trị:' }).first();
    await seen(row);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Ghi giá trị chỉ tiêu');
    expect(text).toContain('82,5 %');
    expect(text).toContain('số liệu ngày 30/09/2022');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await seen(page.getByTestId('audit-row').filter({ hasText: 'Chỉ tiêu 1.1 —' }).filter({ hasText: 'Đạt' }).first());
    await seen(page.getByTestId('audit-row').filter({ hasText: 'Không đọc được nội dung' }));
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/indicator_value|session\.login|user\.create|\{"|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.getByTestId('audit-row').filter({ hasText: 'Đăng nhập' }).count()).toBe(0);
    await screenshot(page, 'audit-district-1366');

    await page.getByRole('textbox', { name: 'Xã' }).click();
    await page.getByRole('option', { name: /Nam Xuân/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('xa')).toBe('24692');
    await expect.poll(() => page.getByTestId('audit-row').filter({ hasText: 'Nâm Nung' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Đăng nhập và bảo mật' }).click();
    await seen(page.getByTestId('audit-row').filter({ hasText: 'Đăng nhập' }).first());
    expect((await page.locator('main').textContent()) ?? '').not.toContain('session.login');
    expect(office.errors).toEqual([]);
  });

  it('reads on a 375 px phone as cards', async () => {
    const { page } = office;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.base}/xa/24703/nhat-ky`);
    const card = page.getByTestId('audit-card').filter({ hasText: 'Chỉ tiêu 9.2 —' }).first();
    await seen(card);
    await seen(page.getByTestId('audit-card').filter({ hasText: 'Không đọc được nội dung' }));
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(page, 'audit-commune-375');
    expect(office.errors).toEqual([]);
  });

  it('warns the office on every page when the server started on a broken chain', async () => {
    const db = server.t.database;
    await sql`update audit_event set after = '{"value":1}' where seq = 3`.execute(db.db);
    await checkAuditAtStart(db, { allowBroken: true, log: { info: () => {}, warn: () => {} } });
    const { page } = office;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${server.base}/ke-hoach`);
    const banner = page.getByRole('alert').filter({ hasText: 'Cảnh báo: nhật ký đã bị thay đổi ngoài hệ thống' });
    await seen(banner);
    expect(await banner.textContent()).toContain('sự kiện số 3');
    expect(await banner.textContent()).toContain('một sự kiện đã bị sửa');
    const commune = await openBrowser();
    try {
      await signIn(commune.page, server.base, 'xa.namnung', '/xa/24703');
      await seen(commune.page.getByRole('heading', { level: 1 }).first());
      expect(await commune.page.getByText('Cảnh báo: nhật ký đã bị thay đổi').count()).toBe(0);
    } finally {
      await commune.close();
    }
  });

  it('shows the Front, who reads no trail, its own sign-ins only', async () => {
    const front = await openBrowser();
    try {
      await signIn(front.page, server.base, 'mttq.krongno', '/nhat-ky');
      await seen(front.page.getByRole('heading', { name: 'Các lần đăng nhập của bạn' }));
      await seen(front.page.getByTestId('audit-row').filter({ hasText: 'Đăng nhập' }).first());
      expect(await front.page.getByRole('tab', { name: 'Thay đổi dữ liệu' }).count()).toBe(0);
      const names = await front.page.getByTestId('audit-row').locator('td:nth-child(2)').allTextContents();
      expect(new Set(names).size).toBe(1);
      expect(front.errors).toEqual([]);
    } finally {
      await front.close();
    }
  });
});
