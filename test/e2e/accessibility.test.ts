/**
 * Accessibility of every main page, signed out and signed in as a commune officer, a department, the
 * district office and the administrator, at desktop (1366×900) and phone (375×812) width: axe-core
 * (WCAG 2.x A/AA and best practices) finds no critical and no serious violation. Lesser ones are printed.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { prepareWalk, visitPages, WALK_CASES } from './support/main-pages.js';
import { type E2eServer, startServer } from './support/server.js';

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.skipIf(!hasChromium).sequential('accessibility (axe-core)', () => {
  let server: E2eServer;
  const totals: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const byRule = new Map<string, number>();
  let visits = 0;

  beforeAll(async () => {
    server = await startServer();
    await prepareWalk(server);
  });
  afterAll(async () => {
    console.log(`axe: ${visits} page visits; nodes by impact ${IMPACTS.map((i) => `${i} ${totals[i]}`).join(', ')}`);
    for (const [rule, n] of [...byRule].sort()) console.log(`axe:   ${rule} ×${n}`);
    await server?.close();
  });

  it.each(WALK_CASES)('no critical or serious violation: $label', async (c) => {
    const blocking: string[] = [];
    await visitPages(server, c, async ({ path, page }) => {
      visits++;
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) {
        const impact = v.impact ?? 'minor';
        totals[impact] = (totals[impact] ?? 0) + 1;
        byRule.set(`${impact} ${v.id}`, (byRule.get(`${impact} ${v.id}`) ?? 0) + 1);
        if (impact !== 'critical' && impact !== 'serious') continue;
        const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
        blocking.push(`${path}: ${impact} ${v.id} ×${v.nodes.length} (${where.join('; ')})`);
      }
    });
    expect(blocking).toEqual([]);
  }, 600_000);
});
