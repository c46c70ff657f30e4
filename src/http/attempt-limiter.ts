/**
 * Limits on guessing: sign-in per account and per client address, the password change per account.
 * An attempt is taken before the password is checked (so a burst of parallel tries cannot slip past)
 * and given back when it succeeds, so only failures use up the limit. Kept behind `AttemptLimiter`
 * so several processes can later share one store (rate-limiter-flexible also has PostgreSQL stores).
 */
import type { FastifyReply } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { errorBody } from './error-handler.js';

export interface AttemptLimiter {
  /** Takes one attempt for `key`: 0 when it may go ahead, else the milliseconds until it may. */
  take(key: string): Promise<number>;
  /** Gives back an attempt taken by `take` that did not fail (a success, or a request refused for another reason). */
  giveBack(key: string): Promise<void>;
  /** Forgets every attempt of `key` (an account whose owner just signed in). */
  forget(key: string): Promise<void>;
}

export interface AttemptRule {
  /** Failed attempts allowed in one window. */
  max: number;
  windowSeconds: number;
}

/** The limits: generous for a person who mistypes, far below what guessing needs. */
export const ATTEMPT_RULES = {
  /** One account, from anywhere. */
  signInAccount: { max: 10, windowSeconds: 15 * 60 },
  /** One client address, whatever the accounts (an office behind one NAT address mistypes far less). */
  signInAddress: { max: 30, windowSeconds: 15 * 60 },
  /** The current password when changing one's own. */
  passwordChange: { max: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, AttemptRule>;

export type AttemptLimiters = Record<keyof typeof ATTEMPT_RULES, AttemptLimiter>;

export function memoryAttemptLimiter(rule: AttemptRule): AttemptLimiter {
  const limiter = new RateLimiterMemory({ points: rule.max, duration: rule.windowSeconds });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (e) {
        if (e instanceof RateLimiterRes) return Math.max(1, e.msBeforeNext);
        throw e;
      }
    },
    async giveBack(key) {
      await limiter.reward(key, 1);
    },
    async forget(key) {
      await limiter.delete(key);
    },
  };
}

export const memoryAttemptLimiters = (): AttemptLimiters => ({
  signInAccount: memoryAttemptLimiter(ATTEMPT_RULES.signInAccount),
  signInAddress: memoryAttemptLimiter(ATTEMPT_RULES.signInAddress),
  passwordChange: memoryAttemptLimiter(ATTEMPT_RULES.passwordChange),
});

export type Attempt<T> = { done: true; value: T } | { done: false; waitMs: number };

/**
 * Runs `fn` as one attempt on every (limiter, key): refused with the wait when one of them has no
 * attempts left; the attempts are given back unless `fn` throws an error `isFailure` recognises.
 */
export async function attempt<T>(
  slots: ReadonlyArray<readonly [AttemptLimiter, string]>,
  isFailure: (err: unknown) => boolean,
  fn: () => Promise<T>,
): Promise<Attempt<T>> {
  const taken: Array<readonly [AttemptLimiter, string]> = [];
  const giveBack = () => Promise.all(taken.map(([l, k]) => l.giveBack(k)));
  for (const slot of slots) {
    const waitMs = await slot[0].take(slot[1]);
    if (waitMs > 0) {
      await giveBack();
      return { done: false, waitMs };
    }
    taken.push(slot);
  }
  try {
    const value = await fn();
    await giveBack();
    return { done: true, value };
  } catch (err) {
    if (!isFailure(err)) await giveBack();
    throw err;
  }
}

/** 429 with Retry-After (whole seconds) and the wait in words. */
export function tooManyAttempts(reply: FastifyReply, waitMs: number) {
  const seconds = Math.ceil(waitMs / 1000);
  const minutes = Math.ceil(seconds / 60);
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send(
      errorBody(
        'auth.too_many_attempts',
        `Quá nhiều lần thử sai; hãy thử lại sau ${minutes} phút`,
        `Too many failed attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
        [],
        { retryAfterSeconds: seconds },
      ),
    );
}
