/** Columns of the criterion view: commune (link), the criterion's status, then each indicator's value and result. */
import { Anchor } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { compareVi } from '../../../domain/text/vietnamese';
import type { CriterionBoard } from '../../api/types';
import { CriterionBadge } from '../../components/StatusBadge';
import { INDICATOR_SYMBOL } from '../../components/status';
import type { useFormat } from '../../lib/format';

export type CriterionRow = CriterionBoard['rows'][number];

export function criterionColumns(
  criterionNumber: number,
  indicators: CriterionBoard['criterion']['indicators'],
  asOf: string,
  t: TFunction,
  fmt: ReturnType<typeof useFormat>,
): ColumnDef<CriterionRow, unknown>[] {
  return [
    {
      id: 'name',
      header: t('board.commune'),
      accessorFn: (r) => r.name,
      sortingFn: (a, b) => compareVi(a.original.name, b.original.name),
      cell: ({ row }) => (
        <Anchor component={Link} to={`/xa/${row.original.unitCode}?ngay=${asOf}#tc-${criterionNumber}`}>
          {row.original.name}
        </Anchor>
      ),
    },
    {
      id: 'status',
      header: t('criterion.result'),
      accessorFn: (r) => r.status,
      cell: ({ row }) => <CriterionBadge status={row.original.status} valueDate={row.original.valueDate} />,
    },
    ...indicators.map(
      (ind): ColumnDef<CriterionRow, unknown> => ({
        id: `i${ind.code}`,
        header: () => <span title={ind.name}>{ind.code}</span>,
        enableSorting: false,
        cell: ({ row }) => {
          const r = row.original.indicators.find((i) => i.code === ind.code);
          if (!r) return '–';
          const label = t(`status.indicator.${r.status}`);
          // An old value says its date beside it: it is of an earlier year than the page's.
          const old = r.stale && r.valueDate ? t('dates.valueDate', { date: fmt.date(r.valueDate) }) : null;
          return (
            <span className={`ind-${r.status} nowrap`} title={`${ind.code} ${ind.name}: ${label}${old ? ` — ${old}` : ''}`}>
              <span aria-hidden>{INDICATOR_SYMBOL[r.status]} </span>
              {fmt.value(r.value, ind.unit)}
              <span className="visually-hidden"> ({label})</span>
              {old && <span className="ind-old-date"> ({fmt.date(r.valueDate as string)})</span>}
            </span>
          );
        },
      }),
    ),
  ];
}
