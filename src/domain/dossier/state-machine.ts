/**
 * The dossier as a state machine over its procedure's steps (pure): who may act at a step on a date,
 * what still blocks completing it (in words, Vietnamese and English), and the moves allowed now.
 */
import type { ErrorMessages } from '../errors.js';
import type { Condition } from './conditions.js';
import { dmy } from './dates.js';
import { type PostingStatus, postingStatus } from './posting-rule.js';
import type { Procedure, Step, StepActor } from './procedure.schema.js';

export type DossierState = 'in_progress' | 'completed';

export interface DossierSnapshot {
  state: DossierState;
  currentStep: string;
  /** Checklist documents present, by code. */
  documents: ReadonlySet<string>;
  posting: { startedOn: string | null; announcements: readonly { on: string }[] };
  frontOpinions: number;
  /** null = no finished survey round; else the survey condition's state. */
  survey: { state: string } | null;
  meeting: { totalMembers: number; agreeing: number } | null;
  conditions: readonly Condition[];
  /** Findings of the current appraisal round. */
  findings: number;
  appraisal: { conclusion: 'eligible' | 'returned' } | null;
  council: { members: number; agreeing: number; result: 'approved' | 'rejected' } | null;
  decision: { date: string } | null;
  announcedOn: string | null;
}

export interface ActorPrincipal {
  role: string;
  /** The actor's scope covers the dossier's commune (its own unit or an ancestor). */
  coversUnit: boolean;
}

export const stepOf = (p: Procedure, code: string): Step => {
  const s = p.steps.find((x) => x.code === code);
  if (!s) throw new Error(`procedure ${p.code} has no step ${code}`);
  return s;
};

/** The actor rule of the step in force on `date`. */
export const actorRuleOn = (step: Step, date: string): StepActor | undefined =>
  step.actors.find((a) => (a.from === null || a.from <= date) && (a.to === null || date <= a.to));

/** null when the principal may act at the step on that date; else why not. */
export function actorRefusal(step: Step, principal: ActorPrincipal, date: string): ErrorMessages | null {
  if (principal.role === 'system' || principal.role === 'admin') return null;
  const rule = actorRuleOn(step, date);
  if (!rule)
    return {
      vi: `Không có quy định ai thực hiện bước "${step.name}" vào ngày ${dmy(date)}`,
      en: `No rule says who acts at "${step.nameEn}" on ${date}`,
    };
  if (!rule.roles.includes(principal.role)) {
    const since = rule.from ? ` từ ngày ${dmy(rule.from)}` : '';
    const until = rule.to ? ` đến ngày ${dmy(rule.to)}` : '';
    return {
      vi: `Bước "${step.name}" vào ngày ${dmy(date)} do ${rule.body} thực hiện (quy định${since}${until}); vai trò của bạn không thực hiện bước này`,
      en: `On ${date} "${step.nameEn}" is done by ${rule.roles.join(', ')}; your role does not act at this step`,
    };
  }
  if (!principal.coversUnit)
    return { vi: 'Xã của hồ sơ không thuộc phạm vi phụ trách của bạn', en: 'The dossier’s commune is outside your scope' };
  return null;
}

const missingDocs = (step: Step, present: ReadonlySet<string>): ErrorMessages[] =>
  step.documents
    .filter((d) => d.required && !present.has(d.code))
    .map((d) => ({ vi: `Thiếu tài liệu bắt buộc: ${d.name}`, en: `Missing required document: ${d.code}` }));

function postingBlockers(p: Procedure, s: DossierSnapshot, onDate: string): ErrorMessages[] {
  if (!p.posting) return [];
  const st = postingStatus(p.posting, s.posting.startedOn, s.posting.announcements, onDate);
  return postingReasons(st);
}

export function postingReasons(st: PostingStatus): ErrorMessages[] {
  if (!st.startedOn || !st.endsOn) return [{ vi: 'Chưa ghi ngày bắt đầu niêm yết công khai', en: 'The posting has not started' }];
  const out: ErrorMessages[] = [];
  if (!st.enough)
    out.push({
      vi: `Mới thông báo ${st.count} lần trong thời hạn ${st.periodDays} ngày, cần ít nhất ${st.minAnnouncements} lần`,
      en: `${st.count} announcements within the ${st.periodDays} days, at least ${st.minAnnouncements} needed`,
    });
  if (!st.over)
    out.push({
      vi: `Thời hạn niêm yết ${st.periodDays} ngày kết thúc ngày ${dmy(st.endsOn)}; chỉ chuyển bước từ ngày hôm sau`,
      en: `The ${st.periodDays}-day posting ends on ${st.endsOn}; the step can be left from the next day`,
    });
  return out;
}

function voteBlocker(rule: Procedure['meetingVote'], agreeing: number, total: number, what: string): ErrorMessages[] {
  const pct = total > 0 ? (agreeing * 100) / total : 0;
  if (rule?.minAgreeingPercent == null || pct >= rule.minAgreeingPercent) return [];
  return [
    {
      vi: `${what}: ${agreeing}/${total} thành viên nhất trí, dưới mức ${rule.minAgreeingPercent}%`,
      en: `${what}: ${agreeing}/${total} agreeing, under ${rule.minAgreeingPercent}%`,
    },
  ];
}

/** Everything required before the dossier's documents are submitted: the whole checklist up to this step. */
export function checklistBefore(p: Procedure, stepCode: string): Step['documents'] {
  const at = p.steps.findIndex((s) => s.code === stepCode);
  return p.steps.slice(0, at + 1).flatMap((s) => s.documents);
}

function formBlockers(p: Procedure, step: Step, s: DossierSnapshot, onDate: string): ErrorMessages[] {
  switch (step.form) {
    case 'posting':
      return postingBlockers(p, s, onDate);
    case 'opinions':
      return s.frontOpinions >= p.minFrontOpinions
        ? []
        : [{ vi: 'Chưa có ý kiến bằng văn bản của Ủy ban MTTQ Việt Nam xã', en: 'No written opinion of the commune Front yet' }];
    case 'survey':
      return s.survey ? [] : [{ vi: 'Chưa có đợt lấy ý kiến sự hài lòng đã hoàn thành', en: 'No finished satisfaction survey round' }];
    case 'meeting':
      if (!s.meeting) return [{ vi: 'Chưa ghi kết quả cuộc họp đề nghị xét, công nhận', en: 'The meeting is not recorded' }];
      return voteBlocker(p.meetingVote, s.meeting.agreeing, s.meeting.totalMembers, 'Cuộc họp');
    case 'submission': {
      const failing = s.conditions.filter((c) => c.state !== 'met');
      const docs = checklistBefore(p, step.code)
        .filter((d) => d.required && !s.documents.has(d.code))
        .map((d) => ({ vi: `Thiếu tài liệu bắt buộc: ${d.name}`, en: `Missing required document: ${d.code}` }));
      return [...failing.flatMap((c) => c.reasons.map((r) => ({ vi: `${c.name.vi}: ${r.vi}`, en: `${c.name.en}: ${r.en}` }))), ...docs];
    }
    case 'appraisal':
      if (s.findings === 0) return [{ vi: 'Chưa ghi kết quả thẩm tra từng tiêu chí', en: 'No findings recorded' }];
      if (s.appraisal?.conclusion !== 'eligible')
        return [
          {
            vi: 'Kết luận thẩm tra chưa là "đủ điều kiện"; hãy trả hồ sơ kèm lý do',
            en: 'The appraisal did not conclude "eligible"; send the dossier back with reasons',
          },
        ];
      return [];
    case 'council':
      if (!s.council) return [{ vi: 'Chưa ghi kết quả họp Hội đồng thẩm định', en: 'The council is not recorded' }];
      if (s.council.result !== 'approved') return [{ vi: 'Hội đồng thẩm định không thông qua', en: 'The council did not approve' }];
      return voteBlocker(p.councilVote, s.council.agreeing, s.council.members, 'Hội đồng');
    case 'decision':
      return s.decision ? [] : [{ vi: 'Chưa ghi quyết định (số, ngày, người ký, cơ quan)', en: 'The decision is not recorded' }];
    case 'announcement':
      return s.announcedOn ? [] : [{ vi: 'Chưa ghi ngày công bố', en: 'The announcement date is not recorded' }];
    case 'report':
      return [];
  }
}

/** What blocks completing the current step on `onDate` (empty = it may be completed). */
export function completionBlockers(p: Procedure, s: DossierSnapshot, onDate: string): ErrorMessages[] {
  if (s.state === 'completed') return [{ vi: 'Hồ sơ đã hoàn thành', en: 'The dossier is completed' }];
  const step = stepOf(p, s.currentStep);
  const own = step.form === 'submission' ? [] : missingDocs(step, s.documents);
  return [...formBlockers(p, step, s, onDate), ...own];
}

export interface AllowedMoves {
  step: string;
  /** Why this actor may not act at the step now (null = may act). */
  refusal: ErrorMessages | null;
  complete: { allowed: boolean; blockers: ErrorMessages[] };
  sendBackTo: string[];
}

export function allowedMoves(p: Procedure, s: DossierSnapshot, principal: ActorPrincipal, onDate: string): AllowedMoves {
  const step = stepOf(p, s.currentStep);
  const refusal = s.state === 'completed' ? null : actorRefusal(step, principal, onDate);
  const blockers = completionBlockers(p, s, onDate);
  return {
    step: step.code,
    refusal,
    complete: { allowed: refusal === null && blockers.length === 0, blockers },
    sendBackTo: refusal === null && s.state !== 'completed' ? step.sendBackTo : [],
  };
}
