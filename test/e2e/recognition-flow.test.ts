/**
 * Issue 12's done-when, in a browser: the demo without Nâm Nung's recognition takes Nâm Nung through
 * the dossier — self-assessment, posting, the Front's opinion, the survey (hamlet tally typed on a
 * phone, on the survey pages), the meeting, the submission (first refused, saying which criteria fail),
 * appraisal, council, decision and announcement — to "Đạt chuẩn NTM năm 2022" on the commune page, with
 * every generated document downloadable.
 *
 * Honest about the demo: its Nâm Nung lacks criteria 17 and 18 on 31/12/2022, so the submission is first
 * refused naming them; the test then supplies, as test data, the values the demo has for those criteria
 * on 31/12/2023, verified. HD 90's participation minimum is unread, so the shipped rule applies the
 * 2016-2020 figure (70 %), marked unverified (src/catalog/surveys/survey-rules.json).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo.service.js';
import { signIn as apiSignIn } from '../support/app.js';
import { completeNamNung2022, NAM_NUNG } from '../support/dossier-flow.js';
import { multipart, PDF } from '../support/multipart.js';
import { hasChromium, openBrowser, type Person, signIn } from './support/browser.js';
import { hasText, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium).sequential('recognition of Nâm Nung for 2022, in the browser', () => {
  let server: E2eServer;
  let id = '';
  const people: Person[] = [];
  const person = async (viewport = { width: 1280, height: 900 }) => {
    const p = await openBrowser();
    people.push(p);
    await p.page.setViewportSize(viewport);
    return p;
  };
  beforeAll(async () => {
    server = await startServer((t) => seedDemo(t.ctx, { recognitionsExcept: [NAM_NUNG] }));
  });
  afterAll(async () => {
    for (const p of people) await p.close();
    await server?.close();
  });

  const actDate = async (page: Page, day: string) => {
    await page.getByLabel('Ngày thực hiện').fill(day);
    await page.waitForLoadState('networkidle');
  };
  const step = (page: Page, name: string) => hasText(page.getByTestId('current-step'), name);
  const complete = async (page: Page, label = 'Hoàn thành bước') => {
    const b = page.getByRole('button', { name: label });
    await expect.poll(() => b.isEnabled(), { timeout: 20_000 }).toBe(true);
    await b.click();
  };
  const generate = async (page: Page, doc: string) => {
    const row = page.locator(`[data-doc="${doc}"]`);
    await row.getByRole('button', { name: /Lập/ }).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 20_000 }).toBe('generated');
  };
  /** A file of the dossier, by API (the file inputs are the browser's own). */
  const upload = async (username: string) => {
    const s = await apiSignIn(server.app, username);
    const m = multipart({}, { name: 'van-ban.pdf', content: PDF });
    const r = await s.request({ method: 'POST', url: `/api/v1/dossiers/${id}/files`, ...m });
    expect(r.statusCode, r.body).toBe(201);
    return { s, fileId: r.json().id as string };
  };

  it('the commune starts the dossier and generates its self-assessment report', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'xa.namnung', `/xa/${NAM_NUNG}/ho-so`);
    await seen(page.getByRole('heading', { level: 1, name: /Hồ sơ xét, công nhận của xã Nâm Nung/ }));
    await page.getByLabel('Năm đạt chuẩn').fill('2022');
    await page.getByLabel('Ngày đánh giá').fill('2022-12-31');
    await page.getByLabel('Ngày bắt đầu').fill('2023-01-05');
    await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/ho-so/'));
    id = page.url().split('/ho-so/')[1]?.split(/[?#]/)[0] ?? '';
    await seen(page.getByRole('heading', { level: 1, name: 'Hồ sơ đề nghị công nhận Xã nông thôn mới năm 2022 — xã Nâm Nung' }));
    await step(page, 'Báo cáo kết quả thực hiện xây dựng nông thôn mới của xã');
    await actDate(page, '2023-01-05');
    await hasText(page.getByTestId('blockers'), 'Thiếu tài liệu bắt buộc');
    await generate(page, 'self_assessment_report');
    await complete(page);
    await step(page, 'Thông báo, công bố công khai');
  });

  it('the posting keeps the dossier until 5 announcements and the end of the 15 days', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'xa.namnung', `/ho-so/${id}`);
    await actDate(page, '2023-01-06');
    await page.getByLabel('Ngày bắt đầu niêm yết').fill('2023-01-06');
    await page.getByRole('button', { name: 'Ghi ngày bắt đầu' }).click();
    await seen(page.getByTestId('posting-status'));
    await page.getByLabel('Ngày thông báo').fill('2023-01-06');
    await page.getByRole('textbox', { name: 'Hình thức' }).click();
    await page.getByRole('option', { name: 'Trụ sở UBND xã' }).click();
    await page.getByRole('button', { name: 'Ghi lần thông báo' }).click();
    await hasText(page.getByTestId('posting-status'), 'Đã thông báo 1/5 lần trong thời hạn 15 ngày (từ 06/01/2023 đến 20/01/2023)');
    const commune = await apiSignIn(server.app, 'xa.namnung');
    for (const [day, channel] of [
      ['2023-01-09', 'hamlet_house'],
      ['2023-01-12', 'loudspeaker'],
      ['2023-01-16', 'hamlet_house'],
    ])
      await commune.request({
        method: 'POST',
        url: `/api/v1/dossiers/${id}/posting/announcements`,
        payload: { announcedOn: day, channel },
      });
    await actDate(page, '2023-01-19');
    await page.reload();
    await actDate(page, '2023-01-19');
    await hasText(page.getByTestId('blockers'), 'Mới thông báo 4 lần trong thời hạn 15 ngày, cần ít nhất 5 lần');
    await hasText(page.getByTestId('blockers'), 'kết thúc ngày 20/01/2023');
    await commune.request({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/posting/announcements`,
      payload: { announcedOn: '2023-01-19', channel: 'loudspeaker' },
    });
    await actDate(page, '2023-01-21');
    await page.reload();
    await actDate(page, '2023-01-21');
    await complete(page);
    await step(page, 'Ý kiến của Mặt trận Tổ quốc');
  });

  it('the Front gives its written opinion, then types a hamlet tally on a phone', async () => {
    const { s, fileId } = await upload('mttq.namnung');
    const o = await s.request({
      method: 'POST',
      url: `/api/v1/dossiers/${id}/opinions`,
      payload: {
        organisationKind: 'front',
        organisation: 'Ủy ban MTTQ Việt Nam xã Nâm Nung',
        givenOn: '2023-01-25',
        summary: 'Nhất trí',
        fileId,
      },
    });
    expect(o.statusCode, o.body).toBe(200);
    const { page } = await person(PHONE);
    await signIn(page, server.base, 'mttq.namnung', `/ho-so/${id}`);
    await actDate(page, '2023-01-26');
    await complete(page);
    await step(page, 'Lấy ý kiến sự hài lòng');
    const round = await s.request({
      method: 'POST',
      url: `/api/v1/units/${NAM_NUNG}/survey-rounds`,
      payload: {
        purpose: 'ntm',
        year: 2022,
        startsOn: '2023-01-27',
        forms: ['household'],
        hamlets: [{ name: 'Thôn Nam Tân', households: 100 }],
      },
    });
    expect(round.statusCode, round.body).toBe(200);
    const roundId = round.json().id;
    await page.goto(`${server.base}/xa/${NAM_NUNG}/khao-sat/${roundId}`);
    await seen(page.getByRole('heading', { level: 1, name: /Phiếu số 1/ }));
    await page.getByRole('textbox', { name: 'Số phiếu phát ra' }).fill('85');
    await page.getByRole('textbox', { name: 'Số phiếu thu về (trên bảng tổng hợp giấy)' }).fill('80');
    const r2 = (await s.request({ method: 'GET', url: `/api/v1/survey-rounds/${roundId}` })).json();
    for (const item of r2.items as { text: string }[]) {
      await page.getByRole('textbox', { name: `Hài lòng — ${item.text}`, exact: true }).fill('78');
      await page.getByRole('textbox', { name: `Không hài lòng — ${item.text}` }).fill('2');
    }
    await page.getByRole('button', { name: 'Lưu bảng tổng hợp' }).click();
    await seen(page.getByText('Đã lưu bảng tổng hợp của thôn Thôn Nam Tân.'));
    await seen(page.getByTestId('survey-participation').getByText('80%', { exact: true }));
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(PHONE.width);
    const version = (await s.request({ method: 'GET', url: `/api/v1/survey-rounds/${roundId}` })).json().version;
    const close = await s.request({
      method: 'POST',
      url: `/api/v1/survey-rounds/${roundId}/close`,
      payload: { endsOn: '2023-02-10', expectedVersion: version },
    });
    expect(close.statusCode, close.body).toBe(200);
    await page.goto(`${server.base}/ho-so/${id}`);
    await actDate(page, '2023-02-10');
    await generate(page, 'survey_report');
    await complete(page);
    await step(page, 'Họp đề nghị xét, công nhận');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(PHONE.width);
  });

  it('the meeting is recorded with its vote, and the submission is refused while criteria 17 and 18 fail', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'xa.namnung', `/ho-so/${id}`);
    await actDate(page, '2023-02-15');
    await page.getByLabel('Ngày họp').fill('2023-02-15');
    await page.getByLabel('Số thành viên dự họp').fill('25');
    await page.getByLabel('Tổng số thành viên').fill('27');
    await page.getByLabel('Số thành viên nhất trí').fill('25');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await hasText(page.getByTestId('meeting-vote'), 'Nhất trí 25/27 thành viên, đạt 92,5%');
    await generate(page, 'meeting_minutes');
    await complete(page);
    await step(page, 'Tờ trình và hồ sơ đề nghị');
    await actDate(page, '2023-02-20');
    await generate(page, 'request');
    const blockers = page.getByTestId('blockers');
    await hasText(blockers, 'Chưa đạt tiêu chí 17. ');
    // Debt is computed from works and payments (issue 13): the demo's Nâm Nung has no works, so no debt blocks.
    expect(await page.locator('[data-condition="debt"]').getAttribute('data-state')).toBe('met');
    await hasText(blockers, 'Chưa có xác nhận của Công an về an ninh, trật tự');
    expect(await page.getByRole('button', { name: 'Gửi hồ sơ' }).isDisabled()).toBe(true);
    expect(await page.locator('[data-condition="criteria"]').getAttribute('data-state')).toBe('not_met');
  });

  it('with the values verified and the declarations made, the dossier is submitted', async () => {
    await completeNamNung2022(server.t.ctx);
    const debt = await upload('xa.namnung');
    await debt.s.request({
      method: 'PUT',
      url: `/api/v1/dossiers/${id}/records/debt`,
      payload: { data: { amount: 0, declaredOn: '2023-02-21' }, fileId: debt.fileId },
    });
    const police = await upload('xa.namnung');
    const r = await police.s.request({
      method: 'PUT',
      url: `/api/v1/dossiers/${id}/records/security`,
      payload: { data: { notComplex: true, declaredBy: 'Công an xã Nâm Nung', declaredOn: '2023-02-21' }, fileId: police.fileId },
    });
    expect(r.statusCode, r.body).toBe(200);
    const { page } = await person();
    await signIn(page, server.base, 'xa.namnung', `/ho-so/${id}`);
    await actDate(page, '2023-02-21');
    for (const c of ['criteria', 'satisfaction', 'debt', 'security'])
      await expect.poll(() => page.locator(`[data-condition="${c}"]`).getAttribute('data-state'), { timeout: 20_000 }).toBe('met');
    await complete(page, 'Gửi hồ sơ');
    await step(page, 'Thẩm tra hồ sơ');
  });

  it('the district appraises, the province’s council approves and the decision is recorded', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'vpntm.krongno', `/ho-so/${id}`);
    await actDate(page, '2023-03-10');
    await page.getByLabel('Ngày thẩm tra').fill('2023-03-10');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(
        async () =>
          (await page.getByTestId('blockers').count()) === 0 ||
          !(await page.getByTestId('blockers').textContent())?.includes('Chưa ghi kết quả thẩm tra'),
        { timeout: 20_000 },
      )
      .toBe(true);
    await generate(page, 'appraisal_report');
    await generate(page, 'eligible_list');
    await complete(page);
    await step(page, 'Thẩm định, Hội đồng thẩm định');

    const province = (await person()).page;
    await signIn(province, server.base, 'vpdp.daknong', `/ho-so/${id}`);
    await actDate(province, '2023-08-20');
    await province.getByLabel('Ngày họp').fill('2023-08-20');
    await province.getByLabel('Số thành viên').first().fill('15');
    await province.getByLabel('Số dự họp').fill('15');
    await province.getByLabel('Số nhất trí').fill('15');
    await province.getByRole('textbox', { name: 'Kết quả' }).click();
    await province.getByRole('option', { name: 'Thông qua', exact: true }).click();
    await province.getByRole('button', { name: 'Lưu' }).click();
    await complete(province);
    await step(province, 'Quyết định công nhận');
    await actDate(province, '2023-09-11');
    await province.getByLabel('Ngày ký').fill('2023-09-11');
    await province.getByLabel('Người ký').fill('Lê Trọng Yên');
    await province.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Đắk Nông');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await complete(province);
    await step(province, 'Công bố xã đạt chuẩn');
  });

  it('the announcement closes the dossier; the commune page shows "Đạt chuẩn NTM năm 2022"; every document downloads', async () => {
    const { page } = await person();
    await signIn(page, server.base, 'vpntm.krongno', `/ho-so/${id}`);
    await actDate(page, '2023-10-02');
    await page.getByLabel('Ngày công bố').fill('2023-10-02');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await complete(page);
    await seen(page.getByTestId('dossier-completed'));
    for (const doc of ['self_assessment_report', 'survey_report', 'meeting_minutes', 'request', 'appraisal_report', 'eligible_list']) {
      const href = await page.getByTestId(`download-${doc}`).getAttribute('href');
      const res = await page.request.get(`${server.base}${href}`);
      expect([doc, res.status()]).toEqual([doc, 200]);
      expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
    }
    await page.goto(`${server.base}/xa/${NAM_NUNG}?ngay=2023-12-31`);
    await seen(page.getByText(/Đạt chuẩn NTM năm 2022/).first());
  });
});
