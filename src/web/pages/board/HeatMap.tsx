/**
 * The communes × criteria heat map: TanStack Table for the columns and sort state (given only the
 * rows in view), row windowing for thousands of communes, sticky header and first column, arrow keys.
 */
import { getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../api/types';
import { useFormat } from '../../lib/format';
import { sortRows } from './board-sort';
import { HeatMapHead } from './HeatMapHead';
import './heat-map.css';
import { type CellWords, HeatMapRow } from './HeatMapRow';
import { heatMapColumns } from './heat-map.columns';
import { useGridKeys } from './use-grid-keys';
import { useRowWindow } from './use-row-window';

export const ROW_HEIGHT = 34;

interface Props {
  /** In Vietnamese name order. */
  rows: readonly BoardRow[];
  criteria: { number: number; name: string }[];
  unitCode: string | undefined;
  asOf: string;
  setCode: string;
}

export function HeatMap({ rows, criteria, unitCode, asOf, setCode }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columns = useMemo(() => heatMapColumns(criteria), [criteria]);
  // until the server says which values are verified, "met" is not claimed to be verified
  const knowsVerification = rows.some((r) => r.selfAssessed !== undefined);
  const words = useMemo<CellWords>(
    () => ({
      criterion: criteria.map((c) => `${t('board.criterionN', { n: c.number })} ${c.name}`),
      state: {
        met: knowsVerification ? t('cell.met') : t('status.criterion.met'),
        self: t('cell.self'),
        not_met: t('cell.not_met'),
        incomplete: t('cell.incomplete'),
        returned: t('trust.cellReturned'),
        outdated: t('dates.outdated'),
      },
      outdated: (date: string, lastKnown?: string | null) => {
        const said = t('dates.cellOutdated', { date: fmt.date(date), year: asOf.slice(0, 4) });
        return lastKnown ? t('dates.cellOutdatedGave', { said, result: t(`status.criterion.${lastKnown}`) }) : said;
      },
    }),
    [criteria, t, knowsVerification, fmt, asOf],
  );
  const sorted = useMemo(() => sortRows(rows, sorting), [rows, sorting]);
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const headerHeight = useCallback(() => head.current?.offsetHeight ?? 64, []);
  const win = useRowWindow(scroller, headerHeight, sorted.length, ROW_HEIGHT);
  const visible = useMemo(() => sorted.slice(win.start, win.end), [sorted, win.start, win.end]);
  const table = useReactTable({
    data: visible as BoardRow[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getRowId: (r) => r.unitCode,
    getCoreRowModel: getCoreRowModel(),
  });
  // a new filter or order starts at the top
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the row list changes
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [sorted]);
  // the commune link and the set's criterion buttons take part in arrow-key navigation
  const grid = useGridKeys(scroller, sorted.length, criteria.length + 1, win.scrollToRow);

  if (rows.length === 0) return <p className="hm-empty">{t('board.noRows')}</p>;

  return (
    <div ref={scroller} className="hm-scroller" style={{ maxHeight: `min(70vh, ${sorted.length * ROW_HEIGHT + 80}px)` }}>
      <table
        className="hm-table"
        aria-label={t('sets.heatMapLabel', { count: criteria.length })}
        aria-rowcount={sorted.length + 2}
        aria-colcount={criteria.length + 4}
      >
        <HeatMapHead ref={head} table={table} criteria={criteria} rows={rows} unitCode={unitCode} asOf={asOf} setCode={setCode} />
        <tbody>
          {win.padTop > 0 && <tr aria-hidden style={{ height: win.padTop }} />}
          {table.getRowModel().rows.map((row, i) => {
            const r = win.start + i;
            return (
              <HeatMapRow
                key={row.id}
                row={row.original}
                index={r}
                criteria={criteria}
                words={words}
                asOf={asOf}
                tabIndexOf={grid.tabIndexOf}
                onFocusCell={(c) => grid.setActive({ r, c })}
                onKeyDown={grid.onKeyDown}
              />
            );
          })}
          {win.padBottom > 0 && <tr aria-hidden style={{ height: win.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
