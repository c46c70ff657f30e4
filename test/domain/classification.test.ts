/** Classifications as set data: the threshold picked by several dimensions, rules between them, and the old-shape upgrade. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import qd318Classifications from '../../src/catalog/classifications/qd318-2021-2025.json' with { type: 'json' };
import { criteriaSetSchema } from '../../src/domain/catalog/criteria-set.schema.js';
import { upgradeSetDocument } from '../../src/domain/catalog/criteria-set.upgrade.js';
import { profileAt } from '../../src/domain/evaluation/classification.js';
import { compileSet, evaluateCommune } from '../../src/domain/evaluation/engine.js';
import { upgradeUnitTree } from '../../src/domain/units/unit-tree.upgrade.js';
import { regionProfile, testSetInput } from '../support/criteria-set.factory.js';

const p = { source: 'test', verified: true };

describe('thresholds by classification', () => {
  // A province adds its own dimension "mountain" and a threshold that names two dimensions.
  const input = testSetInput();
  const set = criteriaSetSchema.parse({
    ...input,
    classifications: [
      ...(input.classifications ?? []),
      { code: 'mountain', name: 'Xã miền núi', multiple: true, values: [{ code: 'yes', name: 'Miền núi' }], provenance: p },
    ],
    criteria: input.criteria.map((c) =>
      c.number !== 2
        ? c
        : {
            ...c,
            indicators: c.indicators.map((i) =>
              i.code !== '2.1'
                ? i
                : {
                    ...i,
                    thresholds: [
                      ...i.thresholds,
                      { value: 40, where: { region: ['TDMNPB'], mountain: ['yes'] }, provenance: p },
                      { value: 65, fromYear: 2022, toYear: 2022, provenance: p },
                    ],
                  },
            ),
          },
    ),
  });
  const compiled = compileSet(set);
  const t21 = (profile: ReturnType<typeof regionProfile>, asOf = '2023-12-31') =>
    evaluateCommune(compiled, profile, asOf, { '2.1': 0 }).indicators.find((i) => i.code === '2.1');

  it('prefers the threshold naming more dimensions, then the region one, then the general one', () => {
    const mountain = { classifications: { region: ['TDMNPB'], mountain: ['yes'] } };
    expect(t21(mountain)?.threshold).toBe(40);
    expect(t21(regionProfile('TDMNPB'))?.threshold).toBe(50);
    expect(t21(regionProfile('TN'))?.threshold).toBe(70);
  });

  it('keeps the old order: a region threshold beats a year-bound general one', () => {
    expect(t21(regionProfile('TDMNPB'), '2022-12-31')?.threshold).toBe(50);
    expect(t21(regionProfile('TN'), '2022-12-31')?.threshold).toBe(65);
  });

  it('lets a rule set the region before the thresholds are chosen (ĐBKK → TDMNPB), combining with other dimensions', () => {
    const r = t21({ classifications: { region: ['TN'], 'special-status': ['dbkk'], mountain: ['yes'] } });
    expect(r).toMatchObject({ threshold: 40, basis: { region: 'TDMNPB', regionFrom: 'status', status: 'dbkk' } });
  });

  it('reads the values in force on the date from dated rows', () => {
    const rows = [
      { dimension: 'region', value: 'TN', validFrom: '2004-01-01' },
      { dimension: 'special-status', value: 'dbkk', validFrom: '2021-01-01', validTo: '2022-12-31' },
    ];
    expect(profileAt(rows, '2022-06-30')).toEqual({ classifications: { region: ['TN'], 'special-status': ['dbkk'] } });
    expect(profileAt(rows, '2023-01-01')).toEqual({ classifications: { region: ['TN'] } });
  });
});

describe('upgrade of old-shape documents', () => {
  it('gives back the shipped sets unchanged (they are converted) and is idempotent', () => {
    for (const f of ['qd318-ntm-2021-2025', 'qd318-advanced-2021-2025', 'qd319-model-2021-2025']) {
      const doc = JSON.parse(readFileSync(`src/catalog/sets/${f}.json`, 'utf8'));
      expect(upgradeSetDocument(doc, qd318Classifications)).toEqual(doc);
    }
  });

  it('turns regions and status rules into where and classification rules, and names the tier', () => {
    const old = {
      ...testSetInput(),
      classifications: undefined,
      classificationRules: undefined,
      tierName: undefined,
      statusRegionRules: [{ statuses: ['dbkk'], useRegion: 'TDMNPB', provenance: p }],
    };
    const up = criteriaSetSchema.parse(upgradeSetDocument(JSON.parse(JSON.stringify(old)), qd318Classifications));
    expect(up.tierName).toBe('Xã nông thôn mới');
    expect(up.classifications.map((d) => d.code)).toEqual(['region', 'special-status']);
    expect(up.classificationRules[0]).toMatchObject({ when: { values: ['dbkk'] }, use: { value: 'TDMNPB' } });
  });

  it('turns a unit region and statuses into dated classifications', () => {
    const tree = upgradeUnitTree({
      code: 't',
      name: 't',
      units: [
        {
          code: '1',
          name: 'A',
          kind: 'commune',
          region: 'TN',
          statuses: [{ status: 'atk', validFrom: '2021-01-01' }],
          validFrom: '2000-01-01',
        },
      ],
    });
    expect(tree).toEqual({
      code: 't',
      name: 't',
      units: [
        {
          code: '1',
          name: 'A',
          kind: 'commune',
          validFrom: '2000-01-01',
          classifications: [
            { dimension: 'region', value: 'TN' },
            { dimension: 'special-status', value: 'atk', validFrom: '2021-01-01' },
          ],
        },
      ],
    });
  });
});
