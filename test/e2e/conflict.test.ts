/**
 * A stale save in a real browser: Nam Xuân's officer and the district office edit the same value on
 * the same date; the second save shows the conflict dialog with both values and the user picks one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, screenshot, signIn } from './support/browser.js';
import { gone, hasText, hasValue, seen } from './support/expect.js';
import { type E2eServer, startServer } from './support/server.js';

const DAY = '2022-09-30';
const ENTRY = `/xa/24692/nhap-lieu?ngay=${DAY}`;

/** Opens criterion 9 of the entry form; returns the two inputs. */
async function openCriterion9({ page }: Person) {
  await page
    .getByRole('navigation', { name: 'Các tiêu chí' })
    .getByRole('button', { name: /^9\. Nhà ở dân cư/ })
    .click();
  await seen(page.getByRole('heading', { level: 2, name: '9. Nhà ở dân cư' }));
  return {
    houses: page.getByRole('textbox', { name: /^Chỉ tiêu 9\.1 —/ }),
    solid: page.getByRole('textbox', { name: /^Chỉ tiêu 9\.2 —/ }),
  };
}

const save = ({ page }: Person) => page.getByRole('button', { name: 'Lưu', exact: true }).click();
const saved = ({ page }: Person, n: number) => seen(page.getByRole('status').filter({ hasText: `Đã lưu ${n} giá trị.` }));

interface Stored {
  indicatorCode: string;
  asOf: string;
  value: unknown;
  version: number;
  enteredByName: string;
}

/** The values on record for Nam Xuân on DAY, read through the API with the person's session. */
async function recorded({ page }: Person, base: string, code: string) {
  const r = await page.request.get(`${base}/api/v1/units/24692/evaluation?asOf=${DAY}`);
  expect(r.status()).toBe(200);
  const body = (await r.json()) as { recorded: Stored[] };
  return body.recorded.find((v) => v.indicatorCode === code);
}

describe.skipIf(!hasChromium).sequential('conflicting saves of the same value', () => {
  let server: E2eServer;
  let officer: Person;
  let office: Person;

  beforeAll(async () => {
    server = await startServer();
    officer = await openBrowser();
    office = await openBrowser();
    await signIn(officer.page, server.base, 'xa.namxuan', ENTRY);
    await signIn(office.page, server.base, 'vpntm.krongno', ENTRY);
  });
  afterAll(async () => {
    await officer?.close();
    await office?.close();
    await server?.close();
  });

  it('the second save of 9.2 shows both values; "keep mine" saves it over the first', async () => {
    const mine = await openCriterion9(officer);
    const theirs = await openCriterion9(office);
    await hasValue(mine.solid, '81');
    await hasValue(theirs.solid, '81');

    await theirs.solid.fill('79,5');
    await save(office);
    await saved(office, 1);

    await mine.solid.fill('83');
    await save(officer);
    const dialog = officer.page.getByRole('dialog', { name: 'Giá trị đã bị người khác sửa' });
    await seen(dialog);
    await hasText(dialog, 'Chỉ tiêu 9.2 (Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố) đã được lưu bởi người khác');
    await hasText(dialog, 'Giá trị của tôi');
    await hasText(dialog, '83 %');
    await hasText(dialog, 'Giá trị hiện tại');
    await hasText(dialog, '79,5 %');
    await hasText(dialog, 'Văn phòng NTM huyện Krông Nô (demo) nhập lúc');
    await screenshot(officer.page, 'conflict-01-dialog', false);

    await dialog.getByRole('button', { name: 'Giữ giá trị của tôi' }).click();
    await gone(dialog);
    await saved(officer, 1);
    await hasValue(mine.solid, '83');
    await screenshot(officer.page, 'conflict-02-kept-mine');

    const stored = await recorded(officer, server.base, '9.2');
    expect(stored).toMatchObject({ asOf: DAY, value: 83, version: 2, enteredByName: 'Cán bộ xã Nam Xuân (demo)' });

    // the district office, reloading, sees the value that won
    await office.page.reload();
    const again = await openCriterion9(office);
    await hasValue(again.solid, '83');
  });

  it('"use the current value" drops my edit and saves nothing', async () => {
    const theirs = await openCriterion9(office);
    await theirs.houses.fill('1');
    await save(office);
    await saved(office, 1);

    const mine = await openCriterion9(officer);
    await mine.houses.fill('3');
    await save(officer);
    const dialog = officer.page.getByRole('dialog', { name: 'Giá trị đã bị người khác sửa' });
    await hasText(dialog, 'Chỉ tiêu 9.1 (Nhà tạm, dột nát)');
    await hasText(dialog, 'Giá trị hiện tại');
    await dialog.getByRole('button', { name: 'Dùng giá trị hiện tại' }).click();
    await gone(dialog);
    await hasValue(mine.houses, '1');
    await seen(officer.page.getByText('Không có thay đổi'));
    await screenshot(officer.page, 'conflict-03-took-theirs');

    expect(await recorded(officer, server.base, '9.1')).toMatchObject({
      value: 1,
      version: 1,
      enteredByName: 'Văn phòng NTM huyện Krông Nô (demo)',
    });
    expect(officer.errors).toEqual([]);
    expect(office.errors).toEqual([]);
  });
});
