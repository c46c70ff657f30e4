/**
 * Notices about indicator values: to the departments that may review them, ONE per reviewer, commune and
 * data date, kept up to date while values wait (an import of 600 values makes one per commune, not 600);
 * and to whoever entered values, one per commune, data date and review day saying what was verified or
 * returned (with the reasons). Called by the value, import and review services inside their transactions.
 */
import type { Executor } from '../../db/database.js';
import { noticeSourceRepository } from '../../db/repositories/notice-source.repository.js';
import { notificationRepository } from '../../db/repositories/notification.repository.js';
import type { CriteriaSet } from '../../domain/catalog/criteria-set.schema.js';
import type { NoticeParams } from '../../domain/notice/notice-text.js';
import { vietnamDay } from '../../domain/text/vietnamese.js';
import { can } from '../../policies/policy.js';
import { getSet } from '../catalog.service.js';
import type { AuditInput, ServiceContext } from '../context.js';
import { phaseOf, scopedPrincipal } from '../criteria-scope.js';
import { type Notice, notify, unitLookup, unitWords } from './notify.js';

interface Group {
  unitCode: string;
  setCode: string;
  asOf: string;
}

const subjectOf = (g: Group) => `${g.unitCode}|${g.setCode}|${g.asOf}`;

function criterionIndex(set: CriteriaSet) {
  const byIndicator = new Map<string, { criterion: number; name: string }>();
  for (const c of set.criteria) for (const i of c.indicators) byIndicator.set(i.code, { criterion: c.number, name: i.name });
  return byIndicator;
}

export interface ValueRef {
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  asOf: string;
}

/** Values grouped by commune, set and date, with the indicators of each group. */
function grouped(refs: readonly ValueRef[]) {
  const groups = new Map<string, Group & { indicators: Set<string> }>();
  for (const r of refs) {
    const k = subjectOf(r);
    const cur = groups.get(k) ?? { unitCode: r.unitCode, setCode: r.setCode, asOf: r.asOf, indicators: new Set<string>() };
    cur.indicators.add(r.indicatorCode);
    groups.set(k, cur);
  }
  return [...groups.values()];
}

/** The values that recording audit events are about (their ids are "unit/set/indicator/date"). */
function recorded(events: readonly AuditInput[]): ValueRef[] {
  return events.flatMap((e) => {
    if (e.action !== 'indicator_value.record') return [];
    const [unitCode, setCode, indicatorCode, asOf] = e.entityId.split('/');
    return unitCode && setCode && indicatorCode && asOf ? [{ unitCode, setCode, indicatorCode, asOf }] : [];
  });
}

interface Reviewer {
  id: string;
  criteria: number[];
}

type DepartmentUser = { id: string; unitCode: string | null; criteria: string | null; criteriaPhase?: string | undefined };

/**
 * Department users who may review criteria of a set of phase `setPhase` in the commune whose unit chain
 * is `chain` (policy.ts `values.review`; a scope numbered in another phase's set reaches none).
 */
function reviewersIn(users: readonly DepartmentUser[], chain: string[], setPhase: string): Reviewer[] {
  return users
    .filter((u) => u.unitCode !== null && chain.includes(u.unitCode))
    .map((u) => ({
      id: u.id,
      criteria: (JSON.parse(u.criteria ?? '[]') as number[]).filter((n) =>
        can({ role: 'department', unitCode: u.unitCode, criteria: [n], criteriaPhase: u.criteriaPhase }, 'values.review', {
          unitCode: chain[0] ?? null,
          ancestors: chain.slice(1),
          criterionNumber: n,
          setPhase,
        }),
      ),
    }));
}

/**
 * Each reviewer's notice for each group: how many values of their criteria wait, and which criteria.
 * Reads once per call, not per commune: the units' chains, the department users of all of them, and the
 * values of each (set, date) for all the communes at once — an import of a whole province stays cheap.
 */
async function reviewNotices(ctx: ServiceContext, trx: Executor, groups: readonly Group[], only?: (r: Reviewer, g: Group) => boolean) {
  const lookup = unitLookup(trx);
  const chains = new Map<string, string[]>();
  for (const g of groups) if (!chains.has(g.unitCode)) chains.set(g.unitCode, await lookup.chain(g.unitCode));
  const rows = await noticeSourceRepository.usersIn(trx, ['department'], [...new Set([...chains.values()].flat())]);
  const users = await Promise.all(rows.map((u) => scopedPrincipal(ctx, { ...u, criteriaSet: u.criteriaSetCode }, trx)));
  const waitingOf = new Map<string, number[]>();
  const bySetDate = new Map<string, Group[]>();
  for (const g of groups) bySetDate.set(`${g.setCode}|${g.asOf}`, [...(bySetDate.get(`${g.setCode}|${g.asOf}`) ?? []), g]);
  for (const list of bySetDate.values()) {
    const { setCode, asOf } = list[0] as Group;
    const set = criterionIndex(await getSet(ctx, setCode, trx));
    const values = await noticeSourceRepository.valuesAt(trx, setCode, asOf, [...new Set(list.map((g) => g.unitCode))]);
    for (const v of values) {
      if (v.verification !== 'self_assessed') continue;
      const k = subjectOf({ unitCode: v.unitCode, setCode, asOf });
      waitingOf.set(k, [...(waitingOf.get(k) ?? []), set.get(v.indicatorCode)?.criterion ?? 0]);
    }
  }
  const out: { notice: Notice; pending: number }[] = [];
  for (const g of groups) {
    const waiting = waitingOf.get(subjectOf(g)) ?? [];
    const words = unitWords(await lookup.unit(g.unitCode), g.unitCode);
    for (const r of reviewersIn(users, chains.get(g.unitCode) ?? [], await phaseOf(ctx, g.setCode, trx))) {
      if (only && !only(r, g)) continue;
      const mine = waiting.filter((c) => r.criteria.includes(c));
      const params: NoticeParams = { ...words, asOf: g.asOf, pending: mine.length, criteria: [...new Set(mine)].sort((a, b) => a - b) };
      const link = `/xac-minh?xa=${encodeURIComponent(g.unitCode)}&ngay=${g.asOf}`;
      out.push({
        notice: { userIds: [r.id], kind: 'value_review', subjectId: subjectOf(g), eventKey: '', params, link },
        pending: mine.length,
      });
    }
  }
  return out;
}

/** After values were recorded or imported: the reviewers of the criteria written get their notice (new or updated, unread). */
export async function notifyValuesWritten(ctx: ServiceContext, trx: Executor, events: readonly AuditInput[]) {
  const groups = grouped(recorded(events));
  const touched = new Map<string, Set<number>>();
  for (const g of groups) {
    const set = criterionIndex(await getSet(ctx, g.setCode, trx));
    touched.set(subjectOf(g), new Set([...g.indicators].map((i) => set.get(i)?.criterion ?? 0)));
  }
  const notices = await reviewNotices(ctx, trx, groups, (r, g) => r.criteria.some((c) => touched.get(subjectOf(g))?.has(c)));
  return notify(
    ctx,
    trx,
    notices.filter((n) => n.pending > 0).map((n) => n.notice),
    'kept',
  );
}

/**
 * After values were verified or returned: whoever entered them hears it (one notice per commune, date and
 * review day, counting that day's reviews), and the reviewers' waiting notices are brought up to date —
 * read once nothing waits any more.
 */
export async function notifyValuesReviewed(ctx: ServiceContext, trx: Executor, reviewed: ValueRef | readonly ValueRef[]) {
  const groups = grouped(Array.isArray(reviewed) ? reviewed : [reviewed as ValueRef]);
  const lookup = unitLookup(trx);
  const today = vietnamDay(ctx.now());
  const notices: Notice[] = [];
  for (const g of groups) {
    const set = criterionIndex(await getSet(ctx, g.setCode, trx));
    const values = await noticeSourceRepository.valuesAt(trx, g.setCode, g.asOf, [g.unitCode]);
    const enterers = new Set(values.filter((v) => g.indicators.has(v.indicatorCode)).map((v) => v.enteredBy));
    const words = unitWords(await lookup.unit(g.unitCode), g.unitCode);
    for (const kind of ['value_verified', 'value_returned'] as const) {
      const state = kind === 'value_verified' ? 'verified' : 'returned';
      for (const userId of enterers) {
        const mine = values.filter(
          (v) => v.enteredBy === userId && v.verification === state && v.verifiedAt !== null && vietnamDay(v.verifiedAt) === today,
        );
        if (mine.length === 0) continue;
        const items = mine
          .sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode, 'vi', { numeric: true }))
          .slice(0, 20)
          .map((v) => ({ indicatorCode: v.indicatorCode, indicatorName: set.get(v.indicatorCode)?.name ?? '', reason: v.reviewComment }));
        const params: NoticeParams = { ...words, asOf: g.asOf, count: mine.length, ...(state === 'returned' ? { items } : {}) };
        const link =
          state === 'returned'
            ? `/xa/${encodeURIComponent(g.unitCode)}/nhap-lieu?ngay=${g.asOf}`
            : `/xa/${encodeURIComponent(g.unitCode)}?ngay=${g.asOf}`;
        notices.push({ userIds: [userId], kind, subjectId: subjectOf(g), eventKey: today, params, link });
      }
    }
  }
  await notify(ctx, trx, notices, 'kept');
  await refreshReviewNotices(ctx, trx, groups);
}

/** Reviewers' kept notices get the current count; a notice with nothing left to review is marked read. */
async function refreshReviewNotices(ctx: ServiceContext, trx: Executor, groups: readonly Group[]) {
  const kept = await notificationRepository.onSubject(trx, 'value_review', groups.map(subjectOf));
  if (kept.length === 0) return;
  const fresh = await reviewNotices(ctx, trx, groups);
  const byKey = new Map(fresh.map((f) => [`${f.notice.userIds[0]}|${f.notice.subjectId}`, f]));
  for (const k of kept) {
    const f = byKey.get(`${k.userId}|${k.subjectId}`);
    const params = f ? JSON.stringify(f.notice.params) : k.params;
    const done = !f || f.pending === 0;
    if (params === k.params && (!done || k.readAt !== null)) continue;
    await notificationRepository.update(trx, k.id, {
      params,
      updatedAt: k.updatedAt,
      readAt: done ? (k.readAt ?? ctx.now()) : k.readAt,
    });
  }
}
