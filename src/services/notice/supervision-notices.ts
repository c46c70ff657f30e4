/**
 * Notices about supervision follow-up actions: when one is assigned to an agency (its owner names an
 * agency of the visited unit, its district or province), that agency's users hear it; when its deadline
 * is near or past, the sweep tells them — or the NTM office when no agency's users can be found.
 */
import type { Executor } from '../../db/database.js';
import { agencyRepository } from '../../db/repositories/agency.repository.js';
import { noticeSourceRepository } from '../../db/repositories/notice-source.repository.js';
import type { NoticeParams } from '../../domain/notice/notice-text.js';
import { normalizeForSearch } from '../../domain/text/vietnamese.js';
import type { ServiceContext } from '../context.js';
import { type Notice, notify, unitLookup, unitWords } from './notify.js';

type Lookup = ReturnType<typeof unitLookup>;

/** The agency an owner's words name: its code, its name, or text starting with its name ("Phòng Y tế huyện"). */
async function agencyNamed(trx: Executor, chain: string[], owner: string) {
  const agencies = await noticeSourceRepository.agenciesOf(trx, chain);
  const said = normalizeForSearch(owner);
  const hits = agencies.filter(
    (a) => a.code === owner.trim() || said === normalizeForSearch(a.name) || said.startsWith(`${normalizeForSearch(a.name)} `),
  );
  // The nearest unit's agency first, then the longest name (the most precise match).
  hits.sort((a, b) => chain.indexOf(a.scopeUnitCode) - chain.indexOf(b.scopeUnitCode) || b.name.length - a.name.length);
  return hits[0];
}

async function linkFor(trx: Executor, chain: string[], planCode: string | null) {
  const code = planCode ?? (await noticeSourceRepository.latestPlanOf(trx, chain))?.code;
  return code ? `/ke-hoach/${encodeURIComponent(code)}?tab=supervision` : '/ke-hoach';
}

export interface ActionFacts {
  id: string;
  text: string;
  owner: string;
  deadline: string | null;
  unitCode: string;
  visitedOn: string;
  planCode: string | null;
}

/** Who answers for an action, in words, and where it is shown. */
async function describe(trx: Executor, lookup: Lookup, a: ActionFacts) {
  const chain = await lookup.chain(a.unitCode);
  const agency = await agencyNamed(trx, chain, a.owner);
  const users = agency ? await agencyRepository.users(trx, agency.scopeUnitCode, agency.code) : [];
  const params: NoticeParams = {
    ...unitWords(await lookup.unit(a.unitCode), a.unitCode),
    visitedOn: a.visitedOn,
    actionText: a.text,
    agencyName: agency?.name ?? a.owner,
    deadline: a.deadline,
  };
  return { chain, users: users.map((u) => u.id), params, link: await linkFor(trx, chain, a.planCode) };
}

/** After a visit was recorded: each action owned by an agency is a notice to that agency's users. */
export async function notifyActionsAssigned(ctx: ServiceContext, trx: Executor, actions: readonly ActionFacts[]) {
  const lookup = unitLookup(trx);
  const notices: Notice[] = [];
  for (const a of actions) {
    const d = await describe(trx, lookup, a);
    notices.push({ userIds: d.users, kind: 'supervision_assigned', subjectId: a.id, eventKey: 'assigned', params: d.params, link: d.link });
  }
  return notify(ctx, trx, notices);
}

/** The deadline notices of open actions due by `soonUntil` or past `today`, for the sweep. */
export async function supervisionDeadlineNotices(trx: Executor, today: string, soonUntil: string): Promise<Notice[]> {
  const lookup = unitLookup(trx);
  const notices: Notice[] = [];
  for (const a of await noticeSourceRepository.openActionsWithDeadline(trx)) {
    const deadline = a.deadline as string;
    const kind = deadline < today ? 'supervision_overdue' : deadline <= soonUntil ? 'supervision_due_soon' : null;
    if (!kind) continue;
    const d = await describe(trx, lookup, a);
    // Nobody acts for the owner: the nearest NTM office above the unit, so no deadline passes unseen.
    let userIds = d.users;
    for (const unit of d.chain) {
      if (userIds.length > 0) break;
      userIds = (await noticeSourceRepository.usersIn(trx, ['district_office', 'province_office'], [unit])).map((u) => u.id);
    }
    notices.push({ userIds, kind, subjectId: a.id, eventKey: deadline, params: d.params, link: d.link });
  }
  return notices;
}
