/** Colours of plan statuses, target states and finding severities, and the plan's default day, shared by the plan pages. */

import { vietnamDay } from '../../../domain/text/vietnamese';
import type { PlanStatus } from '../../api/plans';

export const statusColor: Record<PlanStatus, string> = { draft: 'gray', submitted: 'blue', approved: 'teal', superseded: 'dark' };
export const stateColor: Record<string, string> = { done: 'teal', on_track: 'blue', at_risk: 'orange', missed: 'red' };
export const severityColor: Record<string, string> = { error: 'red', warning: 'orange', info: 'teal' };
export const taskStatusColor: Record<string, string> = { not_started: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'dark' };

/** Today while the plan's year runs; its last day once the year is over (the year-end result). */
export function planAsOf(year: number): string {
  const today = vietnamDay(new Date().toISOString());
  return today < `${year}-12-31` ? today : `${year}-12-31`;
}
