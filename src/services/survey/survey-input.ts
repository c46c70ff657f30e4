/**
 * Checks of survey input that need the round (its items, its other ballots): the counts of a hamlet's
 * tally must fit together. Each problem names its field path, in Vietnamese and English.
 */
import { type ErrorIssue, invalid } from '../../domain/errors.js';

export interface TallyInput {
  households: number;
  ballotsIssued: number;
  paperReturned: number;
  items: { code: string; satisfied: number; notSatisfied: number }[];
}

const issue = (path: string, vi: string, en: string): ErrorIssue => ({ path, message: `${vi} / ${en}` });

/** `entered`: ballots of the hamlet already entered one by one (phone) and by residents (QR). */
export function tallyIssues(t: TallyInput, entered: { phone: number; qr: number }, itemCodes: readonly string[]): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  if (t.ballotsIssued > t.households)
    out.push(issue('ballotsIssued', 'Số phiếu phát ra nhiều hơn số hộ', 'More ballots issued than households'));
  if (t.paperReturned + entered.phone > t.ballotsIssued)
    out.push(
      issue(
        'paperReturned',
        `Số phiếu thu về (${t.paperReturned} trên bảng tổng hợp + ${entered.phone} nhập từng phiếu) nhiều hơn số phiếu phát ra (${t.ballotsIssued})`,
        `More ballots returned (${t.paperReturned} tallied + ${entered.phone} entered one by one) than issued (${t.ballotsIssued})`,
      ),
    );
  if (t.paperReturned + entered.phone + entered.qr > t.households)
    out.push(
      issue(
        'paperReturned',
        `Số phiếu thu về (${t.paperReturned + entered.phone + entered.qr}) nhiều hơn số hộ (${t.households})`,
        `More ballots returned (${t.paperReturned + entered.phone + entered.qr}) than households (${t.households})`,
      ),
    );
  const seen = new Set<string>();
  t.items.forEach((it, i) => {
    if (!itemCodes.includes(it.code))
      out.push(issue(`items.${i}.code`, `Phiếu không có nội dung "${it.code}"`, `The ballot has no item "${it.code}"`));
    if (seen.has(it.code)) out.push(issue(`items.${i}.code`, `Nội dung "${it.code}" ghi hai lần`, `Item "${it.code}" given twice`));
    seen.add(it.code);
    if (it.satisfied + it.notSatisfied > t.paperReturned)
      out.push(
        issue(
          `items.${i}.satisfied`,
          `Nội dung "${it.code}": hài lòng (${it.satisfied}) + không hài lòng (${it.notSatisfied}) nhiều hơn số phiếu thu về trên bảng tổng hợp (${t.paperReturned})`,
          `Item "${it.code}": satisfied (${it.satisfied}) + not satisfied (${it.notSatisfied}) exceed the ballots tallied (${t.paperReturned})`,
        ),
      );
  });
  return out;
}

export function throwIfIssues(issues: ErrorIssue[]) {
  if (issues.length > 0)
    throw invalid('survey.invalid', { vi: 'Số liệu lấy ý kiến chưa hợp lệ', en: 'The survey figures are not valid' }, issues);
}

export function answersIssues(answers: Record<string, unknown>, itemCodes: readonly string[]): ErrorIssue[] {
  return Object.keys(answers)
    .filter((k) => !itemCodes.includes(k))
    .map((k) => issue(`answers.${k}`, `Phiếu không có nội dung "${k}"`, `The ballot has no item "${k}"`));
}
