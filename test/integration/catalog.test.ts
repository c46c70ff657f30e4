/** Catalogue import/export/check through the CLI commands, on each database. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCommand } from '../../src/cli/commands/catalog.command.js';
import { getSet, listSets } from '../../src/services/catalog.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('catalogue on %s', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    dir = await mkdtemp(join(tmpdir(), 'ntm-catalog-'));
  });
  afterAll(() => t.close());

  it('check prints counts per set and every unknown threshold', async () => {
    const out = await catalogCommand(t.ctx, ['check', 'qd318-ntm-2021-2025'], {});
    expect(out).toMatch(/5 nhóm, 19 tiêu chí, 55 chỉ tiêu/);
    expect(out).toContain('chỉ tiêu 10 (chung, năm 2022–2022): NGƯỠNG CHƯA BIẾT');
    expect(out).toContain('chỉ tiêu 15.3 (vùng TN): chưa đối chiếu');
  });

  it('check says the text has 57 indicators, this list 55, and names the candidates its data records', async () => {
    const out = await catalogCommand(t.ctx, ['check', 'qd318-ntm-2021-2025'], {});
    expect(out).toContain('19 tiêu chí, 55 chỉ tiêu (văn bản: 57),');
    expect(out).toMatch(
      /- bộ tiêu chí: SỐ CHỈ TIÊU KHÁC VĂN BẢN — .*văn bản có 57 chỉ tiêu, danh mục này có 55: thiếu hoặc gộp 2 chỉ tiêu; 3 khả năng/,
    );
    for (const [code, criterion] of [
      ['18.6', 18],
      ['13.5', 13],
      ['14.3', 14],
    ])
      expect(out).toContain(`- chỉ tiêu ${code} (tiêu chí ${criterion}, có thể thiếu): chỉ tiêu có thể thiếu hoặc bị gộp`);
  });

  it('export → import round-trips a set as JSON (as a province would enter its own)', async () => {
    const file = join(dir, 'qd318.json');
    await catalogCommand(t.ctx, ['export', 'qd318-ntm-2021-2025', file], {});
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.code = 'dak-nong-1037-2022';
    doc.name = 'Bộ tiêu chí xã NTM tỉnh Đắk Nông (QĐ 1037/QĐ-UBND)';
    doc.decision = { number: '1037/QĐ-UBND', date: '2022-06-22', issuer: 'UBND tỉnh Đắk Nông' };
    await writeFile(file, JSON.stringify(doc));
    expect(await catalogCommand(t.ctx, ['import', file], {})).toContain('dak-nong-1037-2022');
    const original = await getSet(t.ctx, 'qd318-ntm-2021-2025');
    const imported = await getSet(t.ctx, 'dak-nong-1037-2022');
    expect({ ...imported, code: original.code, name: original.name, decision: original.decision }).toEqual(original);
    await expect(catalogCommand(t.ctx, ['import', file], {})).rejects.toMatchObject({ code: 'criteria_set.exists' });
    expect(await catalogCommand(t.ctx, ['import', file], { replace: true })).toContain('phiên bản 2');
  });

  it('refuses a file that fails the schema with every error and its path, loading nothing', async () => {
    const before = await listSets(t.ctx);
    const doc = JSON.parse(await catalogCommand(t.ctx, ['export', 'qd318-ntm-2021-2025'], {}));
    doc.code = 'broken-set';
    doc.criteria[1].indicators[0].kind = 'sometimes';
    doc.criteria[14].indicators[2].thresholds[0].regions = ['TN'];
    doc.criteria[3].groupCode = 'IX';
    delete doc.decision.date;
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(doc));
    const err = await catalogCommand(t.ctx, ['import', file], {}).catch((e) => e);
    expect(err.code).toBe('criteria_set.invalid');
    const paths = err.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['decision.date', 'criteria.1.indicators.0.kind', 'criteria.14.indicators.2.thresholds.0']),
    );
    expect(await listSets(t.ctx)).toEqual(before);
  });

  it('refuses a threshold for a classification or value the set does not declare, naming where', async () => {
    const doc = JSON.parse(await catalogCommand(t.ctx, ['export', 'qd318-ntm-2021-2025'], {}));
    doc.code = 'undeclared-set';
    doc.criteria[14].indicators[2].thresholds[0].where = { region: ['Mars'] };
    doc.criteria[14].indicators[2].thresholds[1].where = { 'commune-group': ['1'] };
    const file = join(dir, 'undeclared.json');
    await writeFile(file, JSON.stringify(doc));
    const err = await catalogCommand(t.ctx, ['import', file], {}).catch((e) => e);
    expect(err.code).toBe('criteria_set.invalid');
    expect(err.issues).toEqual([
      {
        path: 'criteria.14.indicators.2.thresholds.0.where.region.0',
        message: 'phân loại "region" không có giá trị "Mars" / classification "region" has no value "Mars"',
      },
      {
        path: 'criteria.14.indicators.2.thresholds.1.where.commune-group',
        message: 'bộ tiêu chí không khai báo phân loại "commune-group" / the set declares no classification "commune-group"',
      },
    ]);
  });

  it('refuses a file that is not JSON', async () => {
    const file = join(dir, 'not.json');
    await writeFile(file, 'Bộ tiêu chí,19\n');
    await expect(catalogCommand(t.ctx, ['import', file], {})).rejects.toMatchObject({ code: 'criteria_set.unreadable' });
  });
});
