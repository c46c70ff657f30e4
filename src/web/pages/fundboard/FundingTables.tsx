/**
 * The dashboard's tables: sources with totals (the tree indented), communes and criteria by money
 * spent, works late or over budget (to /cong-trinh/chi-tiet/:id), debt by commune (to /xa/:code).
 * Each table scrolls inside its box on a phone; the page does not.
 */
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateVi } from '../../../domain/text/vietnamese';
import type { FundingDashboard } from '../../api/fundboard';
import { DataTable } from '../../components/DataTable';
import { million, percent } from './fundboard-format';

type D = FundingDashboard;
interface Fig {
  planned: number;
  paid: number;
  rate: number | null;
}

function figureColumns<T extends Fig>(t: TFunction): ColumnDef<T, unknown>[] {
  return [
    { id: 'planned', header: t('fundboard.plannedM'), accessorFn: (r) => r.planned, cell: (c) => million(c.row.original.planned) },
    { id: 'paid', header: t('fundboard.paidM'), accessorFn: (r) => r.paid, cell: (c) => million(c.row.original.paid) },
    { id: 'rate', header: t('fundboard.rate'), accessorFn: (r) => r.rate ?? -1, cell: (c) => percent(c.row.original.rate, '—') },
  ];
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function FundingTables({ data }: { data: D }) {
  const { t } = useTranslation();
  const cols = useMemo(() => {
    const sources: ColumnDef<D['sources'][number], unknown>[] = [
      {
        id: 'name',
        header: t('fundboard.source'),
        accessorFn: (r) => r.name,
        enableSorting: false,
        cell: (c) => (
          <Text size="sm" pl={c.row.original.depth * 12} fw={c.row.original.leaf ? 400 : 700}>
            {c.row.original.name}
          </Text>
        ),
      },
      ...figureColumns<D['sources'][number]>(t),
    ];
    const communes: ColumnDef<D['communes']['rows'][number], unknown>[] = [
      {
        id: 'name',
        header: t('fundboard.commune'),
        accessorFn: (r) => r.name,
        cell: (c) => (
          <Anchor component={Link} to={`/xa/${encodeURIComponent(c.row.original.code)}`}>
            {c.row.original.name}
          </Anchor>
        ),
      },
      ...figureColumns<D['communes']['rows'][number]>(t),
    ];
    const criteria: ColumnDef<D['criteria'][number], unknown>[] = [
      {
        id: 'n',
        header: t('fundboard.criterion'),
        accessorFn: (r) => r.criterionNumber,
        cell: (c) => t('fundboard.criterionN', { n: c.row.original.criterionNumber }),
      },
      ...figureColumns<D['criteria'][number]>(t),
    ];
    const works: ColumnDef<D['works'][number], unknown>[] = [
      {
        id: 'name',
        header: t('fundboard.work'),
        accessorFn: (r) => r.name,
        cell: (c) => (
          <Anchor component={Link} to={`/cong-trinh/chi-tiet/${encodeURIComponent(c.row.original.id)}`}>
            {c.row.original.name}
          </Anchor>
        ),
      },
      {
        id: 'flags',
        header: t('fundboard.problem'),
        enableSorting: false,
        cell: (c) => (
          <Group gap={4}>
            {c.row.original.late && <Badge color="orange">{t('fundboard.late')}</Badge>}
            {c.row.original.overBudget && <Badge color="red">{t('fundboard.overBudget')}</Badge>}
          </Group>
        ),
      },
      {
        id: 'end',
        header: t('fundboard.plannedEnd'),
        accessorFn: (r) => r.plannedEnd ?? '',
        cell: (c) => (c.row.original.plannedEnd ? formatDateVi(c.row.original.plannedEnd) : '—'),
      },
      {
        id: 'approved',
        header: t('fundboard.approvedM'),
        accessorFn: (r) => r.approvedTotal ?? 0,
        cell: (c) => (c.row.original.approvedTotal === null ? '—' : million(c.row.original.approvedTotal)),
      },
      { id: 'accepted', header: t('fundboard.acceptedM'), accessorFn: (r) => r.accepted, cell: (c) => million(c.row.original.accepted) },
    ];
    const debt: ColumnDef<D['debtByCommune']['rows'][number], unknown>[] = [
      communes[0] as unknown as ColumnDef<D['debtByCommune']['rows'][number], unknown>,
      { id: 'debt', header: t('fundboard.debtM'), accessorFn: (r) => r.debt, cell: (c) => million(c.row.original.debt) },
      { id: 'works', header: t('fundboard.worksInDebt'), accessorFn: (r) => r.works },
    ];
    return { sources, communes, criteria, works, debt };
  }, [t]);
  return (
    <Stack gap="lg">
      <Section title={t('fundboard.bySource')}>
        <DataTable data={data.sources} columns={cols.sources} label={t('fundboard.bySource')} rowKey={(r) => r.code} stickyFirst />
      </Section>
      <Section title={t('fundboard.byCommune', { count: data.communes.count })}>
        <DataTable
          data={data.communes.rows}
          columns={cols.communes}
          label={t('fundboard.byCommune', { count: data.communes.count })}
          rowKey={(r) => r.code}
          stickyFirst
        />
        {data.communes.unassigned.planned > 0 && (
          <Text size="sm" c="dimmed">
            {t('fundboard.unassigned', {
              planned: million(data.communes.unassigned.planned),
              paid: million(data.communes.unassigned.paid),
            })}
          </Text>
        )}
      </Section>
      <Section title={t('fundboard.byCriterion')}>
        <DataTable
          data={data.criteria}
          columns={cols.criteria}
          label={t('fundboard.byCriterion')}
          rowKey={(r) => `${r.setCode}:${r.criterionNumber}`}
        />
      </Section>
      <Section title={t('fundboard.flaggedWorks')}>
        <DataTable
          data={data.works}
          columns={cols.works}
          label={t('fundboard.flaggedWorks')}
          rowKey={(r) => r.id}
          stickyFirst
          empty={t('fundboard.noFlagged')}
        />
      </Section>
      <Section title={t('fundboard.debtByCommune')}>
        <DataTable
          data={data.debtByCommune.rows}
          columns={cols.debt}
          label={t('fundboard.debtByCommune')}
          rowKey={(r) => r.code}
          stickyFirst
          empty={t('fundboard.noDebt')}
        />
      </Section>
    </Stack>
  );
}
