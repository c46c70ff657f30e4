/** Part I of the plan printed from objectives: paragraphs joined as the plan joins them, each under its point. */
import { describe, expect, it } from 'vitest';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import { objectiveParagraphs, pointOf } from '../../src/documents/plan-docx-objectives.js';
import type { Objective } from '../../src/domain/plan/plan-objective.schema.js';
import { keepPrintedBases, keepPrintedTarget } from '../../src/domain/plan/plan-source-text.js';

const text = (id: string, t: string, extra: Partial<Objective> = {}): Objective => ({ id, kind: 'text', text: t, ...extra }) as Objective;

describe('objective paragraphs', () => {
  it('joins an objective to the one before it, after "; " or in parentheses, ending as the last one ends', () => {
    const ps = objectiveParagraphs(
      [
        text('a', 'Phấn đấu thêm 21 tiêu chí;'),
        text('b', 'Các xã tăng từ 1 đến 2 tiêu chí trở lên'),
        text('c', '3 xã về đích.', { joins: 'sentence' }),
        text('d', 'Bình quân đạt 17,9 tiêu chí/xã trở lên'),
        text('e', '03 xã đạt 19 tiêu chí.', { joins: 'parenthesis' }),
        text('f', 'Không dấu cuối'),
      ],
      ';',
    );
    expect(ps).toEqual([
      'Phấn đấu thêm 21 tiêu chí;',
      'Các xã tăng từ 1 đến 2 tiêu chí trở lên; 3 xã về đích.',
      'Bình quân đạt 17,9 tiêu chí/xã trở lên (03 xã đạt 19 tiêu chí).',
      'Không dấu cuối;',
    ]);
    // An objective that joins but has nothing before it opens its own paragraph.
    expect(objectiveParagraphs([text('x', 'Một mình', { joins: 'parenthesis' })], '')).toEqual(['Một mình']);
  });

  it('places an objective by statedIn, else by the point its id starts with, else under I.1', () => {
    expect(pointOf(text('II.1.8-bhyt', 'x'))).toBe('II.1.8');
    expect(pointOf(text('I.1.a', 'x'))).toBe('I.1');
    expect(pointOf(text('I.2.1-khac', 'x'))).toBe('I.2.1');
    expect(pointOf(text('M3', 'x'))).toBe('I.1');
    expect(pointOf(text('M3', 'x', { statedIn: 'I.2.2' }))).toBe('I.2.2');
  });
});

describe('lines printed as the source printed them', () => {
  const plan = krongNoPlan2022();
  it('keep a legal basis line only while its fields are unchanged', () => {
    const [first, second] = plan.legalBases;
    if (!first || !second) throw new Error('bases missing');
    const kept = keepPrintedBases(plan.legalBases, [first, { ...second, date: '2022-02-23' }]);
    expect(kept[0]?.sourceText).toBe(first.sourceText);
    expect(kept[1]).not.toHaveProperty('sourceText');
    // A line the stored plan never had is not taken as printed.
    expect(keepPrintedBases([], [first])[0]).not.toHaveProperty('sourceText');
  });

  it("keep a target's sentence only while it commits to the same criteria", () => {
    const t = plan.communeTargets[0];
    if (!t) throw new Error('target missing');
    expect(keepPrintedTarget(t, { ...t, reachStandard: false }).sourceText).toBe(t.sourceText);
    expect(keepPrintedTarget(t, { ...t, criteria: [5, 9] })).not.toHaveProperty('sourceText');
    expect(keepPrintedTarget(undefined, t)).not.toHaveProperty('sourceText');
  });
});
