/**
 * How guessable a new password is, by zxcvbn-ts (dictionaries of common passwords, keyboard walks,
 * repeats, dates, l33t) with Vietnamese words and the product's own words added: nông thôn mới, the
 * unit names, the demo usernames and the published demo password. The caller adds the account's own
 * words (username, display name, unit). Feedback is translated here to Vietnamese and English.
 */
import { type FeedbackType, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import demoUsers from '../catalog/demo/demo-users.json' with { type: 'json' };
import { krongNoUnitTree } from '../catalog/index.js';
import words from '../catalog/passwords/words.json' with { type: 'json' };
import { normalizeForSearch } from '../domain/text/vietnamese.js';

/** zxcvbn's score 3: "safely unguessable" (about 10^8 guesses), the usual floor for accounts. */
export const MIN_SCORE = 3;

/** The published password of the demo accounts (README); never acceptable as a chosen password. */
export const DEMO_PASSWORD = 'demo-ntm-2022';

/** A word, its diacritic-free form and, for phrases, the form without spaces. */
export function wordForms(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase().trim();
  const plain = normalizeForSearch(lower);
  const parts = [lower, plain].flatMap((w) => w.split(/[^\p{L}\p{N}]+/u));
  const forms = [lower, plain, ...parts].flatMap((w) => [w, w.replace(/[^\p{L}\p{N}]+/gu, '')]);
  return [...new Set(forms.filter((w) => w.length >= 2))];
}

function productWords(): string[] {
  const tree = krongNoUnitTree();
  const units = [tree.name, ...tree.units.map((u) => u.name)];
  const usernames = demoUsers.users.map((u) => u.username);
  return [...words.product, ...units, ...usernames, DEMO_PASSWORD].flatMap(wordForms);
}

let factory: ZxcvbnFactory | undefined;
const zxcvbn = () => {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...dictionary,
      vietnamese: [...new Set(words.vietnamese.flatMap(wordForms))],
      product: [...new Set(productWords())],
    },
    graphs: adjacencyGraphs,
    useLevenshteinDistance: false,
  });
  return factory;
};

const WARNINGS: Record<string, { vi: string; en: string }> = {
  straightRow: { vi: 'Một hàng phím liền nhau rất dễ đoán.', en: 'A straight row of keys is easy to guess.' },
  keyPattern: { vi: 'Kiểu gõ phím theo hình rất dễ đoán.', en: 'A short keyboard pattern is easy to guess.' },
  simpleRepeat: { vi: 'Ký tự lặp lại như "aaa" rất dễ đoán.', en: 'Repeated characters like "aaa" are easy to guess.' },
  extendedRepeat: { vi: 'Chuỗi lặp lại như "abcabc" rất dễ đoán.', en: 'Repeated patterns like "abcabc" are easy to guess.' },
  sequences: { vi: 'Dãy liên tiếp như "abc", "123" rất dễ đoán.', en: 'Sequences like "abc" or "123" are easy to guess.' },
  recentYears: { vi: 'Năm gần đây rất dễ đoán.', en: 'Recent years are easy to guess.' },
  dates: { vi: 'Ngày tháng rất dễ đoán.', en: 'Dates are easy to guess.' },
  topTen: { vi: 'Đây là một trong những mật khẩu phổ biến nhất.', en: 'This is one of the most used passwords.' },
  topHundred: { vi: 'Đây là mật khẩu rất phổ biến.', en: 'This is a very common password.' },
  common: { vi: 'Đây là mật khẩu phổ biến.', en: 'This is a commonly used password.' },
  similarToCommon: { vi: 'Mật khẩu này gần giống một mật khẩu phổ biến.', en: 'This is similar to a commonly used password.' },
  wordByItself: { vi: 'Một từ đứng riêng rất dễ đoán.', en: 'Single words are easy to guess.' },
  namesByThemselves: { vi: 'Tên người đứng riêng rất dễ đoán.', en: 'Names by themselves are easy to guess.' },
  commonNames: { vi: 'Tên người phổ biến rất dễ đoán.', en: 'Common names are easy to guess.' },
  userInputs: {
    vi: 'Không dùng tên đăng nhập, họ tên, tên đơn vị hay từ của hệ thống (như "nông thôn mới").',
    en: 'Do not use the username, name, unit name or the system’s own words (such as "nông thôn mới").',
  },
  pwned: { vi: 'Mật khẩu này đã bị lộ trên Internet.', en: 'This password has been exposed on the Internet.' },
};

const SUGGESTIONS: Record<string, { vi: string; en: string }> = {
  l33t: { vi: 'Tránh thay chữ bằng số dễ đoán như "@" cho "a".', en: 'Avoid predictable substitutions like "@" for "a".' },
  reverseWords: { vi: 'Tránh viết ngược các từ thông dụng.', en: 'Avoid reversed spellings of common words.' },
  allUppercase: { vi: 'Viết hoa vài chữ, không phải tất cả.', en: 'Capitalise some, but not all letters.' },
  capitalization: { vi: 'Viết hoa nhiều hơn chữ cái đầu.', en: 'Capitalise more than the first letter.' },
  dates: { vi: 'Tránh ngày tháng gắn với bạn.', en: 'Avoid dates associated with you.' },
  recentYears: { vi: 'Tránh các năm gần đây.', en: 'Avoid recent years.' },
  associatedYears: { vi: 'Tránh các năm gắn với bạn.', en: 'Avoid years associated with you.' },
  sequences: { vi: 'Tránh dãy chữ hoặc số liên tiếp.', en: 'Avoid common character sequences.' },
  repeated: { vi: 'Tránh lặp lại từ hoặc ký tự.', en: 'Avoid repeated words and characters.' },
  longerKeyboardPattern: { vi: 'Không gõ theo hàng phím.', en: 'Avoid keyboard patterns.' },
  anotherWord: { vi: 'Thêm vài từ ít gặp.', en: 'Add more words that are less common.' },
  useWords: { vi: 'Dùng nhiều từ, nhưng tránh câu quen thuộc.', en: 'Use multiple words, but avoid common phrases.' },
  noNeed: {
    vi: 'Có thể tạo mật khẩu mạnh mà không cần ký hiệu, số hay chữ hoa.',
    en: 'You can create strong passwords without symbols, numbers or uppercase letters.',
  },
  pwned: { vi: 'Hãy đổi mật khẩu này ở mọi nơi đang dùng.', en: 'Change this password wherever you use it.' },
};

export interface Strength {
  score: number;
  acceptable: boolean;
  /** zxcvbn's warning and suggestions, in Vietnamese and English ('' when there is nothing to say). */
  feedback: { vi: string; en: string };
}

function translate(f: FeedbackType): { vi: string; en: string } {
  const parts = [f.warning ? WARNINGS[f.warning] : undefined, ...f.suggestions.map((s) => SUGGESTIONS[s])].filter(
    (p): p is { vi: string; en: string } => p !== undefined,
  );
  return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Scores `password` (NFC) against the dictionaries and the account's own words. */
export function passwordStrength(password: string, userInputs: readonly string[]): Strength {
  const inputs = [...new Set(userInputs.flatMap(wordForms))];
  const r = zxcvbn().check(password, inputs);
  return { score: r.score, acceptable: r.score >= MIN_SCORE, feedback: translate(r.feedback) };
}
