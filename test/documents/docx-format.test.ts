/**
 * The shared format of every .docx, read from the files: page numbers (Arabic, centred in the top margin,
 * Times New Roman 14 pt, none on page 1), the rule under the motto as long as the motto line, and the
 * tables of the plan and the report printing each task's whole text.
 */
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { MOTTO } from '../../src/documents/docx-format.js';
import { textWidthMm } from '../../src/documents/font-metrics.js';
import { planDocx } from '../../src/documents/plan-docx.js';
import { reportDocx } from '../../src/documents/report-docx.js';
import { type PeriodicReportInput, reportPeriod } from '../../src/documents/report-input.js';
import { planProgress } from '../../src/domain/plan/plan-progress.js';
import { docxParagraphs, docxXml } from './docx-text.js';

const plan = krongNoPlan2022();
const baseline = krongNoPlanBaseline2022();
const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
if (!set) throw new Error('set');
const twipsToMm = (t: number) => (t * 25.4) / 1440;

const report = (): PeriodicReportInput => ({
  period: reportPeriod('year', 2022) as NonNullable<ReturnType<typeof reportPeriod>>,
  authority: 'Ủy ban nhân dân huyện Krông Nô',
  areaName: 'huyện Krông Nô',
  documentNumber: { number: null, symbol: 'BC-UBND' },
  place: 'Krông Nô',
  issuedOn: { year: 2023, month: 1, day: 15 },
  criteria: set.criteria,
  board: { asOf: '2022-12-31', rows: [], averageMet: null, demo: true },
  plan: { title: plan.title, year: plan.year, targets: plan.communeTargets, progress: planProgress(plan, baseline, [], '2023-01-15') },
  tasks: plan.tasks.map((t) => ({ number: t.number, text: t.text, lead: null, deadline: null, status: 'in_progress', overdue: false })),
  supervision: [],
  signer: plan.signer,
  recipients: ['Lưu: VT'],
});

const files = async () => ({ plan: await planDocx({ plan, criteria: set.criteria }), report: await reportDocx(report()) });

async function headers(buf: Buffer) {
  const doc = await docxXml(buf);
  const rels = await docxXml(buf, 'word/_rels/document.xml.rels');
  const part = (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
    const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    return target ? docxXml(buf, `word/${target}`) : Promise.resolve(null);
  };
  return { doc, first: await part('first'), other: await part('default') };
}

describe('the shared .docx format', () => {
  it('numbers the pages from page 2: Arabic, centred, Times New Roman 14 pt, in the top margin', async () => {
    for (const [name, buf] of Object.entries(await files())) {
      const { doc, first, other } = await headers(buf);
      expect(doc, name).toContain('<w:titlePg/>');
      expect(other, name).toMatch(/<w:jc w:val="center"\/>/);
      expect(other, name).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(other, name).toMatch(/w:ascii="Times New Roman"/);
      expect(other, name).toMatch(/<w:sz w:val="28"\/>/);
      expect(first, name).not.toBeNull();
      expect(first, name).not.toContain('PAGE');
      // The header sits in the top margin: 10 mm from the edge, the text starting at 20 mm.
      expect(doc, name).toMatch(/<w:pgMar w:top="1134"[^>]* w:header="567"/);
    }
  });

  it('draws the rule under the motto as long as the motto line', async () => {
    const xml = await docxXml((await files()).report);
    const at = xml.indexOf(MOTTO);
    const cell = xml.slice(xml.lastIndexOf('<w:tc>', at), xml.indexOf('</w:tc>', at));
    const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)"/.exec(cell)?.slice(1).find(Boolean));
    const pad = ['left', 'right'].map((s) =>
      Number(new RegExp(`<w:${s} w:type="dxa" w:w="(\\d+)"|<w:${s} w:w="(\\d+)"`).exec(cell)?.slice(1).find(Boolean)),
    );
    const rulePara = cell.slice(cell.indexOf('</w:p>', cell.indexOf(MOTTO)));
    expect(rulePara).toMatch(/<w:bottom [^>]*w:val="single"/);
    const ind = /<w:ind w:left="(\d+)" w:right="(\d+)"/.exec(rulePara);
    const rule = twipsToMm(width - (pad[0] as number) - (pad[1] as number) - Number(ind?.[1]) - Number(ind?.[2]));
    expect(rule).toBeCloseTo(textWidthMm(MOTTO, 13, 'bold'), 1);
    expect(rule).toBeGreaterThan(55.5);
    expect(rule).toBeLessThan(57);
  });

  it('prints every task text whole in the plan appendix and in the report', async () => {
    const f = await files();
    const long = plan.tasks.filter((t) => t.text.length > 160);
    expect(long.length).toBeGreaterThan(0);
    for (const [name, buf] of Object.entries(f)) {
      const paras = await docxParagraphs(buf);
      for (const t of long) expect(paras.filter((p) => p === t.text).length, `${name}: ${t.number}`).toBeGreaterThanOrEqual(1);
      expect(
        paras.filter((p) => p.endsWith('…')),
        name,
      ).toEqual([]);
    }
  });
});
