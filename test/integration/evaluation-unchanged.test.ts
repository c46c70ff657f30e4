/**
 * Classifications and tiers became a set's data (issue 11): every board and commune evaluation of
 * the demo at its dates, and a board of the bench national dataset, must stay byte-identical to
 * what the code showed before (test/fixtures/evaluation-snapshot.json, captured on that code).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureSnapshot, SNAPSHOT_FILE } from '../fixtures/evaluation-snapshot.js';

describe('evaluations before and after classifications became data', () => {
  it('shows every demo board, commune evaluation and the bench board exactly as before', async () => {
    const before = readFileSync(SNAPSHOT_FILE, 'utf8');
    const after = await captureSnapshot();
    // Compared part by part first, so a difference names the board or commune it is in.
    const a = JSON.parse(after);
    const b = JSON.parse(before);
    for (const date of Object.keys(b.demo)) {
      expect(a.demo[date].district, `district board ${date}`).toEqual(b.demo[date].district);
      expect(a.demo[date].national, `national board ${date}`).toEqual(b.demo[date].national);
      for (const code of Object.keys(b.demo[date].evaluations))
        expect(a.demo[date].evaluations[code], `${code} on ${date}`).toEqual(b.demo[date].evaluations[code]);
    }
    expect(a.bench, 'bench board').toEqual(b.bench);
    expect(after === before, 'byte-identical').toBe(true);
  }, 120_000);
});
