/**
 * Realistic inputs for the recognition documents: Nâm Nung's 2022 dossier to the Krông Nô district
 * (before 1/7/2025) and a 2026 request to the Lâm Đồng province. Names, numbers and votes are test data
 * shaped like the real documents (the decision of 11/9/2023 is real; the rest is illustrative).
 */
import type { AppraisalInput, EligibleListInput, MeetingMinutesInput, RequestInput } from '../../../src/documents/recognition/index.js';

const commune = {
  bodyName: 'Ủy ban nhân dân xã Nâm Nung',
  parentBodyName: null,
  place: 'Nâm Nung',
} as const;
const district = { bodyName: 'Ủy ban nhân dân huyện Krông Nô', parentBodyName: null, place: 'Krông Nô' } as const;

export const CONDITIONS: RequestInput['conditions'] = [
  { name: 'Đạt đủ 19/19 tiêu chí của Bộ tiêu chí xã nông thôn mới', stateLabel: 'Đạt', evidence: 'Báo cáo kết quả ngày 31/12/2022' },
  { name: 'Tỷ lệ người dân hài lòng đáp ứng yêu cầu', stateLabel: 'Đạt', evidence: 'Báo cáo của Ủy ban MTTQ xã: 95,4% hài lòng' },
  { name: 'Không nợ đọng xây dựng cơ bản', stateLabel: 'Đạt', evidence: 'Báo cáo số 45/BC-UBND ngày 02/6/2023' },
  { name: 'Không là điểm phức tạp về an ninh, trật tự', stateLabel: 'Chưa xác định', evidence: null },
];

export const request: RequestInput = {
  issuer: { ...commune, documentNumber: null, date: '2023-06-12' },
  recipientBodyName: 'Ủy ban nhân dân huyện Krông Nô',
  unitName: 'Nâm Nung',
  tierName: 'Xã nông thôn mới',
  year: 2022,
  metCount: 19,
  totalCount: 19,
  conditions: CONDITIONS,
  attachments: [
    'Báo cáo kết quả thực hiện xây dựng nông thôn mới của xã',
    'Báo cáo tổng hợp ý kiến tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân',
    'Biên bản cuộc họp đề nghị xét, công nhận',
    'Báo cáo kết quả lấy ý kiến sự hài lòng của người dân',
  ],
  signerTitle: 'Chủ tịch',
  signerName: 'Y Thanh Niê',
};

/** After 1/7/2025: to the province, numbered, dated in February (leading zeros on day and month). */
export const requestToProvince: RequestInput = {
  ...request,
  issuer: { bodyName: 'Ủy ban nhân dân xã Nâm Nung', parentBodyName: null, place: 'Nâm Nung', documentNumber: '15', date: '2026-02-05' },
  recipientBodyName: 'Ủy ban nhân dân tỉnh Lâm Đồng',
  tierName: 'Xã nông thôn mới hiện đại',
  year: 2026,
  metCount: 17,
  totalCount: 19,
  attachments: [],
  signerName: null,
};

export const minutes: MeetingMinutesInput = {
  issuer: { ...commune, documentNumber: null, date: '2023-06-09' },
  unitName: 'Nâm Nung',
  tierName: 'Xã nông thôn mới',
  year: 2022,
  meetingDate: '2023-06-09',
  place: 'Hội trường Ủy ban nhân dân xã Nâm Nung',
  chair: 'Y Thanh Niê',
  secretary: 'Nguyễn Thị Hoa',
  attendees: 26,
  totalMembers: 28,
  agreeing: 25,
  content: 'Ban quản lý xã báo cáo kết quả thực hiện 19 tiêu chí.\nCác thành viên thảo luận và biểu quyết.',
};

export const appraisal: AppraisalInput = {
  issuer: { ...district, documentNumber: '210/BC-UBND', date: '2023-07-05' },
  unitName: 'xã Nâm Nung',
  tierName: 'Xã nông thôn mới',
  year: 2022,
  appraisalDate: '2023-07-03',
  findings: [
    { criterionCode: '1', criterionName: 'Quy hoạch', resultLabel: 'Đạt', finding: 'Quy hoạch chung được phê duyệt năm 2021' },
    { criterionCode: '17', criterionName: 'Môi trường và an toàn thực phẩm', resultLabel: 'Đạt', finding: null },
  ],
  conclusion: 'eligible',
  reasons: [],
  conditions: CONDITIONS,
};

export const returned: AppraisalInput = {
  ...appraisal,
  conclusion: 'returned',
  findings: [
    {
      criterionCode: '17',
      criterionName: 'Môi trường và an toàn thực phẩm',
      resultLabel: 'Chưa đạt',
      finding: 'Tỷ lệ chất thải rắn được xử lý chưa đạt',
    },
  ],
  reasons: ['Tiêu chí số 17 chưa đạt', 'Chưa có văn bản của Công an huyện về an ninh, trật tự'],
};

export const eligible: EligibleListInput = {
  issuer: { ...district, documentNumber: null, date: '2023-07-10' },
  tierName: 'Xã nông thôn mới',
  year: 2022,
  communes: [
    { unitName: 'Nâm Nung', metCount: 19, totalCount: 19, satisfactionRate: 95.37, note: null },
    { unitName: "Nâm N'Đir", metCount: 19, totalCount: 19, satisfactionRate: null, note: 'Đang lấy ý kiến' },
  ],
};
