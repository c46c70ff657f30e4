/**
 * The Front's report of the satisfaction survey (báo cáo kết quả lấy ý kiến sự hài lòng) as .docx in
 * the Nghị định 30 format: heading of the commune's Ủy ban MTTQ, participation per hamlet, the per-item
 * table, and the conclusion against the thresholds of the rule set — an unverified threshold is said to
 * be so, an unknown one leaves the conclusion open. Pure: plain data in, Buffer out.
 */
import { Packer, type Paragraph } from 'docx';
import type { DocumentNumber, IssueDate, Signer } from '../../domain/plan/plan-document.schema.js';
import type { Rate } from '../../domain/survey/survey-rates.js';
import { formatDateVi, formatNumberVi } from '../../domain/text/vietnamese.js';
import { body, heading, officialDocument, para, signatureBlock, title } from '../docx-format.js';
import { dataTable } from '../docx-table.js';

export interface SurveyReportThreshold {
  label: string;
  value: number | null;
  verified: boolean;
  source: string;
  rate: Rate;
}

export interface SurveyReportInput {
  /** "Ủy ban MTTQ Việt Nam xã Nâm Nung". */
  authority: string;
  number: DocumentNumber;
  place: string;
  date: Pick<IssueDate, 'year' | 'month' | 'day'>;
  unitName: string;
  tierName: string;
  year: number;
  ruleName: string;
  ballot: string | null;
  startsOn: string;
  endsOn: string | null;
  forms: string[];
  limit: { workingDays: number | null; used: number; exceeded: boolean; verified: boolean };
  hamlets: { name: string; households: number; ballotsIssued: number; returned: number; participation: Rate; satisfaction: Rate }[];
  totals: { households: number; ballotsIssued: number; returned: number; participation: Rate; satisfaction: Rate };
  items: { code: string; text: string; satisfied: number; notSatisfied: number; blank: number; rate: Rate }[];
  thresholds: SurveyReportThreshold[];
  state: 'met' | 'not_met' | 'unknown';
  reasons: string[];
  published: { on: string; place: string; channel: string } | null;
  signer: Signer | null;
  recipients: string[];
  demo: boolean;
}

const pct = (r: Rate) => (r.percent === null ? '—' : `${formatNumberVi(r.percent, 1)}%`);

function organisation(i: SurveyReportInput): Paragraph[] {
  const limit =
    i.limit.workingDays === null
      ? 'Thời hạn lấy ý kiến theo quy định: chưa biết.'
      : `Thời hạn theo quy định: ${i.limit.workingDays} ngày làm việc (không tính thứ bảy, chủ nhật)${i.limit.verified ? '' : ' — mức chưa đối chiếu văn bản chính thức'}; đợt này dùng ${i.limit.used} ngày làm việc${i.limit.exceeded ? ', VƯỢT thời hạn' : ''}.`;
  return [
    para('I. TỔ CHỨC LẤY Ý KIẾN', { bold: true, keepNext: true, before: 6 }),
    body(`Căn cứ: ${i.ruleName}.`),
    body(`Phiếu: ${i.ballot ?? 'chưa xác định'}; ${i.items.length} nội dung lấy ý kiến.`),
    body(`Thời gian: từ ngày ${formatDateVi(i.startsOn)} đến ngày ${i.endsOn ? formatDateVi(i.endsOn) : '…'}. ${limit}`),
    body(`Hình thức: ${i.forms.join('; ')}.`),
  ];
}

function participation(i: SurveyReportInput) {
  const rows = i.hamlets.map((h) => [h.name, h.households, h.ballotsIssued, h.returned, pct(h.participation), pct(h.satisfaction)]);
  rows.push([
    'Tổng cộng',
    i.totals.households,
    i.totals.ballotsIssued,
    i.totals.returned,
    pct(i.totals.participation),
    pct(i.totals.satisfaction),
  ]);
  return [
    para('II. KẾT QUẢ', { bold: true, keepNext: true, before: 6 }),
    para('1. Số hộ tham gia theo thôn', { bold: true, keepNext: true }),
    dataTable(
      [
        { header: 'Thôn', width: 0.28 },
        { header: 'Số hộ', width: 0.12, align: 'center' },
        { header: 'Phiếu phát ra', width: 0.14, align: 'center' },
        { header: 'Phiếu thu về', width: 0.14, align: 'center' },
        { header: 'Tỷ lệ tham gia', width: 0.16, align: 'center' },
        { header: 'Tỷ lệ hài lòng', width: 0.16, align: 'center' },
      ],
      rows,
      12,
    ),
    para('2. Kết quả theo từng nội dung', { bold: true, keepNext: true, before: 6 }),
    dataTable(
      [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: 'Nội dung', width: 0.4 },
        { header: 'Hài lòng', width: 0.13, align: 'center' },
        { header: 'Không hài lòng', width: 0.14, align: 'center' },
        { header: 'Không trả lời', width: 0.12, align: 'center' },
        { header: 'Tỷ lệ hài lòng', width: 0.13, align: 'center' },
      ],
      i.items.map((it) => [it.code, it.text, it.satisfied, it.notSatisfied, it.blank, pct(it.rate)]),
      12,
    ),
  ];
}

const STATE_VI = {
  met: 'Kết quả lấy ý kiến ĐẠT yêu cầu theo các mức nêu trên.',
  not_met: 'Kết quả lấy ý kiến CHƯA ĐẠT yêu cầu.',
  unknown:
    'Chưa đủ căn cứ để kết luận kết quả lấy ý kiến đạt hay chưa đạt yêu cầu, vì quy định chưa nêu (hoặc chưa đọc được) mức tối thiểu.',
} as const;

function conclusion(i: SurveyReportInput): Paragraph[] {
  const lines = i.thresholds.map((t) => {
    const min =
      t.value === null
        ? 'mức tối thiểu chưa biết'
        : `mức tối thiểu ${formatNumberVi(t.value, 1)}%${t.verified ? '' : ' (mức chưa đối chiếu văn bản chính thức)'}`;
    return body(`- ${t.label}: ${pct(t.rate)}; ${min}. Nguồn: ${t.source}`);
  });
  const published = i.published
    ? body(`Kết quả đã được niêm yết công khai ngày ${formatDateVi(i.published.on)} tại ${i.published.place} (${i.published.channel}).`)
    : body('Kết quả chưa được niêm yết công khai.');
  return [
    para('III. KẾT LUẬN', { bold: true, keepNext: true, before: 6 }),
    ...lines,
    body(STATE_VI[i.state], { bold: true }),
    ...i.reasons.map((r) => body(`- ${r}`)),
    published,
  ];
}

export function surveyReportDocument(i: SurveyReportInput) {
  const summary = `Kết quả lấy ý kiến sự hài lòng của người dân đối với kết quả xây dựng ${i.tierName.toLocaleLowerCase('vi')} năm ${i.year} trên địa bàn xã ${i.unitName}`;
  return officialDocument(`Báo cáo ${summary}`, [
    heading({ authority: i.authority, number: i.number, place: i.place, date: i.date }),
    ...title('Báo cáo', summary),
    ...(i.demo ? [para('BÁO CÁO MINH HỌA (DEMO) — số liệu không có thật', { bold: true, align: 'center', after: 6 })] : []),
    body(`Ban Thường trực ${i.authority} báo cáo kết quả lấy ý kiến sự hài lòng của người dân như sau:`),
    ...organisation(i),
    ...participation(i),
    ...conclusion(i),
    body(`Trên đây là báo cáo kết quả lấy ý kiến sự hài lòng của người dân của Ban Thường trực ${i.authority}./.`),
    signatureBlock(i.signer, i.recipients),
  ]);
}

export const surveyReportDocx = (input: SurveyReportInput): Promise<Buffer> => Packer.toBuffer(surveyReportDocument(input));
