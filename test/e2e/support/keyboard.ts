/**
 * Keyboard-only use of a page: Tab (or Shift+Tab) until a control has the focus, and a check that the
 * focus can be seen (an outline or a ring), so a test drives the app as a person without a mouse does.
 */
import type { Locator, Page } from 'playwright-core';

const isFocused = (l: Locator) => l.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false);

/** Presses Tab until `target` has the focus (at most `max` presses); fails naming where the focus went. */
export async function tabTo(page: Page, target: Locator, max = 120, key = 'Tab') {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    seen.push(await focusedName(page));
  }
  if (await isFocused(target)) return;
  throw new Error(`keyboard: ${max} × ${key} never reached ${target}; the focus went through: ${seen.slice(-30).join(' | ')}`);
}

/** The focused element in words (its tag and accessible-ish name), for failure messages. */
export const focusedName = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const name = el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '';
    return el.tagName.toLowerCase() + ' "' + name.trim().slice(0, 40) + '"';
  })()`) as Promise<string>;

/** The focused element shows where the focus is: an outline or a box-shadow ring of some width. */
export const focusVisible = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  })()`) as Promise<boolean>;
