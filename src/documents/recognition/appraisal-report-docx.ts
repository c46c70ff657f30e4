/**
 * Báo cáo thẩm tra hồ sơ đề nghị xét, công nhận: the appraising body's findings on each criterion, the
 * conditions, and its conclusion (eligible, or returned with its reasons). Named after the Thủy Nguyên
 * 2023 practice (programme-2022-2030.md §1.4); the layout is ours in the Nghị định 30 format, not an
 * official form.
 */
import { Packer } from 'docx';
import { body, officialDocument, title } from '../docx-format.js';
import { dataTable } from '../docx-table.js';
import type { AppraisalInput } from './inputs.js';
import { communeVi, dayMonthYearVi, recognitionHeading, recognitionPhrase, section, signature, tierVi } from './recognition-parts.js';
import { conditionsTable } from './request-docx.js';

/** "- lý do;" lines, the last one closed with a full stop. */
const listed = (items: readonly string[]) =>
  items.map((r, i) => body(`- ${r.replace(/[.;]+$/u, '')}${i === items.length - 1 ? '.' : ';'}`));

function conclusion(input: AppraisalInput) {
  const commune = communeVi(input.unitName);
  const tier = tierVi(input.tierName);
  if (input.conclusion === 'eligible') {
    return [
      body(`Hồ sơ của ${commune} đủ điều kiện đề nghị xét, công nhận đạt chuẩn ${tier} năm ${input.year}.`, { bold: true }),
      ...listed(input.reasons),
    ];
  }
  return [
    body(
      `Hồ sơ của ${commune} chưa đủ điều kiện đề nghị xét, công nhận đạt chuẩn ${tier} năm ${input.year}; trả lại hồ sơ để ${commune} hoàn thiện, vì các lý do sau:`,
      {
        bold: true,
      },
    ),
    ...(input.reasons.length > 0 ? listed(input.reasons) : [body('- (Chưa ghi lý do.)')]),
  ];
}

export function appraisalReportDocument(input: AppraisalInput) {
  const phrase = recognitionPhrase(input.unitName, input.tierName, input.year);
  const summary = `Thẩm tra hồ sơ đề nghị xét, công nhận ${phrase}`;
  return officialDocument(`Báo cáo ${summary}`, [
    recognitionHeading(input.issuer, 'BC-UBND'),
    ...title('Báo cáo', summary),
    body(
      `${dayMonthYearVi(input.appraisalDate, 'appraisalDate').replace(/^n/u, 'N')}, ${input.issuer.bodyName} tổ chức thẩm tra hồ sơ đề nghị xét, công nhận ${phrase}. Kết quả như sau:`,
    ),
    section('I. KẾT QUẢ THẨM TRA CÁC TIÊU CHÍ'),
    ...(input.findings.length > 0
      ? [
          dataTable(
            [
              { header: 'STT', width: 0.08, align: 'center' },
              { header: 'Tiêu chí', width: 0.34 },
              { header: 'Kết quả thẩm tra', width: 0.18, align: 'center' },
              { header: 'Ý kiến thẩm tra', width: 0.4 },
            ],
            input.findings.map((f) => [f.criterionCode, f.criterionName, f.resultLabel, f.finding ?? '—']),
          ),
        ]
      : [body('Chưa có kết quả thẩm tra tiêu chí nào được ghi nhận.')]),
    section('II. CÁC ĐIỀU KIỆN XÉT, CÔNG NHẬN'),
    ...(input.conditions.length > 0 ? [conditionsTable(input.conditions)] : [body('Chưa có điều kiện nào được ghi nhận.')]),
    section('III. KẾT LUẬN'),
    ...conclusion(input),
    body(`Trên đây là báo cáo thẩm tra hồ sơ đề nghị xét, công nhận ${phrase}./.`, { after: 12 }),
    signature(input.issuer, [communeVi(input.unitName).replace(/^x/u, 'UBND x'), 'Lưu: VT']),
  ]);
}

export const appraisalReportDocx = async (input: AppraisalInput): Promise<Buffer> => Packer.toBuffer(appraisalReportDocument(input));
