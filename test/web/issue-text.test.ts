/** API issues as sentences: Vietnamese field names for paths, no English reason or code in Vietnamese. */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import issuesEn from '../../src/web/i18n/issues.en.json' with { type: 'json' };
import issuesVi from '../../src/web/i18n/issues.vi.json' with { type: 'json' };
import { issueSentence } from '../../src/web/lib/issue-text.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { vi: { translation: { issues: issuesVi } }, en: { translation: { issues: issuesEn } } },
    lng: 'vi',
    interpolation: { escapeValue: false },
  });
});
const say = (path: string, message: string, lang = 'vi') => issueSentence({ path, message }, i18n.getFixedT(lang), lang);

describe('issueSentence', () => {
  it('says a missing criteria set in words, in each language', () => {
    expect(say('set', 'required')).toBe('Bộ tiêu chí: chưa có, cần nhập hoặc chọn.');
    expect(say('set', 'required', 'en')).toBe('Criteria set: missing; enter or choose one.');
  });

  it('names indicator values, list items and request fields as the screens do', () => {
    expect(say('values.9.1', 'không phải số / not a number')).toBe('Giá trị chỉ tiêu 9.1: không phải số.');
    expect(say('values.9.1', 'không phải số / not a number', 'en')).toBe('Value of indicator 9.1: not a number.');
    expect(say('items.2.expectedVersion', '3 ≠ 4')).toBe('Phiên bản đang sửa ở mục thứ 3: không hợp lệ.');
    expect(say('body.comment', 'required')).toBe('Nhận xét: chưa có, cần nhập hoặc chọn.');
    expect(say('querystring.asOf', 'Invalid ISO date')).toBe('Ngày số liệu: không hợp lệ.');
    expect(say('username', 'taken')).toBe('Tên đăng nhập: đã có người dùng, hãy chọn tên khác.');
  });

  it('never shows a path or an English validator message to a Vietnamese reader', () => {
    const vi = say('criteria.3.indicators.0.zzz', 'Invalid input: expected string, received undefined');
    expect(vi).toBe('Một thông tin gửi lên: không hợp lệ.');
    expect(say('asOf', 'outside 2004-01-01 – 2025-06-30')).toBe('Ngày số liệu: không hợp lệ.');
    expect(say('asOf', 'outside 2004-01-01 – 2025-06-30', 'en')).toBe('Data date: outside 2004-01-01 – 2025-06-30.');
  });
});
