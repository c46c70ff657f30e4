/** The survey report read back: heading of the commune's Front, the hamlet and item tables, the conclusion; opened by LibreOffice. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SurveyReportInput, surveyReportDocx } from '../../src/documents/recognition/survey-report-docx.js';
import { rate } from '../../src/domain/survey/survey-rates.js';
import { docxParagraphs } from './docx-text.js';
import { allLines, hasCommand, toPdf } from './pdf-tools.js';

const tools = await hasCommand('soffice');
if (!tools && process.env.CI) throw new Error('CI: soffice must be installed; the LibreOffice check may not be skipped');

const input: SurveyReportInput = {
  authority: 'Ủy ban MTTQ Việt Nam xã Nâm Nung',
  number: { number: null, symbol: 'BC-MTTQ' },
  place: 'Nâm Nung',
  date: { year: 2023, month: 5, day: 26 },
  unitName: 'Nâm Nung',
  tierName: 'Xã nông thôn mới',
  year: 2022,
  ruleName: 'Hướng dẫn số 90/HD-MTTW-BTT ngày 20/9/2022 (giai đoạn 2021-2025)',
  ballot: 'Phiếu số 1: lấy ý kiến đề nghị công nhận xã đạt chuẩn nông thôn mới',
  startsOn: '2023-05-02',
  endsOn: '2023-05-26',
  forms: ['Phát phiếu và lấy ý kiến trực tiếp tại các hộ gia đình'],
  limit: { workingDays: 20, used: 19, exceeded: false, verified: false },
  hamlets: [
    {
      name: 'Thôn Nam Tân',
      households: 100,
      ballotsIssued: 90,
      returned: 80,
      participation: rate(80, 100),
      satisfaction: rate(1410, 1520),
    },
    { name: 'Thôn Nam Ninh', households: 50, ballotsIssued: 45, returned: 45, participation: rate(45, 50), satisfaction: rate(45, 45) },
  ],
  totals: { households: 150, ballotsIssued: 135, returned: 125, participation: rate(125, 150), satisfaction: rate(1455, 1565) },
  items: [
    { code: '1', text: 'Quy hoạch', satisfied: 105, notSatisfied: 20, blank: 0, rate: rate(105, 125) },
    { code: '2', text: 'Giao thông', satisfied: 120, notSatisfied: 5, blank: 0, rate: rate(120, 125) },
  ],
  thresholds: [
    { label: 'Tỷ lệ hộ tham gia', value: null, verified: false, source: 'HD 90: chưa đọc được', rate: rate(125, 150) },
    { label: 'Tỷ lệ hài lòng chung', value: 90, verified: false, source: 'mức thường dùng', rate: rate(1455, 1565) },
  ],
  state: 'unknown',
  reasons: ['Chưa biết mức tỷ lệ hộ tham gia tối thiểu theo quy định'],
  published: { on: '2023-05-29', place: 'Nhà văn hóa các thôn', channel: 'loa truyền thanh' },
  signer: { onBehalf: 'TM. Ban Thường trực', position: 'Chủ tịch', name: ' ' },
  recipients: ['UBND xã Nâm Nung', 'Lưu: VT'],
  demo: true,
};

describe('the survey report as .docx', () => {
  it('says what the survey found, per hamlet and per item, and why it cannot conclude', async () => {
    const text = (await docxParagraphs(await surveyReportDocx(input))).join('\n');
    expect(text).toContain('ỦY BAN MTTQ VIỆT NAM\nXÃ NÂM NUNG');
    expect(text).toContain('Số: …/BC-MTTQ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Nâm Nung, ngày 26 tháng 5 năm 2023');
    expect(text).toContain('BÁO CÁO MINH HỌA (DEMO)');
    expect(text).toMatch(/Thôn Nam Tân\n100\n90\n80\n80%\n92,7%/);
    expect(text).toMatch(/Tổng cộng\n150\n135\n125\n83,3%\n92,9%/);
    expect(text).toMatch(/1\nQuy hoạch\n105\n20\n0\n84%/);
    expect(text).toContain('Tỷ lệ hài lòng chung: 92,9%; mức tối thiểu 90% (mức chưa đối chiếu văn bản chính thức)');
    expect(text).toContain('Tỷ lệ hộ tham gia: 83,3%; mức tối thiểu chưa biết');
    expect(text).toContain('Chưa đủ căn cứ để kết luận');
    expect(text).toContain('niêm yết công khai ngày 29/05/2023');
    expect(text).toContain('TM. BAN THƯỜNG TRỰC');
  });

  it.runIf(tools)(
    'opens in LibreOffice',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ntm-survey-docx-'));
      const file = join(dir, 'bao-cao-khao-sat.docx');
      await writeFile(file, await surveyReportDocx(input));
      const pdf = (await toPdf([file])).get(file) as string;
      const lines = (await allLines(pdf)).join('\n');
      expect(lines).toContain('BÁO CÁO');
      expect(lines).toContain('Thôn Nam Tân');
    },
    120_000,
  );
});
