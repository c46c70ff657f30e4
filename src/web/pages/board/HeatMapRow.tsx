/**
 * One commune row of the heat map. The commune link and each criterion cell (a button) are reachable
 * by keyboard (one tab stop, arrow keys between them) and say in words what colour and symbol show;
 * Enter or a click opens the commune at that criterion.
 */
import type { KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { BoardRow } from '../../api/types';
import { TierBadge } from '../../components/StatusBadge';
import { CELL_SYMBOL, type CellState, cellState } from '../../components/status';
import { TitleBadges } from '../../components/TitleBadge';
import { withAsOf } from '../../lib/as-of';

/** Words for the cells, computed once per render of the table rather than once per cell. */
export interface CellWords {
  criterion: string[];
  state: Record<CellState, string>;
  /** An outdated cell's words, with the date of the values it still has and what they gave (when known). */
  outdated: (date: string, lastKnown?: string | null) => string;
}

interface Props {
  row: BoardRow;
  index: number;
  criteria: { number: number; name: string }[];
  words: CellWords;
  asOf: string;
  tabIndexOf: (r: number, c: number) => number;
  onFocusCell: (c: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

export function HeatMapRow({ row, index, criteria, words, asOf, tabIndexOf, onFocusCell, onKeyDown }: Props) {
  const navigate = useNavigate();
  const communePath = withAsOf(`/xa/${row.unitCode}`, asOf);
  const open = (criterion: number) => void navigate(`${communePath}#tc-${criterion}`);
  return (
    <tr aria-rowindex={index + 3}>
      <th scope="row" className="hm-name">
        <Link
          to={communePath}
          data-cell={`${index}:0`}
          tabIndex={tabIndexOf(index, 0)}
          onFocus={() => onFocusCell(0)}
          onKeyDown={onKeyDown}
        >
          {row.name}
        </Link>
      </th>
      {criteria.map((c, i) => {
        const state = cellState(row.criteria[i] ?? 'incomplete', row.selfAssessed?.[i], row.returned?.[i]);
        const date = row.valueDates?.[i];
        const said = state === 'outdated' && date ? words.outdated(date, row.lastKnown?.[i]) : words.state[state];
        const label = `${row.name} — ${words.criterion[i]}: ${said}`;
        return (
          <td key={c.number} className={`hm-cell hm-${state}`}>
            <button
              type="button"
              data-cell={`${index}:${i + 1}`}
              tabIndex={tabIndexOf(index, i + 1)}
              aria-label={label}
              title={label}
              onFocus={() => onFocusCell(i + 1)}
              onKeyDown={onKeyDown}
              onClick={() => open(c.number)}
            >
              <span aria-hidden>{CELL_SYMBOL[state]}</span>
            </button>
          </td>
        );
      })}
      <td className="hm-num">{row.metCount}</td>
      <td className="hm-tier">
        <TierBadge tier={row.tier} />
      </td>
      <td className="hm-title">
        <TitleBadges titles={row.titles} compact />
      </td>
    </tr>
  );
}
