/**
 * Báo cáo kết quả thực hiện xây dựng nông thôn mới of the commune (QĐ 18/2022/QĐ-TTg, Điều 5 khoản 1):
 * the report the commune posts for comments and sends to the Front, with every criterion and indicator
 * (threshold, value, result, evidence) and the count of criteria met. Our layout in the Nghị định 30
 * format, not an official form: QĐ 18's own model of this report was not read (programme-2022-2030.md §1.4).
 */
import { Packer } from 'docx';
import { formatDateVi } from '../../domain/text/vietnamese.js';
import { body, officialDocument, title } from '../docx-format.js';
import { criteriaTable } from './criteria-table.js';
import type { SelfAssessmentInput } from './inputs.js';
import { communeVi, demoBanner, recognitionHeading, section, signature, tierVi } from './recognition-parts.js';

/** Criteria not met, by number and name; "không có" when every criterion is met. */
function notMetList(input: SelfAssessmentInput) {
  const notMet = input.criteria.filter((c) => c.result !== 'met');
  return notMet.length === 0 ? 'không có' : notMet.map((c) => `${c.code}. ${c.name} (${c.resultLabel.toLocaleLowerCase('vi')})`).join('; ');
}

export function selfAssessmentDocument(input: SelfAssessmentInput) {
  const commune = communeVi(input.unitName);
  const tier = tierVi(input.tierName);
  const summary = `Kết quả thực hiện xây dựng ${tier} của ${commune} năm ${input.year}`;
  const asOf = formatDateVi(input.asOf);
  return officialDocument(`Báo cáo ${summary}`, [
    recognitionHeading(input.issuer, 'BC-UBND'),
    ...title('Báo cáo', summary),
    ...(input.demo ? [demoBanner()] : []),
    body(
      `Căn cứ ${input.setName}, ${input.issuer.bodyName} báo cáo kết quả thực hiện xây dựng ${tier} của ${commune} ` +
        `đến ngày ${asOf} như sau:`,
    ),
    section('I. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ'),
    body(
      `Mỗi chỉ tiêu ghi chỉ tiêu theo quy định, kết quả thực hiện đã được xác minh đến ngày ${asOf} và hồ sơ minh chứng. ` +
        'Chỉ tiêu chưa có số liệu được xác minh ghi "chưa có số liệu xác minh", không tính là đạt.',
    ),
    criteriaTable(input.criteria),
    section('II. ĐÁNH GIÁ CHUNG'),
    body(
      `Đến ngày ${asOf}, ${commune} đạt ${input.metCount}/${input.totalCount} tiêu chí ${tier}` +
        (input.metCount === input.totalCount ? '.' : `; ${input.totalCount - input.metCount} tiêu chí chưa đạt.`),
    ),
    body(`Các tiêu chí chưa đạt: ${notMetList(input)}.`),
    body(`Trên đây là báo cáo kết quả thực hiện xây dựng ${tier} của ${commune} năm ${input.year}./.`, { after: 12 }),
    signature(input.issuer, ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Các tổ chức chính trị - xã hội xã', 'Lưu: VT']),
  ]);
}

export const selfAssessmentDocx = async (input: SelfAssessmentInput): Promise<Buffer> => Packer.toBuffer(selfAssessmentDocument(input));
