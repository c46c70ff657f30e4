/** The Krông Nô 2022 plan as .docx, read back and compared with the plan's data, and its layout (ND 30/2020). */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { mm } from '../../src/documents/docx-format.js';
import { legalBasisLine, localNumber, planDocx } from '../../src/documents/plan-docx.js';
import { pointOf } from '../../src/documents/plan-docx-objectives.js';
import { docxParagraphs, docxXml } from './docx-text.js';

const plan = krongNoPlan2022();
const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
if (!set) throw new Error('set missing');
const baseline = krongNoPlanBaseline2022();

describe('the Krông Nô 2022 plan as .docx', () => {
  let paras: string[];
  let text: string;
  let xml: string;
  beforeAll(async () => {
    const buf = await planDocx({
      plan,
      criteria: set.criteria,
      metAtStart: new Map(baseline.communes.map((c) => [c.unitCode, c.met.length])),
    });
    paras = await docxParagraphs(buf);
    text = paras.join('\n');
    xml = await docxXml(buf);
  });

  it('has the heading of ND 30/2020: issuing body, number and symbol, national name and motto, place and date', () => {
    expect(paras.slice(0, 12)).toEqual(
      expect.arrayContaining([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN KRÔNG NÔ',
        'Số: …/KH-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Krông Nô, ngày … tháng 4 năm 2022',
      ]),
    );
    expect(paras).toContain('KẾ HOẠCH');
    expect(paras).toContain(plan.title);
  });

  it('is A4 in Times New Roman with the decree margins (top/bottom 20, left 30, right 15 mm)', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margin).toContain(`w:top="${mm(20)}"`);
    expect(margin).toContain(`w:bottom="${mm(20)}"`);
    expect(margin).toContain(`w:left="${mm(30)}"`);
    expect(margin).toContain(`w:right="${mm(15)}"`);
    expect(xml).toContain('w:ascii="Times New Roman"');
    // Body paragraphs (first-line indent) are 14 pt (28 half-points); the default run size is 14 pt too.
    const bodyParas = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?w:firstLine=[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(bodyParas.length).toBeGreaterThan(50);
    const sizes = new Set(bodyParas.flatMap((p) => [...p.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]))));
    expect([...sizes]).toEqual([28]);
  });

  it('contains every legal basis as the plan printed it, or from its fields when it has no printed line', () => {
    expect(plan.legalBases).toHaveLength(6);
    for (const b of plan.legalBases) {
      expect(paras).toContain(b.sourceText);
      expect(legalBasisLine(b)).toBe(b.sourceText);
      expect(text).toContain(b.number);
    }
    const { sourceText: _printed, ...fields } = plan.legalBases[2] as (typeof plan.legalBases)[number];
    expect(legalBasisLine(fields)).toBe(
      'Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025;',
    );
  });

  it('contains every objective stated under I and every per-commune target with its criteria by number and name', () => {
    const partI = paras.slice(paras.indexOf('I. MỤC TIÊU'), paras.indexOf('II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN')).join('\n');
    for (const o of plan.objectives) {
      if (pointOf(o).startsWith('I.')) expect(partI).toContain(o.text.replace(/[.;]+$/u, ''));
      else expect(partI).not.toContain(o.text.replace(/[.;]+$/u, ''));
    }
    const names = new Map(set.criteria.map((c) => [c.number, c.name]));
    for (const t of plan.communeTargets) {
      expect(text).toContain(t.name);
      for (const n of t.criteria) expect(text).toContain(`${n}. ${names.get(n)}`);
      if (t.criteria.length > 0) expect(paras).toContain(`- ${t.sourceText}`);
    }
    // The target table, in appendix I: Nâm Nung 14 at the start, 19 if all five are met.
    const row = paras.indexOf('Nâm Nung', paras.indexOf('PHỤ LỤC I: MỤC TIÊU CỦA TỪNG XÃ NĂM 2022'));
    expect(paras.slice(row, row + 12)).toEqual(expect.arrayContaining(['5', '14', '19', 'Về đích nông thôn mới năm 2022']));
  });

  it('contains every task and every assignment, numbered as in the plan', () => {
    expect(plan.tasks).toHaveLength(25);
    for (const t of plan.tasks) {
      expect(paras).toContain(`${localNumber(t.number)} ${t.text}`);
      expect(paras).toContain(t.number);
    }
    const assignments = plan.tasks.filter((t) => t.number.startsWith('III.'));
    expect(assignments).toHaveLength(6);
    expect(paras).toContain('III. TỔ CHỨC THỰC HIỆN');
    // Lead and cooperating agencies are in appendix II, not printed under the tasks as if the plan said so.
    expect(paras.filter((p) => p.startsWith('(Chủ trì:') || p.startsWith('(phối hợp:'))).toEqual([]);
    const appendix = paras.slice(paras.indexOf('PHỤ LỤC II: PHÂN CÔNG THỰC HIỆN NHIỆM VỤ'));
    const row = appendix.indexOf('III.3');
    expect(appendix.slice(row, row + 6)).toEqual(
      expect.arrayContaining(['Phòng Tài chính - Kế hoạch', 'Phòng Nông nghiệp và Phát triển nông thôn, Văn phòng nông thôn mới huyện']),
    );
  });

  it('ends with the recipients and the signer', () => {
    expect(paras).toContain('Nơi nhận:');
    plan.recipients.forEach((r, i) => {
      expect(paras).toContain(`- ${r.name}${i === plan.recipients.length - 1 ? '.' : ';'}`);
    });
    expect(paras).toContain('KT. CHỦ TỊCH');
    expect(paras).toContain('PHÓ CHỦ TỊCH');
    expect(paras).toContain('Nguyễn Xuân Danh');
    expect(paras.indexOf('Nguyễn Xuân Danh')).toBeGreaterThan(paras.indexOf(plan.closing as string));
  });
});
