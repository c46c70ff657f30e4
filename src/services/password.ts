/** Password hashing with argon2id (@node-rs/argon2, prebuilt) and the minimum password rule. */
import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../domain/errors.js';

export const MIN_PASSWORD_LENGTH = 10;

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
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

export function checkNewPassword(password: string, path = 'password') {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid(
      'auth.weak_password',
      { vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters` },
      [{ path, message: `≥ ${MIN_PASSWORD_LENGTH}` }],
    );
  }
}
