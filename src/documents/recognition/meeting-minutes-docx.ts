/**
 * Biên bản cuộc họp đề nghị xét, công nhận: when and where the commune met, who chaired and who kept the
 * minutes, attendance, what was said, and the vote recorded the way the Thanh Hóa 2017-2020 Mẫu số 04
 * words it ("… nhất trí đề nghị xét, công nhận … là …/tổng số … thành viên, đạt …%",
 * programme-2022-2030.md §1.4). The sections and the two signatures are our layout, not an official form.
 */
import { Packer, Table, TableCell, TableRow, WidthType } from 'docx';
import { body, NO_BORDERS, officialDocument, para, TEXT_WIDTH, title } from '../docx-format.js';
import { isCount, rejectIfAny } from './input-check.js';
import type { MeetingMinutesInput } from './inputs.js';
import { dayMonthYearVi, percentVi, recognitionHeading, recognitionPhrase, section } from './recognition-parts.js';

function check(input: MeetingMinutesInput) {
  const issues = [];
  if (!isCount(input.totalMembers) || input.totalMembers === 0)
    issues.push({ path: 'totalMembers', message: 'tổng số thành viên phải là số nguyên lớn hơn 0' });
  if (!isCount(input.attendees) || input.attendees > input.totalMembers)
    issues.push({ path: 'attendees', message: 'số thành viên dự họp phải là số nguyên, không lớn hơn tổng số thành viên' });
  if (!isCount(input.agreeing) || input.agreeing > input.attendees)
    issues.push({ path: 'agreeing', message: 'số thành viên nhất trí phải là số nguyên, không lớn hơn số thành viên dự họp' });
  rejectIfAny(issues, { vi: 'biên bản cuộc họp', en: 'meeting minutes' });
}

/** "THƯ KÝ" (left) and "CHỦ TRÌ" (right), each with the name below the space for the signature. */
function signatures(input: MeetingMinutesInput) {
  const half = Math.round(TEXT_WIDTH / 2);
  const col = (role: string, name: string | null) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: NO_BORDERS,
      children: [
        para(role, { bold: true, align: 'center', after: 0 }),
        para('(Ký, ghi rõ họ tên)', { italics: true, size: 12, align: 'center', after: 0 }),
        para('', { after: 0 }),
        para('', { after: 0 }),
        para('', { after: 0 }),
        para(name ?? '', { bold: true, align: 'center', after: 0 }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [col('THƯ KÝ', input.secretary), col('CHỦ TRÌ', input.chair)] })],
  });
}

export function meetingMinutesDocument(input: MeetingMinutesInput) {
  check(input);
  const phrase = recognitionPhrase(input.unitName, input.tierName, input.year);
  const summary = `Cuộc họp đề nghị xét, công nhận ${phrase}`;
  const blank = '……………………';
  return officialDocument(`Biên bản ${summary}`, [
    recognitionHeading(input.issuer, 'BB-UBND'),
    ...title('Biên bản', summary),
    body(
      `Hôm nay, ${dayMonthYearVi(input.meetingDate, 'meetingDate')}, tại ${input.place ?? blank}, ${input.issuer.bodyName} tổ chức cuộc họp đề nghị xét, công nhận ${phrase}.`,
    ),
    section('I. THÀNH PHẦN'),
    body(`Chủ trì: ${input.chair ?? blank}.`),
    body(`Thư ký: ${input.secretary ?? blank}.`),
    body(`Số thành viên tham dự: ${input.attendees}/${input.totalMembers} thành viên.`),
    section('II. NỘI DUNG'),
    ...(input.content?.trim()
      ? input.content
          .trim()
          .split(/\n+/u)
          .map((p) => body(p))
      : [body('Nội dung thảo luận không được ghi lại trong hồ sơ.', { italics: true })]),
    section('III. KẾT QUẢ BIỂU QUYẾT'),
    body(
      `Số thành viên tham dự cuộc họp nhất trí đề nghị xét, công nhận ${phrase} là ` +
        `${input.agreeing}/tổng số ${input.totalMembers} thành viên, đạt ${percentVi(input.agreeing, input.totalMembers)}%.`,
    ),
    body('Biên bản được lập thành văn bản, thông qua trước các thành viên dự họp và cùng ký tên dưới đây./.', { after: 12 }),
    signatures(input),
  ]);
}

export const meetingMinutesDocx = async (input: MeetingMinutesInput): Promise<Buffer> => Packer.toBuffer(meetingMinutesDocument(input));
