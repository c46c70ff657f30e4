/**
 * The dossier's debt condition computed from the works and payments (issue 13): met when nothing is
 * owed on the assessment date, not met with one reason per work owing (its unpaid amount in triệu đồng
 * and the date). Replaces the declared figure; a declaration file may still be shown as evidence.
 */
import { CONDITION_NAMES, type Condition } from '../dossier/conditions.js';
import { formatMillion } from './money.js';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function computedDebtCondition(
  works: readonly { workCode: string; workName: string; debt: number }[],
  asOf: string,
  evidence: Condition['evidence'] = [],
): Condition {
  const base = { code: 'debt' as const, name: CONDITION_NAMES.debt };
  const owing = works.filter((w) => w.debt > 0);
  const counted = { label: `Không có nợ đọng XDCB (tính từ ${works.length} công trình, đến ngày ${dmy(asOf)})`, fileId: null };
  if (owing.length === 0) return { ...base, state: 'met', reasons: [], evidence: [counted, ...evidence] };
  return {
    ...base,
    state: 'not_met',
    reasons: owing.map((w) => ({
      vi: `Công trình ${w.workCode} “${w.workName}” còn nợ đọng ${formatMillion(w.debt)} triệu đồng đến ngày ${dmy(asOf)}`,
      en: `Work ${w.workCode} owes ${w.debt} đồng as of ${asOf}`,
    })),
    evidence,
  };
}
