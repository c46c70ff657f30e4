/** The one rule for returned values, in both shapes stored rows take (full rows and the board's compact rows). */
import { describe, expect, it } from 'vitest';
import { countsAsEntered } from '../../src/domain/evaluation/review-state.js';
import { engineValue, unpackValues } from '../../src/services/value.codec.js';

describe('a returned value as engine input', () => {
  it('counts self-assessed and verified values, not returned ones', () => {
    expect(countsAsEntered('self_assessed')).toBe(true);
    expect(countsAsEntered('verified')).toBe(true);
    expect(countsAsEntered('returned')).toBe(false);
    const row = { valueNum: 81, notApplicable: 0 };
    expect(engineValue('min', { ...row, verification: 'verified' })).toBe(81);
    expect(engineValue('min', { ...row, verification: 'returned' })).toBeNull();
    expect(engineValue('boolean', { valueNum: 1, notApplicable: 0, verification: 'self_assessed' })).toBe(true);
  });

  it('reads compact rows with their review state: returned values are kept as entered but not evaluated', () => {
    const indexOf = new Map([
      ['9.1', 0],
      ['9.2', 1],
      ['15.2', 2],
      ['16.1', 3],
    ]);
    const u = unpackValues('9.1:0:0:v;9.2:81:0:r;15.2:1:0:s;zz:3:0:v', indexOf, ['zero', 'min', 'boolean', 'min']);
    expect(u.values).toEqual([0, null, true, null]);
    expect(u.entered).toEqual([0, 81, true, null]);
    expect(u.states).toEqual(['v', 'r', 's', null]);
  });
});
