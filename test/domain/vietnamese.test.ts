import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../src/domain/catalog/criteria-set.schema.js';
import {
  compareVi,
  formatDateTimeVi,
  formatDateVi,
  formatNumberVi,
  normalizeForSearch,
  parseDate,
  vietnamDay,
} from '../../src/domain/text/vietnamese.js';

describe('Vietnamese text helpers', () => {
  it('sorts by Vietnamese collation: Đ after D, Â after A', () => {
    expect(['Đắk Sôr', 'Nâm Nung', 'Buôn Choah', 'Nam Đà', 'Dak'].sort(compareVi)).toEqual([
      'Buôn Choah',
      'Dak',
      'Đắk Sôr',
      'Nam Đà',
      'Nâm Nung',
    ]);
  });
  it('normalises for search', () => {
    expect(normalizeForSearch("Nâm N'Đir")).toBe("nam n'dir");
    expect(normalizeForSearch('Quảng Phú')).toBe('quang phu');
  });
  it('formats numbers and dates the Vietnamese way', () => {
    expect(formatNumberVi(17.9)).toBe('17,9');
    expect(formatNumberVi(1250000)).toBe('1.250.000');
    expect(formatDateVi('2022-04-05')).toBe('05/04/2022');
  });
  it('parses dd/mm/yyyy and ISO, and refuses impossible dates without throwing', () => {
    expect(parseDate('31/12/2021')).toBe('2021-12-31');
    expect(parseDate('2021-12-31')).toBe('2021-12-31');
    for (const bad of ['2023-02-30', '2023-13-45', '9999-99-99', '31/02/2022', 'hôm qua', '']) expect(parseDate(bad)).toBeNull();
    expect(isoDateSchema.safeParse('2023-13-45').success).toBe(false);
  });

  it('reads stored UTC times in Vietnam time, whatever the machine zone', () => {
    expect(formatDateTimeVi('2026-12-01T22:47:05.123Z')).toBe('02/12/2026 05:47');
    expect(vietnamDay('2026-12-01T16:59:59Z')).toBe('2026-12-01');
    expect(vietnamDay('2026-12-01T17:00:00Z')).toBe('2026-12-02');
    expect(formatDateTimeVi('không phải thời điểm')).toBe('');
  });
});
