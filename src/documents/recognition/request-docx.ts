/**
 * Tờ trình "Về việc thẩm định, xét, công nhận xã … đạt chuẩn nông thôn mới năm …", from the commune to the
 * body that appraises (UBND huyện before 1/7/2025, UBND tỉnh after: the caller passes it). Wording after
 * the Thanh Hóa 2017-2020 model (Mẫu số 05, programme-2022-2030.md §1.4); the conditions table and the
 * list of attached documents are our layout, not an official form.
 */
import { Packer } from 'docx';
import { body, officialDocument, para, title } from '../docx-format.js';
import { dataTable } from '../docx-table.js';
import type { RequestInput } from './inputs.js';
import { communeVi, recognitionHeading, recognitionPhrase, section, signature, tierVi } from './recognition-parts.js';

/** QĐ 18/2022/QĐ-TTg (02/8/2022, confirmed) rules recognition for 2021-2025; its 2026-2030 successor is unknown. */
export function defaultLegalBases(year: number): string[] {
  return year <= 2025 ? ['Căn cứ Quyết định số 18/2022/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ'] : [];
}

export const conditionsTable = (conditions: RequestInput['conditions']) =>
  dataTable(
    [
      { header: 'STT', width: 0.08, align: 'center' },
      { header: 'Điều kiện', width: 0.42 },
      { header: 'Tình trạng', width: 0.17, align: 'center' },
      { header: 'Minh chứng', width: 0.33 },
    ],
    conditions.map((c, i) => [i + 1, c.name, c.stateLabel, c.evidence ?? '—']),
  );

export function requestDocument(input: RequestInput) {
  const phrase = recognitionPhrase(input.unitName, input.tierName, input.year);
  const commune = communeVi(input.unitName);
  const summary = `Về việc thẩm định, xét, công nhận ${phrase}`;
  const bases = input.legalBases ?? defaultLegalBases(input.year);
  return officialDocument(`Tờ trình ${summary}`, [
    recognitionHeading(input.issuer, 'TTr-UBND'),
    ...title('Tờ trình', summary),
    para(`Kính gửi: ${input.recipientBodyName}.`, { align: 'center', after: 12 }),
    ...bases.map((b, i) => body(`${b.replace(/[.;]+$/u, '')}${i === bases.length - 1 ? '.' : ';'}`, { italics: true })),
    body(`${input.issuer.bodyName} kính trình ${input.recipientBodyName} thẩm định, xét, công nhận ${phrase}, với các nội dung sau:`),
    section('1. Kết quả thực hiện các tiêu chí'),
    body(
      `Đến thời điểm đề nghị, ${commune} đạt ${input.metCount}/${input.totalCount} tiêu chí ${tierVi(input.tierName)}` +
        (input.metCount === input.totalCount ? '.' : `; còn ${input.totalCount - input.metCount} tiêu chí chưa đạt.`),
    ),
    section('2. Các điều kiện xét, công nhận'),
    ...(input.conditions.length > 0 ? [conditionsTable(input.conditions)] : [body('Chưa có điều kiện nào được ghi nhận.')]),
    section('3. Hồ sơ kèm theo'),
    ...(input.attachments.length > 0
      ? input.attachments.map((a, i) => body(`${i + 1}. ${a.replace(/[.;]+$/u, '')}${i === input.attachments.length - 1 ? '.' : ';'}`))
      : [body('Không có tài liệu kèm theo.')]),
    body(`${input.issuer.bodyName} kính trình ${input.recipientBodyName} xem xét, quyết định./.`, { after: 12 }),
    signature(input.issuer, ['Như trên', 'Lưu: VT'], { position: input.signerTitle, name: input.signerName }),
  ]);
}

export const requestDocx = async (input: RequestInput): Promise<Buffer> => Packer.toBuffer(requestDocument(input));
