/**
 * Danh sách xã đủ điều kiện đề nghị xét, công nhận: the communes the appraising body found eligible, with
 * the criteria met and the satisfaction rate. The Thủy Nguyên 2023 practice published such a list in a
 * văn bản (programme-2022-2030.md §1.4); this table layout is ours, not an official form.
 */
import { Packer } from 'docx';
import { formatNumberVi } from '../../domain/text/vietnamese.js';
import { body, officialDocument, title } from '../docx-format.js';
import { dataTable } from '../docx-table.js';
import type { EligibleListInput } from './inputs.js';
import { communeVi, recognitionHeading, signature, tierVi } from './recognition-parts.js';

const rate = (r: number | null) => (r === null ? 'Chưa có kết quả' : `${formatNumberVi(r, 1)}%`);

export function eligibleListDocument(input: EligibleListInput) {
  const tier = tierVi(input.tierName);
  const summary = `Các xã đủ điều kiện đề nghị xét, công nhận đạt chuẩn ${tier} năm ${input.year}`;
  return officialDocument(`Danh sách ${summary}`, [
    recognitionHeading(input.issuer, 'UBND'),
    ...title('Danh sách', summary),
    body(
      `${input.issuer.bodyName} công bố danh sách ${input.communes.length} xã đủ điều kiện đề nghị xét, công nhận đạt chuẩn ${tier} năm ${input.year}:`,
    ),
    ...(input.communes.length > 0
      ? [
          dataTable(
            [
              { header: 'STT', width: 0.08, align: 'center' },
              { header: 'Xã', width: 0.27 },
              { header: 'Số tiêu chí đạt', width: 0.17, align: 'center' },
              { header: 'Tỷ lệ hài lòng của người dân', width: 0.2, align: 'center' },
              { header: 'Ghi chú', width: 0.28 },
            ],
            input.communes.map((c, i) => [
              i + 1,
              communeVi(c.unitName),
              `${c.metCount}/${c.totalCount}`,
              rate(c.satisfactionRate),
              c.note ?? '',
            ]),
          ),
        ]
      : [body('Không có xã nào đủ điều kiện.')]),
    body(`Tổng số: ${input.communes.length} xã./.`, { before: 6, after: 12 }),
    signature(input.issuer, ['UBND các xã có tên trong danh sách', 'Lưu: VT']),
  ]);
}

export const eligibleListDocx = async (input: EligibleListInput): Promise<Buffer> => Packer.toBuffer(eligibleListDocument(input));
