/** Columns of the criterion view: commune (link), the criterion's status, then each indicator's value and result. */
import { Anchor } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { compareVi } from '../../../domain/text/vietnamese';
import type { CriterionEvaluation, Indicator } from '../../api/types';
import { CriterionBadge } from '../../components/StatusBadge';
import { INDICATOR_SYMBOL } from '../../components/status';
import type { useFormat } from '../../lib/format';

export interface CriterionRow {
  unitCode: string;
  name: string;
  criterion: CriterionEvaluation | undefined;
  loading: boolean;
}

export function criterionColumns(
  indicators: Indicator[],
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
        <Anchor component={Link} to={`/xa/${row.original.unitCode}?ngay=${asOf}#tc-${row.original.criterion?.number ?? ''}`}>
          {row.original.name}
        </Anchor>
      ),
    },
    {
      id: 'status',
      header: t('criterion.result'),
      accessorFn: (r) => r.criterion?.status ?? '',
      cell: ({ row }) =>
        row.original.criterion ? <CriterionBadge status={row.original.criterion.status} /> : row.original.loading ? '…' : '–',
    },
    ...indicators.map(
      (ind): ColumnDef<CriterionRow, unknown> => ({
        id: `i${ind.code}`,
        header: () => <span title={ind.name}>{ind.code}</span>,
        enableSorting: false,
        cell: ({ row }) => {
          const r = row.original.criterion?.indicators.find((i) => i.code === ind.code);
          if (!r) return '–';
          const label = t(`status.indicator.${r.status}`);
          return (
            <span className={`ind-${r.status} nowrap`} title={`${ind.code} ${ind.name}: ${label}`}>
              <span aria-hidden>{INDICATOR_SYMBOL[r.status]} </span>
              {fmt.value(r.value, ind.unit)}
              <span className="visually-hidden"> ({label})</span>
            </span>
          );
        },
      }),
    ),
  ];
}
