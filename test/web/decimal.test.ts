/** Numbers typed in data entry are read the UI language's way: "1.250" is 1250 in Vietnamese, 1.25 in English. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, toInputText } from '../../src/web/lib/decimal.js';

describe('parseDecimal', () => {
  it('reads Vietnamese numbers: decimal comma, dots between thousands', () => {
    expect(parseDecimal('17,9', 'vi')).toBe(17.9);
    expect(parseDecimal(' 71,25 ', 'vi')).toBe(71.25);
    expect(parseDecimal('1.250', 'vi')).toBe(1250);
    expect(parseDecimal('1.250,5', 'vi')).toBe(1250.5);
    expect(parseDecimal('12.345.678', 'vi')).toBe(12345678);
    expect(parseDecimal('-3,5', 'vi')).toBe(-3.5);
    expect(parseDecimal('42', 'vi')).toBe(42);
    expect(parseDecimal('', 'vi')).toBeNull();
  });

  it('reads English numbers: decimal point, commas between thousands', () => {
    expect(parseDecimal('17.9', 'en')).toBe(17.9);
    expect(parseDecimal('1,250', 'en')).toBe(1250);
    expect(parseDecimal('1,250.5', 'en')).toBe(1250.5);
    expect(parseDecimal('1.250', 'en')).toBe(1.25);
    expect(parseDecimal('-0.5', 'en')).toBe(-0.5);
  });

  it("refuses the other language's decimal mark and anything that is not a number", () => {
    expect(parseDecimal('17.9', 'vi')).toBe('invalid');
    expect(parseDecimal('17,9', 'en')).toBe('invalid');
    for (const lang of ['vi', 'en'])
      for (const bad of ['abc', '1,2,3', '1.2.3', '12a', ',5', '5,', '--1', '1e5', 'NaN', 'Infinity', '1.25.0,1', '0x10'])
        expect(parseDecimal(bad, lang), `${bad} (${lang})`).toBe('invalid');
  });

  it('reads back every number it writes into an input, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.constantFrom('vi', 'en'), (n, lang) => {
        const text = toInputText(n, lang);
        fc.pre(!/e/i.test(text));
        expect(parseDecimal(text, lang)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
