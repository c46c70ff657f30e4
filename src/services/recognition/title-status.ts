/**
 * The titles a commune holds on a date, as boards, pages and documents show them: its recognitions in
 * force, and — for a commune formed by a merger whose every predecessor held the same tier the day before —
 * a derived title (MARD guidance on mergers, reference §6.3; an inference, never a decision: `derived`).
 * Each title is judged against the evaluation the caller has (the board's row) with the QĐ 18 rule.
 */
import { revocationRules } from '../../catalog/index.js';
import type { Executor } from '../../db/database.js';
import { criteriaSetRepository } from '../../db/repositories/criteria-set.repository.js';
import { recognitionRepository } from '../../db/repositories/recognition.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { ErrorMessages } from '../../domain/errors.js';
import { revocationRuleFor, type TitleRisk, titleRisk } from '../../domain/recognition/keep-title.js';
import { titleLabel } from '../../domain/recognition/title-words.js';
import { byTier, type DecisionRef, type Recognition, tierRanks } from './recognition.service.js';
import { isInForce, presentRecognition } from './recognition-present.js';

export interface DerivedFrom {
  effectiveDate: string;
  predecessors: { unitCode: string; name: string; label: ErrorMessages }[];
  /** Always false: no decision confirms it; the merger rule is read in guidance for earlier mergers. */
  verified: false;
  basis: ErrorMessages;
}

export interface Title {
  recognitionId: string | null;
  unitCode: string;
  setCode: string | null;
  setName: string | null;
  tier: string;
  year: number | null;
  yearBefore: number | null;
  decision: DecisionRef | null;
  announcedOn: string | null;
  demo: boolean;
  derived: DerivedFrom | null;
  label: ErrorMessages;
}

/** A title judged on a date: the rule's verdict, and which set the evaluation it rests on used. */
export interface JudgedTitle extends Title {
  risk: (TitleRisk & { judgedBy: { setCode: string; setName: string; sameAsTitle: boolean; note: ErrorMessages | null } }) | null;
}

const MERGER_BASIS: ErrorMessages = {
  vi: 'Suy ra theo hướng dẫn của Bộ NN&PTNT về xây dựng NTM sau sắp xếp đơn vị hành chính: khi mọi xã hợp thành đều đã đạt chuẩn cùng một mức, xã mới được công nhận ở mức đó. Chưa xác nhận hướng dẫn này áp dụng cho đợt sáp nhập 7/2025; chưa có quyết định của tỉnh.',
  en: 'Inferred from the Ministry guidance on NTM after unit mergers (all merged communes held the tier); not confirmed for the July 2025 mergers; no provincial decision.',
};

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function ownTitle(r: Recognition, setName: string | null): Title {
  return {
    recognitionId: r.id,
    unitCode: r.unitCode,
    setCode: r.setCode,
    setName,
    tier: r.tier,
    year: r.year,
    yearBefore: r.yearBefore,
    decision: r.decision,
    announcedOn: r.announcedOn,
    demo: r.demo,
    derived: null,
    label: titleLabel({ ...r, yearBefore: r.yearBefore }),
  };
}

/**
 * Titles on `asOf` of the units (all units when null), highest tier first. Reads recognitions, successions
 * and set names once: a national board asks for every commune at once.
 */
export async function titlesOf(ex: Executor, unitCodes: readonly string[] | null, asOf: string): Promise<Map<string, Title[]>> {
  const successions = (await unitRepository.successions(ex)).filter((s) => s.kind === 'merge' && s.effectiveDate <= asOf);
  const merged = unitCodes === null ? successions : successions.filter((s) => unitCodes.includes(s.successorCode));
  const predecessorCodes = [...new Set(merged.map((s) => s.predecessorCode))];
  const rows =
    unitCodes === null ? await recognitionRepository.all(ex) : await recognitionRepository.ofUnits(ex, [...unitCodes, ...predecessorCodes]);
  if (rows.length === 0) return new Map();
  const sets = new Map((await criteriaSetRepository.list(ex)).map((s) => [s.code, s.name]));
  const ranks = await tierRanks(ex);
  const all = rows.map(presentRecognition);
  const wanted = unitCodes === null ? null : new Set(unitCodes);
  const out = new Map<string, Title[]>();
  const push = (code: string, t: Title) => out.set(code, [...(out.get(code) ?? []), t]);
  for (const r of all.filter((x) => isInForce(x, asOf)).sort(byTier(ranks))) {
    if (!wanted || wanted.has(r.unitCode)) push(r.unitCode, ownTitle(r, sets.get(r.setCode) ?? null));
  }
  const names = new Map((await unitRepository.getMany(ex, predecessorCodes)).map((u) => [u.code, u.name]));
  for (const successor of new Set(merged.map((s) => s.successorCode))) {
    const links = merged.filter((s) => s.successorCode === successor);
    const effective = links[0]?.effectiveDate as string;
    const eve = dayBefore(effective);
    const held = links.map((l) => all.filter((r) => r.unitCode === l.predecessorCode && isInForce(r, eve)).sort(byTier(ranks)));
    const common = (held[0] ?? []).map((r) => r.tier).filter((tier) => held.every((h) => h.some((r) => r.tier === tier)));
    const tier = common[0];
    if (!tier || (out.get(successor) ?? []).some((t) => t.tier === tier)) continue;
    const predecessors = links.map((l, i) => {
      const r = held[i]?.find((x) => x.tier === tier) as Recognition;
      return {
        unitCode: l.predecessorCode,
        name: names.get(l.predecessorCode) ?? l.predecessorCode,
        label: titleLabel({ ...r, yearBefore: r.yearBefore }),
      };
    });
    const demo = held.some((h) => h.find((x) => x.tier === tier)?.demo === true);
    push(successor, {
      recognitionId: null,
      unitCode: successor,
      setCode: null,
      setName: null,
      tier,
      year: null,
      yearBefore: null,
      decision: null,
      announcedOn: null,
      demo,
      derived: { effectiveDate: effective, predecessors, verified: false, basis: MERGER_BASIS },
      label: titleLabel({ tier, year: null, yearBefore: null, decision: null, announcedOn: null, derived: true }),
    });
  }
  return out;
}

/** The set an evaluation used, as the judgement needs it. */
export interface JudgingSet {
  code: string;
  name: string;
  tier: string;
  phase?: { fromYear: number; toYear: number } | undefined;
  decision?: { number: string } | undefined;
  criteria: readonly { number: number; name: string }[];
}

/**
 * Judges a title against an evaluation of the commune on the date (`statuses` per criterion of `set`: met,
 * not_met, incomplete, outdated). Only a title of the set's tier is judged. The set is the one the commune is
 * evaluated by on that date — a title given under QĐ 318 is judged in 2026 by QĐ 51 — because QĐ 18 asks
 * whether the commune still meets the criteria in force; the transition rules are unknown, so when the sets
 * differ the verdict says so (and QĐ 51's rule is itself unverified).
 */
export function judgeTitle(
  title: Title,
  set: JudgingSet,
  statuses: readonly string[],
  titleSetPhase: { fromYear: number } | null,
): JudgedTitle {
  if (title.tier !== set.tier) return { ...title, risk: null };
  const rule = revocationRuleFor(revocationRules(), set);
  if (!rule) return { ...title, risk: null };
  const criteria = set.criteria.map((c, i) => ({
    code: String(c.number),
    name: c.name,
    result: statuses[i] === 'met' || statuses[i] === 'not_met' ? (statuses[i] as string) : 'unknown',
  }));
  const same = title.setCode === set.code || (titleSetPhase !== null && set.phase?.fromYear === titleSetPhase.fromYear);
  const note: ErrorMessages | null = same
    ? null
    : {
        vi: `Danh hiệu được xét theo bộ tiêu chí đang áp dụng cho xã vào ngày này (${set.name}), khác giai đoạn với bộ tiêu chí khi được công nhận; quy định chuyển tiếp chưa rõ.`,
        en: `Judged by the set applying on this date (${set.code}), of another phase than the title's; transition rules are unknown.`,
      };
  return { ...title, risk: { ...titleRisk(rule, criteria), judgedBy: { setCode: set.code, setName: set.name, sameAsTitle: same, note } } };
}
