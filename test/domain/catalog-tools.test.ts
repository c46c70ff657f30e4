import { describe, expect, it } from 'vitest';
import { builtinSets, demoSet } from '../../src/catalog/index.js';
import { checkCatalog } from '../../src/domain/catalog/catalog-check.js';
import { deriveSet } from '../../src/domain/catalog/criteria-set.derive.js';
import { criteriaSetSchema } from '../../src/domain/catalog/criteria-set.schema.js';
import { compileSet, evaluateCommune } from '../../src/domain/evaluation/engine.js';
import { highestTier } from '../../src/domain/evaluation/tier.js';
import { regionProfile, testSet } from '../support/criteria-set.factory.js';

const [ntm, advanced, model] = builtinSets();

describe('catalogue tools', () => {
  it('the shipped NTM set invents no threshold: every numeric one is marked unverified', () => {
    const r = checkCatalog(ntm ?? testSet());
    expect(r).toMatchObject({ groups: 5, criteria: 19, indicators: 55 });
    expect(r.unknownThresholds).toBeGreaterThan(20);
    const numeric = r.findings.filter((f) => f.problem === 'unverified' && f.where.includes('('));
    expect(numeric.length).toBe(r.numericThresholds);
  });

  it("reports the official indicator count and the candidates from the set's own data, not from code", () => {
    const r = checkCatalog(ntm ?? testSet());
    expect(r.officialIndicators).toBe(57);
    const count = r.findings.filter((f) => f.problem === 'indicator_count');
    expect(count).toHaveLength(1);
    expect(count[0]?.note).toContain('văn bản có 57 chỉ tiêu, danh mục này có 55: thiếu hoặc gộp 2 chỉ tiêu');
    expect(r.findings.filter((f) => f.problem === 'indicator_gap').map((f) => f.where)).toEqual(
      (ntm?.indicatorCount?.gaps ?? []).map((g) => `chỉ tiêu ${g.code} (tiêu chí ${g.criterion}, có thể thiếu)`),
    );
    // Unknown stays unknown: none of the candidates is an indicator the engine evaluates, and none claims to be verified.
    expect(ntm?.indicatorCount?.gaps.every((g) => !g.provenance.verified)).toBe(true);
    expect(ntm?.indicatorCount?.provenance.verified).toBe(false);

    const base = testSet();
    const n = base.criteria.reduce((a, c) => a + c.indicators.length, 0);
    const p = { source: 'thử', verified: false };
    const same = criteriaSetSchema.parse({ ...base, indicatorCount: { official: n, provenance: p, gaps: [] } });
    expect(checkCatalog(same).findings.filter((f) => f.problem.startsWith('indicator_'))).toEqual([]);
    const merged = criteriaSetSchema.parse({
      ...base,
      indicatorCount: {
        official: n + 1,
        provenance: p,
        gaps: [{ criterion: 2, kind: 'merged', into: '2.1', note: 'hai trong một', provenance: p }],
      },
    });
    expect(
      checkCatalog(merged)
        .findings.filter((f) => f.problem.startsWith('indicator_'))
        .map((f) => [f.where, f.note]),
    ).toEqual([
      ['bộ tiêu chí', expect.stringContaining('thiếu hoặc gộp 1 chỉ tiêu; 1 khả năng')],
      ['chỉ tiêu 2.1 (tiêu chí 2, có thể gộp hai chỉ tiêu)', 'hai trong một'],
    ]);
    const wrong = { criterion: 2, code: '2.1', kind: 'missing', note: 'x', provenance: p };
    expect(() => criteriaSetSchema.parse({ ...base, indicatorCount: { official: n + 1, provenance: p, gaps: [wrong] } })).toThrow(
      /indicator 2.1 is in the set, not missing/,
    );
  });

  it('derives a set by replacing thresholds, keeping everything else', () => {
    const base = testSet();
    const p = { source: 'tỉnh', verified: true };
    const d = deriveSet(base, {
      code: 'tinh-x',
      name: 'Bộ tỉnh X',
      baseSetCode: base.code,
      provenance: p,
      thresholds: { '2.1': [{ value: 75, provenance: p }] },
    });
    expect(d.criteria[1]?.indicators[0]?.thresholds).toEqual([{ value: 75, provenance: p }]);
    expect(d.criteria[0]).toEqual(base.criteria[0]);
    expect(() => deriveSet(base, { code: 'x', name: 'x', baseSetCode: base.code, provenance: p, thresholds: { '42': [] } })).toThrow(
      /unknown indicators: 42/,
    );
  });

  it('the demo set fills every unknown threshold, each labelled as demo data', () => {
    const demo = demoSet(ntm ?? testSet());
    expect(demo.demo).toBe(true);
    const r = checkCatalog(demo);
    expect(r.findings.filter((f) => f.problem === 'unknown_threshold').map((f) => f.where)).toEqual([]);
    const filled = demo.criteria.flatMap((c) => c.indicators).find((i) => i.code === '2.2')?.thresholds[0];
    expect(filled?.provenance).toMatchObject({ verified: false, source: expect.stringContaining('demo') });
  });

  it('resolves the 319 income threshold from the advanced set, and stays unknown while that is unknown', () => {
    if (!model || !advanced) throw new Error('sets missing');
    const e = evaluateCommune(compileSet(model, [advanced]), regionProfile('TN'), '2023-12-31', { '1': 80 });
    expect(e.indicators[0]).toMatchObject({ status: 'threshold_unknown', basis: { derived: { factor: 1.1 } } });
  });

  it('reaches model only through advanced and NTM', () => {
    expect(
      highestTier([
        { tier: 'ntm', tierReached: 'ntm' },
        { tier: 'advanced', requiresTier: 'ntm', tierReached: 'advanced' },
      ]),
    ).toBe('advanced');
    expect(
      highestTier([
        { tier: 'ntm', tierReached: null },
        { tier: 'advanced', requiresTier: 'ntm', tierReached: 'advanced' },
      ]),
    ).toBeNull();
    expect(
      highestTier([
        { tier: 'ntm', tierReached: 'ntm' },
        { tier: 'advanced', requiresTier: 'ntm', tierReached: null },
        { tier: 'model', requiresTier: 'advanced', tierReached: 'model' },
      ]),
    ).toBe('ntm');
  });
});
