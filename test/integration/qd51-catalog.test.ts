/**
 * QĐ 51 through the catalogue commands, on each database: `ntm catalog check` says what is confirmed
 * and what is not, and a province adopts its own set derived from it by export → edit → import.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogCommand } from '../../src/cli/commands/catalog.command.js';
import { getSet } from '../../src/services/catalog.service.js';
import { evaluateStateless } from '../../src/services/evaluation.service.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';

describe.each(DIALECTS)('QĐ 51 in the catalogue on %s', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    dir = await mkdtemp(join(tmpdir(), 'ntm-qd51-'));
  });
  afterAll(() => t.close());

  it('a fresh installation has the set; the list shows it', async () => {
    expect(await catalogCommand(t.ctx, ['list'], {})).toMatch(
      /qd51-ntm-2026-2030\tntm\tv1\tBộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030/,
    );
  });

  it('check prints the decision, the date in force, the confirmed items and the rest', async () => {
    const out = await catalogCommand(t.ctx, ['check', 'qd51-ntm-2026-2030'], {});
    expect(out).toContain('Văn bản: 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ, Phụ lục I');
    expect(out).toContain('Áp dụng toàn quốc: 15/02/2026 – (chưa có ngày kết thúc) (đã xác nhận)');
    expect(out).toContain('1 nhóm, 10 tiêu chí, 10 chỉ tiêu (văn bản: 47), 0 ngưỡng (0 có số, 0 chưa biết); 11 mục chưa đối chiếu văn bản');
    expect(out).toContain('Đã xác nhận trong nguồn (11 mục):');
    expect(out).toContain('+ tiêu chí 10 (Tiếp cận pháp luật và an ninh, quốc phòng) — https://');
    expect(out).toContain('+ số chỉ tiêu của văn bản (47)');
    expect(out).toContain('Chưa xác nhận hoặc chưa biết (12 mục):');
    expect(out).toContain('thiếu hoặc gộp 37 chỉ tiêu');
    expect(out).toContain('- chỉ tiêu 6: chưa đối chiếu');
    const qd318 = await catalogCommand(t.ctx, ['check', 'qd318-ntm-2021-2025'], {});
    expect(qd318).toContain('Áp dụng toàn quốc: 08/03/2022 – 14/02/2026 (chưa đối chiếu văn bản)');
  });

  it('a province exports QĐ 51, enters indicators of its own for criterion 6, and imports it as its set', async () => {
    const file = join(dir, 'qd51.json');
    await catalogCommand(t.ctx, ['export', 'qd51-ntm-2026-2030', file], {});
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.code = 'lam-dong-ntm-2026-2030';
    doc.name = 'Bộ tiêu chí xã nông thôn mới tỉnh Lâm Đồng giai đoạn 2026-2030 (kiểm thử)';
    doc.decision = { number: '0000/QĐ-UBND', date: '2026-03-01', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng' };
    doc.provenance = { source: 'kiểm thử', verified: false };
    const c6 = doc.criteria[5];
    c6.indicators = [
      {
        code: '6.1',
        name: 'Tỷ lệ hộ nghèo đa chiều (thử)',
        kind: 'max',
        unit: '%',
        percent: true,
        thresholds: [{ value: null, provenance: { source: 'kiểm thử', verified: false } }],
        provenance: { source: 'kiểm thử', verified: false },
      },
    ];
    const edited = join(dir, 'lam-dong.json');
    await writeFile(edited, JSON.stringify(doc), 'utf8');
    expect(await catalogCommand(t.ctx, ['import', edited], {})).toContain('lam-dong-ntm-2026-2030');
    const saved = await getSet(t.ctx, 'lam-dong-ntm-2026-2030');
    expect(saved.criteria.map((c) => c.name)).toEqual((await getSet(t.ctx, 'qd51-ntm-2026-2030')).criteria.map((c) => c.name));
    // its unknown threshold stays unknown when evaluated
    const r = await evaluateStateless(t.ctx, {
      setCode: 'lam-dong-ntm-2026-2030',
      profile: { region: 'TN' },
      asOf: '2026-06-01',
      values: { '6.1': 3 },
    });
    expect(r.evaluation.indicators.find((i) => i.code === '6.1')).toMatchObject({ status: 'threshold_unknown' });
    expect(r.evaluation.criteria[5]?.status).toBe('incomplete');
  });
});
