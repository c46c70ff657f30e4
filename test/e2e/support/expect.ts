/**
 * Web-first checks for playwright-core (which has no expect of its own): each waits until the page
 * agrees or the timeout passes, built on Locator.waitFor and vitest's expect.poll.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

const POLL = { timeout: 20_000, interval: 100 };

/** Exactly one element matches and it is visible. */
export const seen = (l: Locator) => l.waitFor({ state: 'visible', timeout: POLL.timeout });

/** Nothing matches any more. */
export const gone = (l: Locator) => expect.poll(() => l.count(), POLL).toBe(0);

export const count = (l: Locator, n: number) => expect.poll(() => l.count(), POLL).toBe(n);

/** The element's text (as in the DOM, before CSS text-transform) contains `text`. */
export const hasText = (l: Locator, text: string) => expect.poll(async () => (await l.textContent()) ?? '', POLL).toContain(text);

/** An input's current value. */
export const hasValue = (l: Locator, value: string) => expect.poll(() => l.inputValue(), POLL).toBe(value);
