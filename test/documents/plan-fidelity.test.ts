/**
 * The plan .docx generated from the seeded demo says what the Krông Nô 2022 plan says: its headings and
 * paragraphs, point by point, equal the reference text (a byte-identical fixture of it), allowing only
 * the spelling corrections the plan's data lists — each a small edit of words the source really has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krongNoPlan2022 } from '../../src/catalog/plans/index.js';
import type { Plan } from '../../src/domain/plan/plan.schema.js';
import { seedDemo } from '../../src/services/demo.service.js';
import { planDocxFile } from '../../src/services/document.service.js';
import { createPlan, setCommuneTarget, updatePlan } from '../../src/services/plan/plan.service.js';
import { loadPlan } from '../../src/services/plan/plan-access.js';
import { buildTestApp, signIn } from '../support/app.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { docxParagraphs } from './docx-text.js';

const FIXTURE = new URL('../fixtures/ke-hoach-ntm-krong-no-2022.txt', import.meta.url);
const SHARED = new URL('../../../shared/reference/ke-hoach-ntm-krong-no-2022.txt', import.meta.url);

/** Whitespace, quotes and the source's bold marks do not count; "…" in the heading is a blank to fill. */
const normalise = (s: string) =>
  s.normalize('NFC').replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The source's paragraphs; a paragraph the page break cut ("… đoàn" / "kết …") is joined again. */
function sourceParagraphs(text: string) {
  const lines = text
    .split('\n')
    .map(normalise)
    .filter((l) => l !== '');
  const out: string[] = [];
  let joined = 0;
  for (const l of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && !/[.;:!?)"']$/u.test(prev) && /^\p{Ll}/u.test(l)) {
      out[out.length - 1] = `${prev} ${l}`;
      joined++;
    } else out.push(l);
  }
  return { paragraphs: out, joined };
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

const corrected = (p: string, plan: Plan) =>
  plan.sourceCorrections.reduce((s, c) => (c.printed === null ? s : s.split(normalise(c.source)).join(normalise(c.printed))), p);

/** From the title ("KẾ HOẠCH") to the signer's name: the body both texts have. */
const bodyOf = (ps: readonly string[], signer: string) => ps.slice(ps.indexOf('KẾ HOẠCH'), ps.lastIndexOf(signer) + 1);

/** The national heading lines the reference text (extracted from the document's body) does not carry. */
const HEADING_ONLY_IN_DOCX = ['ỦY BAN NHÂN DÂN', 'HUYỆN KRÔNG NÔ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

const reference = readFileSync(FIXTURE);
const source = sourceParagraphs(reference.toString('utf8'));
const data = krongNoPlan2022();

describe('the reference text of the Krông Nô 2022 plan', () => {
  it.runIf(existsSync(SHARED))('is copied byte for byte into the fixture', () => {
    expect(readFileSync(SHARED).equals(reference)).toBe(true);
  });

  it('is read back as whole paragraphs: only the three the page breaks cut are joined', () => {
    expect(source.joined).toBe(3);
    expect(source.paragraphs).toContain(
      '1.8. Duy trì, nâng cao phổ cập giáo dục mầm non cho trẻ 5 tuổi; nâng cao kết quả phổ cập giáo dục tiểu học đúng độ tuổi và phổ cập giáo dục trung học cơ sở. Tập trung phát triển y tế cơ sở, nâng cao chất lượng chăm sóc sức khỏe cho người dân nông thôn; tích cực vận động người dân tham gia bảo hiểm y tế, phấn đấu đến hết năm 2022 tỷ lệ bao phủ người dân tham gia bảo hiểm y tế đạt từ 90% trở lên. Nâng cao hiệu quả hoạt động của hệ thống thiết chế văn hóa, thể thao cơ sở; quan tâm đầu tư xây dựng các khu vui chơi, giải trí để đáp ứng nhu cầu vui chơi, giải trí nâng cao sức khỏe cho người dân.',
    );
  });

  it('lists as corrections only small edits of words the source has (spelling, not meaning)', () => {
    const whole = source.paragraphs.join('\n');
    expect(data.sourceCorrections.length).toBeGreaterThan(0);
    for (const c of data.sourceCorrections) {
      expect(whole, c.source).toContain(normalise(c.source));
      if (c.printed !== null) expect(editDistance(c.source, c.printed), `${c.source} → ${c.printed}`).toBeLessThanOrEqual(2);
      else expect(c.remark, c.source).toBeTruthy();
    }
  });
});

describe.each(DIALECTS)('the plan .docx of the seeded demo on %s', (dialect) => {
  let t: TestDatabase;
  let paras: string[];
  let plan: Plan;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedDemo(t.ctx);
    plan = (await loadPlan(t.ctx, 'krong-no-2022')).plan;
    const doc = await planDocxFile(t.ctx, { planCode: 'krong-no-2022' });
    paras = (await docxParagraphs(doc.buffer)).map(normalise).filter((p) => p !== '');
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints the heading the source has: number and date left blank', () => {
    const before = source.paragraphs.slice(0, source.paragraphs.indexOf('KẾ HOẠCH'));
    const printed = paras.slice(0, paras.indexOf('KẾ HOẠCH')).map((p) => normalise(p.replace(/…/g, '')));
    expect(printed.filter((p) => !HEADING_ONLY_IN_DOCX.includes(p))).toEqual(before);
    expect(printed.filter((p) => HEADING_ONLY_IN_DOCX.includes(p))).toEqual(HEADING_ONLY_IN_DOCX);
  });

  it('says what the plan says, paragraph by paragraph, from the title to the signer', () => {
    const signer = (plan.signer as NonNullable<Plan['signer']>).name;
    const expected = bodyOf(source.paragraphs, signer).map((p) => corrected(p, plan));
    expect(expected.length).toBe(75);
    expect(expected).toEqual(
      expect.arrayContaining(['2.1. Thực hiện tiêu chí xã nông thôn mới', '2.2. Thực hiện tiêu chí xã nông thôn mới nâng cao']),
    );
    expect(bodyOf(paras, signer)).toEqual(expected);
  });

  it('keeps each original the copy corrects or remarks on, in the notes after the signature', () => {
    const notes = paras.slice(paras.indexOf('Ghi chú về bản chép:'));
    expect(notes.length).toBeGreaterThan(plan.sourceCorrections.length);
    plan.sourceCorrections.forEach((c, i) => {
      const line = notes[i + 1] as string;
      expect(line).toContain(`${c.where}: văn bản gốc ghi "${normalise(c.source)}"`);
      expect(line).toContain(c.printed === null ? 'giữ nguyên như văn bản gốc' : `bản này ghi "${c.printed}"`);
    });
  });

  it('keeps the inferred lead and cooperating agencies in the data and the appendix, not in the text', () => {
    const task = plan.tasks.find((x) => x.number === 'III.3');
    expect(task?.leadAgencyCode).toBe('phong-tc-kh');
    expect(task?.cooperatingAgencyCodes).toEqual(['phong-nn-ptnt', 'van-phong-ntm']);
    expect(plan.tasks.filter((x) => x.leadAgencyCode !== null || x.cooperatingAgencyCodes.length > 0)).toHaveLength(11);
    const signer = paras.lastIndexOf('Nguyễn Xuân Danh');
    expect(paras.slice(0, signer).filter((p) => /^\((Chủ trì|phối hợp):/u.test(p))).toEqual([]);
    const appendix = paras.slice(paras.indexOf('PHỤ LỤC II: PHÂN CÔNG THỰC HIỆN NHIỆM VỤ'));
    expect(appendix).toEqual(expect.arrayContaining(['III.3', 'Phòng Tài chính - Kế hoạch', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện']));
  });

  it('serves the plan screen its tasks with their lead and cooperating agencies, and the agencies by name', async () => {
    const app = await buildTestApp(t);
    try {
      const office = await signIn(app, 'vpntm.krongno');
      const r = await office.request({ method: 'GET', url: '/api/v1/plans/krong-no-2022' });
      expect(r.statusCode, r.body).toBe(200);
      const view = r.json().plan as Plan;
      const byNumber = new Map(view.tasks.map((x) => [x.number, x]));
      expect(byNumber.get('III.3')).toMatchObject({
        leadAgencyCode: 'phong-tc-kh',
        cooperatingAgencyCodes: ['phong-nn-ptnt', 'van-phong-ntm'],
      });
      expect(byNumber.get('II.1.11')).toMatchObject({ leadAgencyCode: null, cooperatingAgencyCodes: ['ubmttq-huyen'] });
      expect(view.agencies.find((a) => a.code === 'phong-tc-kh')?.name).toBe('Phòng Tài chính - Kế hoạch');
    } finally {
      await app.close();
    }
  });

  it('prints an edited target or legal basis from its fields: the printed line no longer says the same', async () => {
    const code = 'krong-no-2022-ban-sua';
    let v = (await createPlan(t.ctx, { ...krongNoPlan2022(), code, status: 'draft' })).version;
    v = (
      await setCommuneTarget(t.ctx, code, '24703', { criteria: [5, 9, 16, 18], reachStandard: true, maintain: false, tierTarget: null }, v)
    ).version;
    const bases = (await loadPlan(t.ctx, code)).plan.legalBases;
    const edited = bases.map((b) => (b.number === '5168/QĐ-UBND' ? { ...b, number: '5169/QĐ-UBND' } : b));
    await updatePlan(t.ctx, code, { legalBases: edited }, v);
    const printed = (await docxParagraphs((await planDocxFile(t.ctx, { planCode: code })).buffer)).map(normalise);
    expect(printed).toContain('- Xã Nâm Nung: 04 tiêu chí (Trường học; Nhà ở dân cư; Văn hóa; Hệ thống chính trị và tiếp cận pháp luật).');
    expect(printed).toContain(
      "- Xã Nâm N'Đir: 04 tiêu chí (Trường học; Y tế; Hệ thống chính trị và tiếp cận pháp luật; Quốc phòng và an ninh).",
    );
    expect(printed).toContain(
      'Căn cứ Quyết định số 5169/QĐ-UBND ngày 22 tháng 12 năm 2021 của Ủy ban nhân dân huyện Krông Nô về việc giao chỉ tiêu kế hoạch phát triển Kinh tế - Xã hội, đảm bảo Quốc phòng - An ninh huyện Krông Nô năm 2022;',
    );
    expect(printed).toContain(
      'Căn cứ Nghị quyết số 12-NQ/TU ngày 16/12/2021 của Tỉnh ủy Đắk Nông về xây dựng nông thôn mới giai đoạn 2021-2025;',
    );
  });
});
