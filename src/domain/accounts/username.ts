/**
 * The one way a typed username becomes the account's key: trimmed, NFC, lower case. Sign-in,
 * account creation and the sign-in rate limit all use it, so " LanhDao.KrongNo\t" is the same
 * account everywhere and cannot buy fresh tries by changing its spelling.
 */
export const normaliseUsername = (typed: string): string => typed.trim().normalize('NFC').toLowerCase();
