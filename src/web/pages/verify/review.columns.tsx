/** Columns of the verification queue: commune, indicator, value (with the commune's note), who entered it and when, state, actions. */
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { compareVi } from '../../../domain/text/vietnamese';
import type { Indicator, ReviewItem } from '../../api/types';
import type { useFormat } from '../../lib/format';

type Act = (item: ReviewItem, action: 'verify' | 'return') => void;
const COLOR = { self_assessed: 'lime', verified: 'teal', returned: 'red' } as const;

export function reviewColumns(
  indicators: Map<string, Indicator>,
  t: TFunction,
  fmt: ReturnType<typeof useFormat>,
  act: Act,
  canAct: (item: ReviewItem) => boolean,
): ColumnDef<ReviewItem, unknown>[] {
  return [
    {
      id: 'commune',
      header: t('board.commune'),
      accessorFn: (r) => r.unitName,
      sortingFn: (a, b) => compareVi(a.original.unitName, b.original.unitName),
      cell: ({ row }) => (
        <Anchor component={Link} to={`/xa/${row.original.unitCode}?ngay=${row.original.asOf}#tc-${row.original.criterionNumber}`}>
          {row.original.unitName}
        </Anchor>
      ),
    },
    {
      id: 'indicator',
      header: t('review.indicator'),
      accessorFn: (r) => r.indicatorCode,
      sortingFn: (a, b) => compareVi(a.original.indicatorCode, b.original.indicatorCode),
      cell: ({ row }) => `${row.original.indicatorCode} ${indicators.get(row.original.indicatorCode)?.name ?? ''}`,
    },
    {
      id: 'value',
      header: t('commune.value'),
      enableSorting: false,
      cell: ({ row }) => (
        <>
          {fmt.value(row.original.value, indicators.get(row.original.indicatorCode)?.unit)}
          {row.original.note && (
            <Text size="xs" c="dimmed">
              {t('trust.note', { note: row.original.note })}
            </Text>
          )}
        </>
      ),
    },
    { id: 'asOf', header: t('asOf.label'), accessorFn: (r) => r.asOf, cell: ({ row }) => fmt.date(row.original.asOf) },
    {
      id: 'entered',
      header: t('review.entered'),
      accessorFn: (r) => r.enteredAt,
      cell: ({ row }) => `${row.original.enteredByName}, ${fmt.dateTime(row.original.enteredAt)}`,
    },
    {
      id: 'state',
      header: t('review.state'),
      accessorFn: (r) => r.verification,
      cell: ({ row }) => (
        <Badge color={COLOR[row.original.verification]} variant="light" tt="none">
          {t(`verification.${row.original.verification}`)}
        </Badge>
      ),
    },
    {
      id: 'actions',
      header: t('review.actions'),
      enableSorting: false,
      cell: ({ row }) =>
        canAct(row.original) ? (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-sm" color="teal" onClick={() => act(row.original, 'verify')}>
              {t('review.verify')}
            </Button>
            <Button size="compact-sm" variant="light" color="red" onClick={() => act(row.original, 'return')}>
              {t('review.return')}
            </Button>
          </Group>
        ) : null,
    },
  ];
}
