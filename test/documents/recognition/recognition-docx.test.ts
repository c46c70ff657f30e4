/**
 * The recognition documents read back as a reader checks them: the heading (body, number, place and
 * date), the title, the numbers with Vietnamese separators, the vote and its percentage, the tables' rows,
 * the conclusion, and the signature; and a vote that contradicts itself is refused with its field.
 */
import { describe, expect, it } from 'vitest';
import {
  appraisalReportDocx,
  eligibleListDocx,
  meetingMinutesDocx,
  requestDocx,
  selfAssessmentDocx,
} from '../../../src/documents/recognition/index.js';
import { AppError } from '../../../src/domain/errors.js';
import { seedDemo } from '../../../src/services/demo.service.js';
import { buildSelfAssessmentInput } from '../../../src/services/recognition-docs/self-assessment.service.js';
import { openTestDatabase } from '../../support/databases.js';
import { docxParagraphs } from '../docx-text.js';
import { appraisal, eligible, minutes, request, requestToProvince, returned } from './fixtures.js';

const after = (paras: string[], line: string) => paras.slice(paras.indexOf(line) + 1);

describe('the commune self-assessment report (Nâm Nung, 2022, from the demo)', () => {
  it('lists every criterion and indicator with threshold, value, result and the count met', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      await seedDemo(t.ctx);
      const input = await buildSelfAssessmentInput(t.ctx, '24703', '2022-12-31', 'ntm', { issuedOn: '2023-06-12' });
      const p = await docxParagraphs(await selfAssessmentDocx(input));
      expect(p.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ NÂM NUNG', '']);
      expect(p).toContain('Số: …/BC-UBND');
      expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(p).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(p).toContain('Nâm Nung, ngày 12 tháng 6 năm 2023');
      expect(p).toContain('BÁO CÁO');
      expect(p).toContain('Kết quả thực hiện xây dựng nông thôn mới của xã Nâm Nung năm 2022');
      // The demo says it is one, under the title.
      expect(p.find((l) => l.startsWith('SỐ LIỆU MINH HỌA (DEMO)'))).toBeDefined();
      // 19 criterion rows, and each indicator of the set under its criterion.
      expect(p.filter((l) => /^Tiêu chí số \d+: /u.test(l))).toHaveLength(19);
      const criterion2 = after(p, 'Tiêu chí số 2: Giao thông');
      expect(criterion2.slice(4, 11)).toEqual([
        '2.1',
        expect.stringMatching(/^Tỷ lệ đường xã/u),
        '≥ 100% (chưa đối chiếu văn bản)',
        '100%',
        'Đạt',
        'Chưa có',
        '2.2',
      ]);
      // Decimal commas, never points.
      expect(p).toContain('71,2%');
      expect(p.some((l) => /\d\.\d%/u.test(l))).toBe(false);
      expect(p).toContain('Đến ngày 31/12/2022, xã Nâm Nung đạt 17/19 tiêu chí nông thôn mới; 2 tiêu chí chưa đạt.');
      expect(p.find((l) => l.startsWith('Các tiêu chí chưa đạt:'))).toMatch(
        /^Các tiêu chí chưa đạt: 17\. Môi trường và an toàn thực phẩm \(chưa đạt\); 18\. /u,
      );
      expect(p).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(p).toContain('CHỦ TỊCH');
      expect(p).toContain('- Ủy ban Mặt trận Tổ quốc Việt Nam xã;');
      expect(p).toContain('- Lưu: VT.');
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('the request (tờ trình)', () => {
  it('asks the district to appraise, with the conditions and the attached documents', async () => {
    const p = await docxParagraphs(await requestDocx(request));
    expect(p).toContain('Số: …/TTr-UBND');
    expect(p).toContain('Nâm Nung, ngày 12 tháng 6 năm 2023');
    expect(p).toContain('TỜ TRÌNH');
    expect(p).toContain('Về việc thẩm định, xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022');
    expect(p).toContain('Kính gửi: Ủy ban nhân dân huyện Krông Nô.');
    expect(p).toContain('Căn cứ Quyết định số 18/2022/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ.');
    expect(p).toContain('Đến thời điểm đề nghị, xã Nâm Nung đạt 19/19 tiêu chí nông thôn mới.');
    const table = after(p, 'Minh chứng');
    expect(table.slice(0, 8)).toEqual([
      '1',
      request.conditions[0]?.name,
      'Đạt',
      'Báo cáo kết quả ngày 31/12/2022',
      '2',
      request.conditions[1]?.name,
      'Đạt',
      'Báo cáo của Ủy ban MTTQ xã: 95,4% hài lòng',
    ]);
    expect(table.slice(12, 16)).toEqual(['4', 'Không là điểm phức tạp về an ninh, trật tự', 'Chưa xác định', '—']);
    expect(p).toContain('1. Báo cáo kết quả thực hiện xây dựng nông thôn mới của xã;');
    expect(p).toContain('4. Báo cáo kết quả lấy ý kiến sự hài lòng của người dân.');
    expect(p).toContain('- Như trên;');
    expect(p.slice(-8)).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Y Thanh Niê']));
  });

  it('after 1/7/2025 goes to the province, keeps its number, and cites no QĐ 18 for 2026', async () => {
    const p = await docxParagraphs(await requestDocx(requestToProvince));
    expect(p).toContain('Số: 15/TTr-UBND');
    expect(p).toContain('Nâm Nung, ngày 05 tháng 02 năm 2026');
    expect(p).toContain('Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng.');
    expect(p).toContain('Về việc thẩm định, xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới hiện đại năm 2026');
    expect(p.some((l) => l.includes('18/2022'))).toBe(false);
    expect(p).toContain('Đến thời điểm đề nghị, xã Nâm Nung đạt 17/19 tiêu chí nông thôn mới hiện đại; còn 2 tiêu chí chưa đạt.');
    expect(p).toContain('Không có tài liệu kèm theo.');
    const cited = await docxParagraphs(
      await requestDocx({
        ...requestToProvince,
        legalBases: ['Căn cứ Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ', 'Căn cứ văn bản của tỉnh'],
      }),
    );
    expect(cited).toContain('Căn cứ Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;');
    expect(cited).toContain('Căn cứ văn bản của tỉnh.');
  });
});

describe('the meeting minutes (biên bản)', () => {
  it('records date, place, chair, secretary, attendance and the vote as …/tổng số … thành viên, đạt …%', async () => {
    const p = await docxParagraphs(await meetingMinutesDocx(minutes));
    expect(p).toContain('Số: …/BB-UBND');
    expect(p).toContain('BIÊN BẢN');
    expect(p).toContain('Cuộc họp đề nghị xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022');
    expect(p).toContain(
      'Hôm nay, ngày 09 tháng 6 năm 2023, tại Hội trường Ủy ban nhân dân xã Nâm Nung, Ủy ban nhân dân xã Nâm Nung tổ chức cuộc họp đề nghị xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022.',
    );
    expect(p).toContain('Chủ trì: Y Thanh Niê.');
    expect(p).toContain('Thư ký: Nguyễn Thị Hoa.');
    expect(p).toContain('Số thành viên tham dự: 26/28 thành viên.');
    // 25 of 28 = 89,29 % → one decimal, decimal comma.
    expect(p).toContain(
      'Số thành viên tham dự cuộc họp nhất trí đề nghị xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022 là 25/tổng số 28 thành viên, đạt 89,3%.',
    );
    expect(p).toContain('Các thành viên thảo luận và biểu quyết.');
    expect(p).toEqual(expect.arrayContaining(['THƯ KÝ', 'CHỦ TRÌ', 'Nguyễn Thị Hoa']));
  });

  it('leaves blanks to fill by hand and says when nothing was recorded', async () => {
    const p = await docxParagraphs(await meetingMinutesDocx({ ...minutes, place: null, chair: null, content: null }));
    expect(p.find((l) => l.startsWith('Hôm nay'))).toContain('tại ……………………,');
    expect(p).toContain('Chủ trì: …………………….');
    expect(p).toContain('Nội dung thảo luận không được ghi lại trong hồ sơ.');
  });

  it('refuses a vote larger than the meeting, naming the field', async () => {
    const err = await meetingMinutesDocx({ ...minutes, agreeing: 27 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('recognition_doc.invalid');
    expect((err as AppError).issues.map((i) => i.path)).toEqual(['agreeing']);
    expect((err as AppError).messages.vi).toContain('số thành viên nhất trí');
    const none = await meetingMinutesDocx({ ...minutes, totalMembers: 0, attendees: 0, agreeing: 0 }).catch((e: unknown) => e);
    expect((none as AppError).issues.map((i) => i.path)).toEqual(['totalMembers']);
    const day = await meetingMinutesDocx({ ...minutes, meetingDate: '2023-02-30' }).catch((e: unknown) => e);
    expect((day as AppError).issues.map((i) => i.path)).toEqual(['meetingDate']);
    const issued = await requestDocx({ ...request, issuer: { ...request.issuer, date: '12/06/2023' } }).catch((e: unknown) => e);
    expect((issued as AppError).issues.map((i) => i.path)).toEqual(['issuer.date']);
  });
});

describe('the appraisal report (báo cáo thẩm tra)', () => {
  it('gives the findings per criterion, the conditions and the eligible conclusion', async () => {
    const p = await docxParagraphs(await appraisalReportDocx(appraisal));
    expect(p).toContain('ỦY BAN NHÂN DÂN');
    expect(p).toContain('HUYỆN KRÔNG NÔ');
    expect(p).toContain('Số: 210/BC-UBND');
    expect(p).toContain('Krông Nô, ngày 05 tháng 7 năm 2023');
    expect(p).toContain('Thẩm tra hồ sơ đề nghị xét, công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022');
    expect(p.find((l) => l.startsWith('Ngày 03 tháng 7 năm 2023, Ủy ban nhân dân huyện Krông Nô tổ chức thẩm tra'))).toBeDefined();
    expect(after(p, 'Ý kiến thẩm tra').slice(0, 8)).toEqual([
      '1',
      'Quy hoạch',
      'Đạt',
      'Quy hoạch chung được phê duyệt năm 2021',
      '17',
      'Môi trường và an toàn thực phẩm',
      'Đạt',
      '—',
    ]);
    expect(p).toContain('Hồ sơ của xã Nâm Nung đủ điều kiện đề nghị xét, công nhận đạt chuẩn nông thôn mới năm 2022.');
    expect(p).toContain('- UBND xã Nâm Nung;');
  });

  it('returns a dossier with its reasons', async () => {
    const p = await docxParagraphs(await appraisalReportDocx(returned));
    expect(p.find((l) => l.startsWith('Hồ sơ của xã Nâm Nung chưa đủ điều kiện'))).toBe(
      'Hồ sơ của xã Nâm Nung chưa đủ điều kiện đề nghị xét, công nhận đạt chuẩn nông thôn mới năm 2022; trả lại hồ sơ để xã Nâm Nung hoàn thiện, vì các lý do sau:',
    );
    expect(p).toContain('- Tiêu chí số 17 chưa đạt;');
    expect(p).toContain('- Chưa có văn bản của Công an huyện về an ninh, trật tự.');
    expect(p.some((l) => l.includes('đủ điều kiện đề nghị xét, công nhận đạt chuẩn nông thôn mới năm 2022.'))).toBe(false);
  });
});

describe('the list of eligible communes', () => {
  it('tabulates the communes with criteria met and the satisfaction rate', async () => {
    const p = await docxParagraphs(await eligibleListDocx(eligible));
    expect(p).toContain('Số: …/UBND');
    expect(p).toContain('DANH SÁCH');
    expect(p).toContain('Các xã đủ điều kiện đề nghị xét, công nhận đạt chuẩn nông thôn mới năm 2022');
    expect(after(p, 'Ghi chú').slice(0, 10)).toEqual([
      '1',
      'xã Nâm Nung',
      '19/19',
      '95,4%',
      '',
      '2',
      "xã Nâm N'Đir",
      '19/19',
      'Chưa có kết quả',
      'Đang lấy ý kiến',
    ]);
    expect(p).toContain('Tổng số: 2 xã./.');
  });
});
