/** Colours of plan statuses, target states and finding severities, shared by the plan pages. */
import type { PlanStatus } from '../../api/plans';

export const statusColor: Record<PlanStatus, string> = { draft: 'gray', submitted: 'blue', approved: 'teal', superseded: 'dark' };
export const stateColor: Record<string, string> = { done: 'teal', on_track: 'blue', at_risk: 'orange', missed: 'red' };
export const severityColor: Record<string, string> = { error: 'red', warning: 'orange', info: 'teal' };
export const taskStatusColor: Record<string, string> = { not_started: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'dark' };
