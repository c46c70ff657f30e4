/** Money as people read it: triệu đồng with Vietnamese separators, đồng with dots, words, and typed input. */
import { describe, expect, it } from 'vitest';
import { amountInWords, formatDong, formatMillion, parseMillionInput } from '../../src/domain/funding/money.js';

describe('money text', () => {
  it('shows triệu đồng with a decimal comma and thousands dots', () => {
    expect(formatMillion(1_234_500_000)).toBe('1.234,5');
    expect(formatMillion(0)).toBe('0,0');
    expect(formatMillion(250_000)).toBe('0,3');
    expect(formatMillion(12_000_000_000, 0)).toBe('12.000');
  });

  it('shows đồng with thousands dots', () => {
    expect(formatDong(1_234_500_000)).toBe('1.234.500.000');
    expect(formatDong(0)).toBe('0');
  });

  it('writes amounts in words with a capital and "tỷ"', () => {
    expect(amountInWords(1_234_500_000)).toBe('Một tỷ hai trăm ba mươi tư triệu năm trăm nghìn đồng');
    expect(amountInWords(1_005_000)).toBe('Một triệu không trăm lẻ năm nghìn đồng');
    expect(amountInWords(0)).toBe('Không đồng');
    expect(() => amountInWords(1.5)).toThrow();
  });

  it('reads what an officer types in triệu đồng', () => {
    expect(parseMillionInput('1.234,5')).toBe(1_234_500_000);
    expect(parseMillionInput(' 12 ')).toBe(12_000_000);
    expect(parseMillionInput('0,25')).toBe(250_000);
    expect(parseMillionInput('1234,567891')).toBe(1_234_567_891);
    for (const bad of ['', 'abc', '-5', '1,2,3', '12.34', '1.234.5', '99999999999999']) expect(parseMillionInput(bad)).toBeNull();
  });
});
