/**
 * The one way services write notices: inside the transaction of the change, to the users who take the
 * hand-off (never to the one who made it, nor to the system account), one per user, kind, subject and
 * event. Also the small look-ups every kind of notice needs, done on the same transaction.
 */
import type { Executor } from '../../db/database.js';
import { notificationRepository } from '../../db/repositories/notification.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { NotificationTable, UnitRow } from '../../db/schema.js';
import type { NoticeKind, NoticeParams } from '../../domain/notice/notice-text.js';
import { newId, type ServiceContext, SYSTEM_ACTOR } from '../context.js';

export interface Notice {
  userIds: readonly string[];
  kind: NoticeKind;
  subjectId: string;
  /** "" for a notice kept up to date while its subject waits. */
  eventKey: string;
  params: NoticeParams;
  link: string;
}

/**
 * Writes the notices on `trx`. `kept`: the notice is the same one kept up to date (values awaiting
 * review, a day's reviews): its words are replaced and it is unread again. Otherwise an event already
 * noticed is left as it is, read or not.
 */
export async function notify(ctx: ServiceContext, trx: Executor, notices: readonly Notice[], mode: 'event' | 'kept' = 'event') {
  const now = ctx.now();
  const rows = new Map<string, NotificationTable>();
  for (const n of notices) {
    for (const userId of new Set(n.userIds)) {
      if (userId === ctx.actor.id || userId === SYSTEM_ACTOR.id) continue;
      const key = `${userId}|${n.kind}|${n.subjectId}|${n.eventKey}`;
      rows.set(key, {
        id: newId(),
        userId,
        kind: n.kind,
        subjectId: n.subjectId,
        eventKey: n.eventKey,
        params: JSON.stringify(n.params),
        link: n.link,
        createdAt: now,
        updatedAt: now,
        readAt: null,
      });
    }
  }
  // Always in key order: two transactions touching the same notices lock them in the same order (no deadlock).
  const list = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  if (list.length === 0) return 0;
  if (mode === 'kept') await notificationRepository.upsertUnread(trx, list);
  else await notificationRepository.insertMissing(trx, list);
  return list.length;
}

/** Units and their ancestors read on the transaction, each at most once per call. */
export function unitLookup(trx: Executor) {
  const units = new Map<string, Promise<UnitRow | undefined>>();
  const unit = (code: string) => {
    let u = units.get(code);
    if (!u) {
      u = unitRepository.get(trx, code);
      units.set(code, u);
    }
    return u;
  };
  /** The unit's code and its ancestors', nearest first. */
  const chain = async (code: string) => {
    const out: string[] = [];
    for (let c: string | null | undefined = code; c && out.length < 10; c = (await unit(c))?.parentCode) out.push(c);
    return out;
  };
  return { unit, chain };
}

/** "xã Nâm Nung" is made from these two words of the unit. */
export const unitWords = (u: UnitRow | undefined, code: string) => ({ unitKind: u?.kind ?? 'commune', unitName: u?.name ?? code });
