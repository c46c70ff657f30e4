/**
 * The four conditions of QĐ 18 for a commune (reference §1.2), each with its state, its reasons in
 * words and its evidence: every criterion met and verified on the assessment date; the residents'
 * satisfaction; no outstanding capital-construction debt; not complex in security and order.
 */
import type { ErrorMessages } from '../errors.js';

export type ConditionCode = 'criteria' | 'satisfaction' | 'debt' | 'security';
export type ConditionState = 'met' | 'not_met' | 'unknown' | 'missing';

export interface Condition {
  code: ConditionCode;
  name: ErrorMessages;
  state: ConditionState;
  reasons: ErrorMessages[];
  /** What shows it: a file, a survey round, the values (labels in Vietnamese). */
  evidence: { label: string; fileId: string | null }[];
}

export const CONDITION_NAMES: Record<ConditionCode, ErrorMessages> = {
  criteria: { vi: 'Đạt đủ các tiêu chí của bộ tiêu chí (đã thẩm định số liệu)', en: 'Every criterion of the set met (values verified)' },
  satisfaction: { vi: 'Tỷ lệ hài lòng của người dân đáp ứng yêu cầu', en: 'Residents’ satisfaction meets the requirement' },
  debt: { vi: 'Không có nợ đọng xây dựng cơ bản thuộc Chương trình', en: 'No outstanding capital-construction debt of the programme' },
  security: { vi: 'Xã không phức tạp về an ninh, trật tự', en: 'Not complex in security and order' },
};

export interface CriterionCheck {
  number: number;
  name: string;
  /** Engine status: met | not_met | incomplete. */
  status: string;
  /** Indicators whose value in force is not verified by the department (codes). */
  unverified: string[];
}

const list = (xs: readonly string[]) => xs.join(', ');

/** (a) Met and verified: names the criteria not met, those "chưa đủ căn cứ", and those resting on unverified values. */
export function criteriaCondition(criteria: readonly CriterionCheck[], asOfLabel: string): Condition {
  const label = (c: CriterionCheck) => `${c.number}. ${c.name}`;
  const notMet = criteria.filter((c) => c.status === 'not_met');
  const incomplete = criteria.filter((c) => c.status === 'incomplete');
  const unverified = criteria.filter((c) => c.status === 'met' && c.unverified.length > 0);
  const reasons: ErrorMessages[] = [];
  if (notMet.length > 0)
    reasons.push({
      vi: `Chưa đạt tiêu chí ${list(notMet.map(label))} (ngày ${asOfLabel})`,
      en: `Criteria not met: ${list(notMet.map((c) => String(c.number)))} (on ${asOfLabel})`,
    });
  if (incomplete.length > 0)
    reasons.push({
      vi: `Chưa đủ căn cứ đánh giá tiêu chí ${list(incomplete.map(label))} (thiếu số liệu hoặc chưa có ngưỡng)`,
      en: `Not enough to assess criteria ${list(incomplete.map((c) => String(c.number)))}`,
    });
  if (unverified.length > 0)
    reasons.push({
      vi: `Số liệu chưa được phòng chuyên môn thẩm định ở tiêu chí ${list(unverified.map((c) => `${label(c)} (chỉ tiêu ${list(c.unverified)})`))}`,
      en: `Values not verified for criteria ${list(unverified.map((c) => `${c.number} (${list(c.unverified)})`))}`,
    });
  const met = criteria.length > 0 && reasons.length === 0;
  if (criteria.length === 0) reasons.push({ vi: 'Không có kết quả đánh giá', en: 'No evaluation' });
  return {
    code: 'criteria',
    name: CONDITION_NAMES.criteria,
    state: met ? 'met' : notMet.length > 0 ? 'not_met' : 'unknown',
    reasons,
    evidence: [
      { label: `Đạt ${criteria.filter((c) => c.status === 'met').length}/${criteria.length} tiêu chí ngày ${asOfLabel}`, fileId: null },
    ],
  };
}

export interface DebtDeclaration {
  /** Outstanding debt in đồng (integer); 0 = none. */
  amount: number;
  declaredOn: string;
  fileId: string | null;
  fileName: string | null;
}

/** (c) As declared for now (issue 13 will compute it from the funding data). */
export function declaredDebtCondition(d: DebtDeclaration | null): Condition {
  const base = { code: 'debt' as const, name: CONDITION_NAMES.debt };
  if (!d)
    return {
      ...base,
      state: 'missing',
      reasons: [{ vi: 'Chưa kê khai số nợ đọng xây dựng cơ bản', en: 'The capital-construction debt is not declared' }],
      evidence: [],
    };
  const evidence = d.fileId ? [{ label: d.fileName ?? 'Báo cáo nợ đọng', fileId: d.fileId }] : [];
  if (d.amount > 0)
    return {
      ...base,
      state: 'not_met',
      reasons: [{ vi: `Còn nợ đọng xây dựng cơ bản ${d.amount.toLocaleString('vi-VN')} đồng`, en: `Outstanding debt of ${d.amount} đồng` }],
      evidence,
    };
  if (!d.fileId)
    return {
      ...base,
      state: 'unknown',
      reasons: [{ vi: 'Đã kê khai không nợ đọng nhưng chưa có tệp minh chứng', en: 'Declared no debt but no evidence file' }],
      evidence,
    };
  return { ...base, state: 'met', reasons: [], evidence };
}

export interface SecurityDeclaration {
  notComplex: boolean;
  declaredBy: string;
  declaredOn: string;
  fileId: string | null;
  fileName: string | null;
}

/** (d) Declared by the police (Công an xã) with a document. */
export function securityCondition(d: SecurityDeclaration | null): Condition {
  const base = { code: 'security' as const, name: CONDITION_NAMES.security };
  if (!d)
    return {
      ...base,
      state: 'missing',
      reasons: [{ vi: 'Chưa có xác nhận của Công an về an ninh, trật tự', en: 'No police confirmation on security and order' }],
      evidence: [],
    };
  const evidence = d.fileId ? [{ label: `${d.fileName ?? 'Văn bản'} (${d.declaredBy})`, fileId: d.fileId }] : [];
  if (!d.notComplex)
    return {
      ...base,
      state: 'not_met',
      reasons: [
        {
          vi: `${d.declaredBy} xác nhận xã phức tạp về an ninh, trật tự`,
          en: `${d.declaredBy} declares the commune complex in security and order`,
        },
      ],
      evidence,
    };
  if (!d.fileId)
    return { ...base, state: 'unknown', reasons: [{ vi: 'Chưa có văn bản xác nhận của Công an', en: 'No police document' }], evidence };
  return { ...base, state: 'met', reasons: [], evidence };
}
