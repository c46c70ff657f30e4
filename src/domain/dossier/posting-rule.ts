/**
 * The public posting rule of QĐ 18 Điều 5: the report is announced at least N times within a period of
 * D days (both data: 5 and 15, confirmed). The period's last day is the start + D − 1; the step may be
 * left from the day after it, and only with enough announcements dated inside it.
 */
import { addDays } from './dates.js';
import type { PostingRule } from './procedure.schema.js';

export interface PostingStatus {
  startedOn: string | null;
  /** Last day of the period (start + periodDays − 1); null before the posting starts. */
  endsOn: string | null;
  /** Announcements dated within the period. */
  count: number;
  /** Announcements logged outside the period (before the start or after its end). */
  outside: number;
  minAnnouncements: number;
  periodDays: number;
  /** Enough announcements within the period. */
  enough: boolean;
  /** On `onDate`, the period is over (onDate is after its last day). */
  over: boolean;
  met: boolean;
}

export function postingStatus(
  rule: PostingRule,
  startedOn: string | null,
  announcements: readonly { on: string }[],
  onDate: string,
): PostingStatus {
  const endsOn = startedOn ? addDays(startedOn, rule.periodDays - 1) : null;
  const inside = startedOn && endsOn ? announcements.filter((a) => a.on >= startedOn && a.on <= endsOn).length : 0;
  const enough = inside >= rule.minAnnouncements;
  const over = endsOn !== null && onDate > endsOn;
  return {
    startedOn,
    endsOn,
    count: inside,
    outside: announcements.length - inside,
    minAnnouncements: rule.minAnnouncements,
    periodDays: rule.periodDays,
    enough,
    over,
    met: enough && over,
  };
}
