/**
 * The funding parts of the documents, from the data: the periodic report's "Kết quả huy động và giải
 * ngân vốn" (by source: plan, paid, rate; the debt total) and the plan's "Kinh phí thực hiện" (the
 * approved allocation by source in triệu đồng, the total also in words). Layouts ours: the official
 * Biểu 07/08 forms were not available.
 */
import type { Paragraph, Table } from 'docx';
import { amountInWords, formatMillion } from '../../domain/funding/money.js';
import { formatDateVi } from '../../domain/text/vietnamese.js';
import { body, para } from '../docx-format.js';
import { dataTable } from '../docx-table.js';

export interface FundingSourceFigure {
  code: string;
  name: string;
  depth: number;
  planned: number;
  paid: number;
  rate: number | null;
}

export interface ReportFunding {
  asOf: string;
  year: number;
  sources: readonly FundingSourceFigure[];
  total: { planned: number; paid: number; rate: number | null; debt: number; worksInDebt: number };
}

export interface PlanFunding {
  /** The approved allocation of the plan's unit and year, or null when there is none. */
  allocation: { decisionNumber: string | null; decisionDate: string | null; sources: readonly FundingSourceFigure[]; total: number } | null;
}

const pct = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1).replace('.', ',')} %`);
const indent = (s: FundingSourceFigure) => `${'    '.repeat(s.depth)}${s.name}`;

export function reportFundingSection(f: ReportFunding | undefined, heading: string): (Paragraph | Table)[] {
  if (!f) return [];
  const out: (Paragraph | Table)[] = [para(heading, { bold: true, keepNext: true, before: 6 })];
  if (f.total.planned === 0 && f.total.paid === 0) {
    return [...out, body(`Chưa có kế hoạch vốn năm ${f.year} được ghi nhận đến ngày ${formatDateVi(f.asOf)}.`)];
  }
  out.push(
    body(
      `Đến ngày ${formatDateVi(f.asOf)}, kế hoạch vốn năm ${f.year} là ${formatMillion(f.total.planned)} triệu đồng, ` +
        `đã giải ngân ${formatMillion(f.total.paid)} triệu đồng, đạt ${pct(f.total.rate)}.`,
    ),
    dataTable(
      [
        { header: 'Nguồn vốn', width: 0.46 },
        { header: 'Kế hoạch (triệu đồng)', width: 0.19, align: 'right' },
        { header: 'Đã giải ngân (triệu đồng)', width: 0.19, align: 'right' },
        { header: 'Tỷ lệ', width: 0.16, align: 'right' },
      ],
      [
        ['TỔNG SỐ', formatMillion(f.total.planned), formatMillion(f.total.paid), pct(f.total.rate)],
        ...f.sources
          .filter((s) => s.planned !== 0 || s.paid !== 0)
          .map((s) => [indent(s), formatMillion(s.planned), formatMillion(s.paid), pct(s.rate)]),
      ],
      11,
    ),
    body(
      f.total.debt > 0
        ? `Nợ đọng xây dựng cơ bản (giá trị đã nghiệm thu chưa thanh toán) đến ngày ${formatDateVi(f.asOf)}: ${formatMillion(f.total.debt)} triệu đồng, ${f.total.worksInDebt} công trình.`
        : `Đến ngày ${formatDateVi(f.asOf)} không có nợ đọng xây dựng cơ bản.`,
    ),
  );
  return out;
}

export function planFundingSection(f: PlanFunding | undefined, heading: string): (Paragraph | Table)[] {
  if (!f) return [];
  const out: (Paragraph | Table)[] = [para(heading, { bold: true, keepNext: true, before: 6 })];
  const a = f.allocation;
  if (!a) return [...out, body('Chưa có kế hoạch vốn được phê duyệt.')];
  const decision = a.decisionNumber
    ? ` theo Quyết định số ${a.decisionNumber}${a.decisionDate ? ` ngày ${formatDateVi(a.decisionDate)}` : ''}`
    : '';
  return [
    ...out,
    body(`Tổng kinh phí thực hiện${decision}: ${formatMillion(a.total)} triệu đồng (bằng chữ: ${amountInWords(a.total)}), gồm:`),
    dataTable(
      [
        { header: 'Nguồn vốn', width: 0.7 },
        { header: 'Số tiền (triệu đồng)', width: 0.3, align: 'right' },
      ],
      [['TỔNG SỐ', formatMillion(a.total)], ...a.sources.filter((s) => s.planned !== 0).map((s) => [indent(s), formatMillion(s.planned)])],
      11,
    ),
  ];
}
