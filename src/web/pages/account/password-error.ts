/**
 * The server's answer about a new password (too easy to guess, control characters, the demo
 * password), shown under the password field itself, in the UI's language, rather than in a
 * general alert that would also list the field's code.
 */
import { ApiError } from '../../api/client';

const NEW_PASSWORD_CODES = new Set(['auth.weak_password', 'auth.password_control_characters', 'auth.demo_password']);

/** The message for the new-password field, or null when the error is about something else. */
export const newPasswordError = (error: unknown): string | null =>
  error instanceof ApiError && NEW_PASSWORD_CODES.has(error.code) ? error.localized() : null;

/** The message for the current-password field (password change). */
export const currentPasswordError = (error: unknown): string | null =>
  error instanceof ApiError && error.code === 'auth.wrong_password' ? error.localized() : null;
