/**
 * A set whose thresholds depend on a classification other than the region (QĐ 51's commune groups,
 * here a small test set): the engine picks the group's threshold from the commune's dated group, a
 * commune without a group is told what is missing in Vietnamese (not a 500), the catalogue check
 * lists it, and the stateless evaluation takes the classification in the set's own codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import qd51Classifications from '../../src/catalog/classifications/qd51-2026-2030.json' with { type: 'json' };
import { unitRepository } from '../../src/db/repositories/unit.repository.js';
import { boardUncached } from '../../src/services/board.service.js';
import { checkSet, saveSet } from '../../src/services/catalog.service.js';
import { newId } from '../../src/services/context.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { evaluateStateless, evaluateUnit } from '../../src/services/evaluation.service.js';
import { testSetInput } from '../support/criteria-set.factory.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

const p = { source: 'test', verified: false };
const groupSet = testSetInput({
  code: 'group-set',
  name: 'Bộ tiêu chí thử theo nhóm xã',
  tier: 'ntm',
  tierName: 'Xã nông thôn mới',
  classifications: qd51Classifications,
  classificationRules: [],
});
// 2.1 by commune group: 80 % general, 60 % for group 3.
(groupSet.criteria[1] as { indicators: { thresholds: unknown[] }[] }).indicators[0] = {
  ...(groupSet.criteria[1]?.indicators[0] as object),
  thresholds: [
    { value: 80, provenance: p },
    { value: 60, where: { 'commune-group': ['3'] }, provenance: p },
  ],
} as never;

describe.each(DIALECTS)('a set by commune group on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    await saveSet(t.ctx, groupSet, { origin: 'import' });
    await unitRepository.insertSetAssignments(t.database.db, [
      { id: newId(), unitCode: '24703-2025', setCode: 'group-set', validFrom: '2026-02-15', validTo: null },
    ]);
  });
  afterAll(() => t.close());

  it('says in Vietnamese which classification a commune lacks, instead of evaluating', async () => {
    const err = await evaluateUnit(t.ctx, { unitCode: '24703-2025', asOf: '2026-06-30' }).catch((e) => e);
    expect(err.code).toBe('unit.classification_missing');
    expect(err.message).toBeTruthy();
    expect(err.messages.vi).toMatch(/chưa có nhóm xã vào ngày 30\/06\/2026 nên chưa đánh giá được theo Bộ tiêu chí thử theo nhóm xã/);
    expect(err.issues).toEqual([{ path: 'unit.classifications.commune-group', message: 'chưa có / missing (Nhóm xã)' }]);
  });

  it('lists the communes without a group in the catalogue check, from the day the set applies', async () => {
    const report = await checkSet(t.ctx, 'group-set');
    const missing = report.findings.filter((f) => f.problem === 'classification_missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.find((f) => f.where.includes('24703-2025'))?.note).toBe(
      'chưa có nhóm xã từ ngày 15/02/2026: không đánh giá được theo bộ tiêu chí này',
    );
  });

  it('leaves the communes without a group off the board, and says so by name', async () => {
    const b = await boardUncached(t.ctx, { unitCode: '68-2025', asOf: '2026-06-30', setCode: 'group-set' });
    expect(b.rows).toEqual([]);
    expect(b.unclassified.length).toBeGreaterThan(0);
    expect(b.unclassified.find((u) => u.unitCode === '24703-2025')).toMatchObject({ missing: ['Nhóm xã'] });
  });

  it('picks the threshold of the group in force on the date', async () => {
    await unitRepository.insertClassifications(t.database.db, [
      {
        id: newId(),
        unitCode: '24703-2025',
        dimension: 'commune-group',
        value: '3',
        validFrom: '2026-02-15',
        validTo: '2026-12-31',
        legalBasis: 'QĐ phân nhóm xã (thử)',
        provenance: null,
      },
      {
        id: newId(),
        unitCode: '24703-2025',
        dimension: 'commune-group',
        value: '2',
        validFrom: '2027-01-01',
        validTo: null,
        legalBasis: 'QĐ phân nhóm xã (thử)',
        provenance: null,
      },
    ]);
    const in2026 = (await evaluateUnit(t.ctx, { unitCode: '24703-2025', asOf: '2026-06-30' })).evaluation;
    expect(in2026.setCode).toBe('group-set');
    expect(in2026.indicators.find((i) => i.code === '2.1')).toMatchObject({
      threshold: 60,
      basis: { scope: 'region', where: { 'commune-group': ['3'] }, classification: [{ dimension: 'commune-group', values: ['3'] }] },
    });
    expect(in2026.indicators.find((i) => i.code === '2.1')?.basis?.region).toBeUndefined();
    const b = await boardUncached(t.ctx, { unitCode: '68-2025', asOf: '2026-06-30', setCode: 'group-set' });
    expect(b.rows.map((r) => r.unitCode)).toEqual(['24703-2025']);
    expect(b.unclassified.map((u) => u.unitCode)).not.toContain('24703-2025');
    const in2027 = (await evaluateUnit(t.ctx, { unitCode: '24703-2025', asOf: '2027-06-30' })).evaluation;
    expect(in2027.indicators.find((i) => i.code === '2.1')).toMatchObject({ threshold: 80, basis: { scope: 'general' } });
  });

  it('evaluates a profile sent in the set’s own codes, and names a bad one by its path', async () => {
    const ok = await evaluateStateless(t.ctx, {
      setCode: 'group-set',
      profile: { classifications: { 'commune-group': ['3'] } },
      asOf: '2026-06-30',
      values: { '2.1': 65 },
    });
    expect(ok.evaluation.indicators.find((i) => i.code === '2.1')).toMatchObject({ status: 'met', threshold: 60 });
    const bad = await evaluateStateless(t.ctx, {
      setCode: 'group-set',
      profile: { region: 'TN', classifications: { 'commune-group': ['4'] } },
      asOf: '2026-06-30',
      values: {},
    }).catch((e) => e);
    expect(bad.code).toBe('evaluation.invalid_profile');
    // The older shorthand `region` means nothing to a set without regions: it is ignored, not refused.
    expect(bad.issues.map((i: { path: string }) => i.path)).toEqual(['profile.classifications.commune-group.0']);
  });
});
