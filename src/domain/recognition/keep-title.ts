/**
 * Keeping the title (giữ danh hiệu): after recognition a commune is judged every year against the
 * revocation rule of QĐ 18/2022 — revoke when 30 % to under 50 % of the criteria fail including one
 * critical criterion, or when 50 % or more fail. The thresholds and the critical criteria are data
 * (catalog/recognition/revocation-rules.json). A criterion without a current result ("chưa đủ căn
 * cứ", outdated) is not a failure: it is listed as unknown. Pure; used by services and the web app.
 */
import { z } from 'zod';
import type { ErrorMessages } from '../errors.js';

const provenance = z.strictObject({ source: z.string().min(1), verified: z.boolean(), note: z.string().optional() });

export const revocationRuleSchema = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1),
  /** Which sets it judges: by set code, or by the set's decision number (and tier) so a province's derived set is covered. */
  appliesTo: z
    .array(
      z.strictObject({ setCode: z.string().min(1).optional(), decision: z.string().min(1).optional(), tier: z.string().min(1).optional() }),
    )
    .min(1),
  /** Share of failing criteria from which, with a critical one failing, the title is revoked (0.3). */
  lowerShare: z.number().min(0).max(1),
  /** Share from which the title is revoked whatever fails (0.5). */
  upperShare: z.number().min(0).max(1),
  /** Criterion codes (numbers as the set prints them) and names; null = not known for this set. */
  criticalCriteria: z.array(z.strictObject({ code: z.string().min(1), name: z.string().min(1) })).nullable(),
  provenance,
});
export type RevocationRule = z.infer<typeof revocationRuleSchema>;

export const revocationRulesSchema = z.strictObject({ note: z.string(), rules: z.array(revocationRuleSchema).min(1) });

/** The rule for a set: its own code first, then its decision and tier (a derived set keeps the base set's decision). */
export function revocationRuleFor(
  rules: readonly RevocationRule[],
  set: { code: string; tier: string; decision?: { number: string } | undefined },
): RevocationRule | null {
  const byCode = rules.find((r) => r.appliesTo.some((a) => a.setCode === set.code));
  if (byCode) return byCode;
  const number = set.decision?.number;
  if (!number) return null;
  return rules.find((r) => r.appliesTo.some((a) => !a.setCode && a.decision === number && (!a.tier || a.tier === set.tier))) ?? null;
}

export interface TitleRisk {
  state: 'kept' | 'at_risk' | 'revoke';
  /** Criterion codes that are not met. */
  failing: string[];
  /** failing ÷ all criteria of the set, 0..1. */
  failingShare: number;
  /** The failing criteria that are critical under the rule. */
  criticalFailing: string[];
  reason: ErrorMessages;
  /** Criteria without a current result (unknown, incomplete, outdated): not counted as failing. */
  unknown?: string[];
  /** Names of the failing criteria, in the set's order. */
  failingNames?: string[];
  /** The 30–50 % band could not be decided: the rule has no list of critical criteria for this set. */
  criticalUnknown?: boolean;
  /** Whether the rule used is checked against the official text. */
  ruleVerified?: boolean;
}

const pct = (share: number) => `${(Math.round(share * 1000) / 10).toLocaleString('vi-VN')} %`;
const pctEn = (share: number) => `${Math.round(share * 1000) / 10} %`;

export function titleRisk(
  rule: RevocationRule,
  criteria: { code: string; name: string; result: 'met' | 'not_met' | 'unknown' | string }[],
): TitleRisk {
  const failingRows = criteria.filter((c) => c.result === 'not_met');
  const failing = failingRows.map((c) => c.code);
  const unknown = criteria.filter((c) => c.result !== 'met' && c.result !== 'not_met').map((c) => c.code);
  const total = criteria.length;
  const failingShare = total === 0 ? 0 : failing.length / total;
  const critical = rule.criticalCriteria;
  const criticalFailing = critical ? failing.filter((code) => critical.some((k) => k.code === code)) : [];
  const base = {
    failing,
    failingShare,
    criticalFailing,
    unknown,
    failingNames: failingRows.map((c) => c.name),
    ruleVerified: rule.provenance.verified,
  };
  const names = failingRows.map((c) => c.name).join(', ');
  const share = { vi: pct(failingShare), en: pctEn(failingShare) };
  if (failing.length === 0) {
    return {
      ...base,
      state: 'kept',
      reason:
        unknown.length === 0
          ? { vi: 'Vẫn đạt đủ các tiêu chí của bộ tiêu chí.', en: 'Still meets every criterion of the set.' }
          : {
              vi: `Không có tiêu chí nào không đạt; ${unknown.length} tiêu chí chưa đủ căn cứ đánh giá.`,
              en: `No criterion fails; ${unknown.length} cannot be judged yet.`,
            },
    };
  }
  if (failingShare >= rule.upperShare) {
    return {
      ...base,
      state: 'revoke',
      reason: {
        vi: `${failing.length}/${total} tiêu chí không đạt (${share.vi}, từ ${pct(rule.upperShare)} trở lên): thuộc trường hợp thu hồi quyết định công nhận. Không đạt: ${names}.`,
        en: `${failing.length}/${total} criteria fail (${share.en}, at least ${pctEn(rule.upperShare)}): the recognition is to be revoked.`,
      },
    };
  }
  if (failingShare >= rule.lowerShare && critical === null) {
    return {
      ...base,
      state: 'at_risk',
      criticalUnknown: true,
      reason: {
        vi: `${failing.length}/${total} tiêu chí không đạt (${share.vi}). Chưa xác định được có thuộc trường hợp thu hồi hay không vì chưa có danh sách tiêu chí then chốt cho bộ tiêu chí này. Không đạt: ${names}.`,
        en: `${failing.length}/${total} criteria fail (${share.en}); whether that means revocation is unknown: the rule has no critical criteria for this set.`,
      },
    };
  }
  if (failingShare >= rule.lowerShare && criticalFailing.length > 0) {
    const criticalNames = failingRows.filter((c) => criticalFailing.includes(c.code)).map((c) => c.name);
    return {
      ...base,
      state: 'revoke',
      reason: {
        vi: `${failing.length}/${total} tiêu chí không đạt (${share.vi}, từ ${pct(rule.lowerShare)} đến dưới ${pct(rule.upperShare)}), trong đó có ${criticalNames.join(', ')}: thuộc trường hợp thu hồi quyết định công nhận.`,
        en: `${failing.length}/${total} criteria fail (${share.en}), including critical ${criticalFailing.join(', ')}: the recognition is to be revoked.`,
      },
    };
  }
  return {
    ...base,
    state: 'at_risk',
    reason: {
      vi: `Không còn đạt đủ tiêu chí: ${failing.length}/${total} tiêu chí không đạt (${share.vi}), chưa đến mức thu hồi. Không đạt: ${names}.`,
      en: `No longer meets every criterion: ${failing.length}/${total} fail (${share.en}), below the revocation threshold.`,
    },
  };
}
