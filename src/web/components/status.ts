/**
 * How each state looks: colour AND a symbol, so the heat map reads without colour. Four board
 * states (met and verified / met on self-assessment only / not met / incomplete), plus indicator statuses.
 */
import type { DatedCriterionStatus } from '../../domain/freshness/value-age';
import type { IndicatorStatus } from '../api/types';

/** "outdated": every value of the criterion is from before the board's year (chưa cập nhật). */
export type CellState = 'met' | 'self' | 'not_met' | 'incomplete' | 'returned' | 'outdated';
export const CELL_STATES: CellState[] = ['met', 'self', 'not_met', 'incomplete', 'returned', 'outdated'];

/** A criterion incomplete because a value was returned shows as returned ("bị trả lại"), never as met. */
export const cellState = (status: DatedCriterionStatus, selfAssessed: boolean | undefined, returned?: boolean): CellState =>
  status === 'met' ? (selfAssessed ? 'self' : 'met') : status === 'incomplete' && returned ? 'returned' : status;

export const CELL_SYMBOL: Record<CellState, string> = { met: '✓', self: '◐', not_met: '✗', incomplete: '?', returned: '↩', outdated: '◷' };

export const INDICATOR_COLOR: Record<IndicatorStatus, string> = {
  met: 'teal',
  not_met: 'red',
  not_applicable: 'gray',
  missing: 'orange',
  threshold_unknown: 'yellow',
};

export const INDICATOR_SYMBOL: Record<IndicatorStatus, string> = {
  met: '✓',
  not_met: '✗',
  not_applicable: '–',
  missing: '?',
  threshold_unknown: '?',
};

export const CRITERION_COLOR: Record<DatedCriterionStatus, string> = {
  met: 'teal',
  not_met: 'red',
  incomplete: 'gray',
  outdated: 'yellow',
};
