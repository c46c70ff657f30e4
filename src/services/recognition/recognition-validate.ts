/**
 * The checks on a recognition or a revocation before it is stored, each with its field path and a message
 * in Vietnamese and English: the tier is the set's, the year plausible and in the set's phase, dates real,
 * not in the future, in order (decision not before the year, announcement not before the decision,
 * revocation not before the recognition).
 */
import type { CriteriaSet } from '../../domain/catalog/criteria-set.schema.js';
import { type ErrorIssue, invalid } from '../../domain/errors.js';
import { formatDateVi, isRealIsoDate } from '../../domain/text/vietnamese.js';
import type { DecisionRef, Recognition, RecognitionInput } from './recognition.service.js';

/** The programme started in 2010 (NQ 26-NQ/TW, QĐ 800/QĐ-TTg): no commune title is older. */
const FIRST_YEAR = 2010;

const issue = (path: string, vi: string, en: string): ErrorIssue => ({ path, message: `${vi} / ${en}` });

function dateIssues(path: string, d: string | null, today: string): ErrorIssue[] {
  if (d === null) return [];
  if (!isRealIsoDate(d)) return [issue(path, 'ngày không hợp lệ, cần dạng YYYY-MM-DD', 'not a real date YYYY-MM-DD')];
  if (d > today) return [issue(path, `ngày ${formatDateVi(d)} chưa đến`, `${d} is in the future`)];
  return [];
}

const textIssues = (path: string, s: string | null, max: number) =>
  s !== null && (s.trim() === '' || s.length > max) ? [issue(path, `cần từ 1 đến ${max} ký tự`, `1 to ${max} characters`)] : [];

function decisionIssues(prefix: string, d: DecisionRef, today: string): ErrorIssue[] {
  return [
    ...textIssues(`${prefix}.number`, d.number, 60),
    ...dateIssues(`${prefix}.date`, d.date, today),
    ...textIssues(`${prefix}.signer`, d.signer, 200),
    ...textIssues(`${prefix}.body`, d.body, 200),
  ];
}

function fail(issues: ErrorIssue[], vi: string, en: string) {
  if (issues.length > 0) throw invalid('recognition.invalid', { vi, en }, issues);
}

export function checkRecognition(input: RecognitionInput, set: CriteriaSet, unit: { name: string; kind: string }, today: string) {
  const issues: ErrorIssue[] = [];
  if (unit.kind !== 'commune') issues.push(issue('unitCode', `${unit.name} không phải là xã`, `${unit.name} is not a commune`));
  if (input.tier !== set.tier) {
    issues.push(
      issue(
        'tier',
        `bộ tiêu chí "${set.name}" chỉ công nhận hạng "${set.tierName}"`,
        `the set ${set.code} recognises tier ${set.tier} only`,
      ),
    );
  }
  const thisYear = Number(today.slice(0, 4));
  const { year, yearBefore } = input;
  if (year !== null && (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear)) {
    issues.push(issue('year', `năm đạt chuẩn phải từ ${FIRST_YEAR} đến ${thisYear}`, `the year must be ${FIRST_YEAR}–${thisYear}`));
  } else if (year !== null && set.phase && (year < set.phase.fromYear || year > set.phase.toYear)) {
    issues.push(
      issue(
        'year',
        `năm ${year} nằm ngoài giai đoạn ${set.phase.fromYear}-${set.phase.toYear} của bộ tiêu chí`,
        `${year} is outside the set's phase ${set.phase.fromYear}-${set.phase.toYear}`,
      ),
    );
  }
  if (yearBefore !== null && yearBefore !== undefined) {
    if (year !== null) issues.push(issue('yearBefore', 'chỉ ghi khi chưa biết năm đạt chuẩn', 'only when the year is unknown'));
    else if (!Number.isInteger(yearBefore) || yearBefore <= FIRST_YEAR || yearBefore > thisYear + 1) {
      issues.push(issue('yearBefore', `phải từ ${FIRST_YEAR + 1} đến ${thisYear + 1}`, `must be ${FIRST_YEAR + 1}–${thisYear + 1}`));
    }
  }
  issues.push(...decisionIssues('decision', input.decision, today), ...dateIssues('announcedOn', input.announcedOn, today));
  issues.push(...textIssues('note', input.note, 2000));
  const decided = input.decision.date;
  if (decided && isRealIsoDate(decided) && year !== null && decided < `${year}-01-01`) {
    issues.push(
      issue(
        'decision.date',
        `quyết định ngày ${formatDateVi(decided)} có trước năm ${year} được công nhận`,
        `the decision predates the year ${year}`,
      ),
    );
  }
  if (decided && yearBefore && decided >= `${yearBefore}-01-01`) {
    issues.push(issue('decision.date', `quyết định phải có trước năm ${yearBefore}`, `the decision must be before ${yearBefore}`));
  }
  const announced = input.announcedOn;
  if (decided && announced && isRealIsoDate(announced) && announced < decided) {
    issues.push(
      issue('announcedOn', `lễ công bố (${formatDateVi(announced)}) trước ngày quyết định`, 'the announcement predates the decision'),
    );
  }
  if (year !== null && announced && isRealIsoDate(announced) && announced < `${year}-01-01`) {
    issues.push(issue('announcedOn', `lễ công bố có trước năm ${year}`, `the announcement predates ${year}`));
  }
  fail(issues, 'Thông tin công nhận chưa hợp lệ', 'The recognition is not valid');
}

export function checkRevocation(r: Recognition, decision: DecisionRef, reason: string | null, today: string) {
  const issues = [...decisionIssues('decision', decision, today), ...textIssues('reason', reason, 2000)];
  const date = decision.date;
  if (date === null) issues.push(issue('decision.date', 'cần ngày của quyết định thu hồi', 'the revocation decision needs a date'));
  else if (isRealIsoDate(date)) {
    const from = r.decision.date ?? r.announcedOn ?? (r.year !== null ? `${r.year}-01-01` : null);
    if (from && date < from) {
      issues.push(
        issue(
          'decision.date',
          `quyết định thu hồi có trước khi được công nhận (${formatDateVi(from)})`,
          `the revocation predates the recognition (${from})`,
        ),
      );
    }
  }
  fail(issues, 'Thông tin thu hồi chưa hợp lệ', 'The revocation is not valid');
}
