/**
 * Passwords: argon2id hashes (@node-rs/argon2, prebuilt) of the NFC form, so a password typed on a
 * keyboard that sends decomposed letters (NFD) still matches; and the rule for a new password:
 * 10 to 200 characters, no control characters, not the demo password, and hard to guess (zxcvbn).
 */
import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../domain/errors.js';
import { DEMO_PASSWORD, passwordStrength } from './password-strength.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export const normalisePassword = (password: string) => password.normalize('NFC');

export const hashPassword = (password: string) => hash(normalisePassword(password));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const nfc = normalisePassword(password);
  try {
    if (await verify(passwordHash, nfc)) return true;
    // A hash made before passwords were normalised holds the bytes as they were typed.
    return nfc !== password && (await verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** A hash of nothing, verified when the user does not exist so both paths take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => {
  dummy ??= hash('not a password of anyone');
  return dummy;
};

export interface NewPasswordOptions {
  /** Field path for the issue (password, newPassword). */
  path?: string;
  /** The account's own words the password must not lean on: username, display name, unit names. */
  userInputs?: readonly string[];
}

// C0/C1 controls (NUL, tab, line breaks …), lone surrogates, line and paragraph separators.
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

/** Refuses a password that may not be set, saying why in Vietnamese and English. */
export function checkNewPassword(password: string, opts: NewPasswordOptions = {}) {
  const path = opts.path ?? 'password';
  const nfc = normalisePassword(password);
  if (CONTROL.test(nfc)) {
    throw invalid(
      'auth.password_control_characters',
      {
        vi: 'Mật khẩu có ký tự điều khiển (ký tự rỗng, tab, xuống dòng…); chỉ dùng chữ, số, dấu cách và ký hiệu',
        en: 'The password holds control characters (NUL, tab, line break…); use letters, digits, spaces and symbols only',
      },
      [{ path, message: 'control characters' }],
    );
  }
  const length = [...nfc].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw invalid(
      'auth.weak_password',
      {
        vi: `Mật khẩu cần từ ${MIN_PASSWORD_LENGTH} đến ${MAX_PASSWORD_LENGTH} ký tự (hiện có ${length})`,
        en: `The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters (it has ${length})`,
      },
      [{ path, message: `${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH}` }],
    );
  }
  if (nfc.toLowerCase() === DEMO_PASSWORD) {
    throw invalid(
      'auth.demo_password',
      {
        vi: 'Đây là mật khẩu demo đã công bố công khai; hãy chọn mật khẩu khác',
        en: 'This is the published demo password; choose another one',
      },
      [{ path, message: 'demo password' }],
    );
  }
  const strength = passwordStrength(nfc, opts.userInputs ?? []);
  if (!strength.acceptable) {
    const advice = {
      vi: strength.feedback.vi || 'Hãy dùng một cụm 3–4 từ ít gặp ghép lại.',
      en: strength.feedback.en || 'Use three or four uncommon words together.',
    };
    throw invalid(
      'auth.weak_password',
      {
        vi: `Mật khẩu quá dễ đoán (độ mạnh ${strength.score}/4, cần ít nhất 3/4). ${advice.vi}`,
        en: `The password is too easy to guess (strength ${strength.score}/4, at least 3/4 needed). ${advice.en}`,
      },
      [{ path, message: `${strength.score}/4` }],
    );
  }
}
