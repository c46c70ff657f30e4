/**
 * Header of the heat map: sortable commune / count / tier columns, one link per criterion to the
 * criterion view, and a second row with how many communes meet each criterion (and the average).
 */
import type { Table } from '@tanstack/react-table';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardRow } from '../../api/types';
import { withAsOf, withSet } from '../../lib/as-of';
import { useFormat } from '../../lib/format';
import { average, metPerCriterion } from './board-filter';

interface Props {
  ref: Ref<HTMLTableSectionElement>;
  table: Table<BoardRow>;
  criteria: { number: number; name: string }[];
  rows: readonly BoardRow[];
  unitCode: string | undefined;
  asOf: string;
  /** The board's set: the criterion page shows that set's criterion of this number. */
  setCode: string;
}

function SortButton({ table, id, label }: { table: Table<BoardRow>; id: string; label: string }) {
  const { t } = useTranslation();
  const column = table.getColumn(id);
  const dir = column?.getIsSorted();
  return (
    <button
      type="button"
      className="sort-button"
      onClick={column?.getToggleSortingHandler()}
      aria-label={`${label}, ${t(dir === 'asc' ? 'table.sortedAsc' : dir === 'desc' ? 'table.sortedDesc' : 'table.sortable')}`}
    >
      {label}
      <span aria-hidden>{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ' ↕'}</span>
    </button>
  );
}

export function HeatMapHead({ ref, table, criteria, rows, unitCode, asOf, setCode }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const perCriterion = metPerCriterion(rows, criteria.length);
  const avg = average(rows);
  const sortOf = (id: string) => {
    const d = table.getColumn(id)?.getIsSorted();
    return d === 'asc' ? 'ascending' : d === 'desc' ? 'descending' : 'none';
  };
  return (
    <thead ref={ref}>
      <tr aria-rowindex={1}>
        <th className="hm-name" scope="col" aria-sort={sortOf('name')}>
          <SortButton table={table} id="name" label={t('board.commune')} />
        </th>
        {criteria.map((c) => (
          <th key={c.number} scope="col" className="hm-crit" title={`${t('board.criterionN', { n: c.number })}: ${c.name}`}>
            {unitCode ? (
              <Link
                to={withSet(withAsOf(`/bang-tong-hop/${unitCode}/tieu-chi/${c.number}`, asOf), setCode)}
                aria-label={t('board.openCriterion', { n: c.number, name: c.name })}
              >
                {c.number}
              </Link>
            ) : (
              c.number
            )}
          </th>
        ))}
        <th scope="col" className="hm-num" aria-sort={sortOf('metCount')}>
          <SortButton table={table} id="metCount" label={t('board.metCount')} />
        </th>
        <th scope="col" className="hm-tier" aria-sort={sortOf('tier')}>
          <SortButton table={table} id="tier" label={t('board.tierColumn')} />
        </th>
        <th scope="col" className="hm-title">
          {t('recognition.column')}
        </th>
      </tr>
      <tr aria-rowindex={2} className="hm-totals">
        <th scope="row" className="hm-name">
          {t('board.communesMet')}
        </th>
        {perCriterion.map((n, i) => (
          <td key={criteria[i]?.number ?? i} title={t('board.communesMetOf', { n, total: rows.length })}>
            {fmt.number(n)}
          </td>
        ))}
        <td className="hm-num" title={t('board.averageShown')}>
          {avg === null ? '–' : fmt.number(avg, 1)}
        </td>
        <td />
        <td />
      </tr>
    </thead>
  );
}
