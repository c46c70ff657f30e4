/**
 * What the recognition documents (hồ sơ đề nghị xét, công nhận: báo cáo kết quả, tờ trình, biên bản,
 * báo cáo thẩm tra, danh sách xã đủ điều kiện) are written from: plain data, every label already in
 * Vietnamese. The generators in this folder print them; the dossier workflow and the self-assessment
 * service gather them. Contract C of issue 12 (/work/briefs/contracts.md): names and shapes are fixed;
 * optional fields may be added.
 */

/** One signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / the name (blank lines for the signature when null). */
export interface IssuerSigner {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; null when the person signs in their own name. */
  onBehalf: string | null;
  /** "Chủ tịch", "Phó Chủ tịch", "Chủ tọa". */
  position: string;
  /** Left blank for a hand-written name when null. */
  name: string | null;
}

/** The body that issues a document and the formal parts of its heading. */
export interface Issuer {
  /** "Ủy ban nhân dân xã Nâm Nung" (printed upper case, bold). */
  bodyName: string;
  /** The body above it, printed upright above the body's name; null when the body stands alone (UBND). */
  parentBodyName: string | null;
  /** The place of the date line: "Nâm Nung". */
  place: string;
  /**
   * The number, e.g. "125"; or the whole "125/TTr-UBND" when it carries its own symbol. Null while the
   * document is not numbered: the heading prints "Số: …/TTr-UBND".
   */
  documentNumber: string | null;
  /** The document's date, ISO YYYY-MM-DD. */
  date: string;
  /** Symbol after the number when `documentNumber` has none ("TTr-UBND"); each document has its default. */
  symbol?: string | undefined;
  /** Who signs; each document has its default (TM. UBND / CHỦ TỊCH with a blank name). */
  signer?: IssuerSigner | undefined;
  /** "Nơi nhận" lines; each document has its default. */
  recipients?: readonly string[] | undefined;
}

/** One criterion of the self-assessment with its indicators. */
export interface CriterionLine {
  /** "1", "17". */
  code: string;
  name: string;
  /** The engine's result code: met, not_met, unknown, incomplete, outdated … */
  result: string;
  /** "Đạt", "Chưa đạt", "Chưa có số liệu xác minh". */
  resultLabel: string;
  indicators: {
    /** "17.8". */
    code: string;
    name: string;
    /** The value as printed ("95,2%", "Đạt"); null when there is none. */
    value: string | null;
    /** The threshold that applies, as printed ("≥ 95%"); null when unknown. */
    threshold: string | null;
    resultLabel: string;
    /** Each evidence file as printed: "quyet-dinh-123.pdf (12/05/2022)". */
    evidence: string[];
  }[];
}

/** Báo cáo kết quả thực hiện xây dựng NTM of the commune (QĐ 18, Điều 5 khoản 1). */
export interface SelfAssessmentInput {
  issuer: Issuer;
  /** "Nâm Nung" or "xã Nâm Nung" (the documents print "xã Nâm Nung"). */
  unitName: string;
  /** "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025". */
  setName: string;
  /** The date the values are assessed at, ISO. */
  asOf: string;
  /** The set's tier name: "Xã nông thôn mới" or "nông thôn mới" (printed after "đạt chuẩn"). */
  tierName: string;
  /** The recognition year asked for ("đạt chuẩn NTM năm 2022"). */
  year: number;
  criteria: CriterionLine[];
  metCount: number;
  totalCount: number;
  /** Illustrative (demo) values: the document says so under its title. */
  demo: boolean;
}

/** Tờ trình "Về việc thẩm định, xét, công nhận xã … đạt chuẩn NTM năm …". */
export interface RequestInput {
  issuer: Issuer;
  /** "Ủy ban nhân dân huyện Krông Nô" (before 1/7/2025) or "Ủy ban nhân dân tỉnh Lâm Đồng" (after): the caller chooses. */
  recipientBodyName: string;
  unitName: string;
  tierName: string;
  year: number;
  metCount: number;
  totalCount: number;
  /** The conditions of recognition with their state ("Đạt", "Chưa đạt", "Chưa xác định") and evidence. */
  conditions: { name: string; stateLabel: string; evidence: string | null }[];
  /** The documents of the dossier sent with it. */
  attachments: string[];
  /** "Chủ tịch". */
  signerTitle: string;
  signerName: string | null;
  /** "Căn cứ …" lines; absent: QĐ 18/2022/QĐ-TTg for a year up to 2025, none after (its successor is unknown). */
  legalBases?: readonly string[] | undefined;
}

/** Biên bản cuộc họp đề nghị xét, công nhận (after the Thanh Hóa 2017-2020 Mẫu số 04). */
export interface MeetingMinutesInput {
  issuer: Issuer;
  unitName: string;
  tierName: string;
  year: number;
  /** ISO date of the meeting. */
  meetingDate: string;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  /** Members present. */
  attendees: number;
  totalMembers: number;
  /** Members present who agree to propose recognition. */
  agreeing: number;
  /** What was said, as recorded; null when nothing was recorded. */
  content: string | null;
}

/** Báo cáo thẩm tra hồ sơ đề nghị xét, công nhận (district before 1/7/2025, province after). */
export interface AppraisalInput {
  issuer: Issuer;
  unitName: string;
  tierName: string;
  year: number;
  /** ISO date of the appraisal. */
  appraisalDate: string;
  findings: { criterionCode: string; criterionName: string; resultLabel: string; finding: string | null }[];
  conclusion: 'eligible' | 'returned';
  /** Why the dossier is returned (or remarks when eligible). */
  reasons: string[];
  conditions: RequestInput['conditions'];
}

/** Danh sách xã đủ điều kiện đề nghị xét, công nhận. */
export interface EligibleListInput {
  issuer: Issuer;
  tierName: string;
  year: number;
  communes: { unitName: string; metCount: number; totalCount: number; satisfactionRate: number | null; note: string | null }[];
}
