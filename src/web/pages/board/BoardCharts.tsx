/**
 * Charts of the board (lazy chunk): criteria met per commune, and how many communes meet each
 * number of criteria. They show the rows the filters leave; the heat map has the same figures.
 */
import { SimpleGrid, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../api/types';
import { EChart } from '../../components/EChart';
import { useFormat } from '../../lib/format';

interface Props {
  /** In Vietnamese name order. */
  rows: readonly BoardRow[];
  criteriaCount: number;
}

const ZOOM_AFTER = 40;

export default function BoardCharts({ rows, criteriaCount }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const perCommune = useMemo(() => {
    // stable: communes with the same count stay in name order
    const sorted = [...rows].sort((a, b) => b.metCount - a.metCount);
    const many = sorted.length > ZOOM_AFTER;
    return {
      grid: { left: 8, right: 16, top: 32, bottom: many ? 56 : 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: sorted.map((r) => r.name),
        axisLabel: { rotate: 45, interval: many ? Math.ceil(sorted.length / ZOOM_AFTER) - 1 : 0 },
      },
      yAxis: {
        type: 'value',
        max: criteriaCount,
        interval: 5,
        name: t('charts.criteriaMet'),
        nameTextStyle: { align: 'left' },
        axisLabel: { formatter: (v: number) => fmt.number(v) },
      },
      dataZoom: many ? [{ type: 'slider', end: (ZOOM_AFTER / sorted.length) * 100 }, { type: 'inside' }] : [],
      series: [
        {
          type: 'bar',
          name: t('charts.criteriaMet'),
          data: sorted.map((r) => ({ value: r.metCount, itemStyle: { color: r.metCount === criteriaCount ? '#087f5b' : '#74c0fc' } })),
        },
      ],
    };
  }, [rows, criteriaCount, t, fmt]);
  const distribution = useMemo(() => {
    const counts = new Array<number>(criteriaCount + 1).fill(0);
    for (const r of rows) counts[r.metCount] = (counts[r.metCount] ?? 0) + 1;
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 28, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: counts.map((_, i) => String(i)),
        name: t('charts.criteriaMet'),
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        name: t('charts.communes'),
        nameTextStyle: { align: 'left' },
        axisLabel: { formatter: (v: number) => fmt.number(v) },
      },
      series: [{ type: 'bar', name: t('charts.communes'), data: counts, itemStyle: { color: '#0ca678' } }],
    };
  }, [rows, criteriaCount, t, fmt]);
  // the language is part of the options (axis names), so a switch redraws
  const key = i18n.language;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
      <section aria-labelledby="chart-per-commune">
        <Title order={2} size="h5" id="chart-per-commune" mb="xs">
          {t('charts.perCommune')}
        </Title>
        <EChart key={`a-${key}`} option={perCommune} height={300} label={t('charts.perCommuneLabel', { n: rows.length })} />
      </section>
      <section aria-labelledby="chart-distribution">
        <Title order={2} size="h5" id="chart-distribution" mb="xs">
          {t('charts.distribution')}
        </Title>
        <EChart key={`b-${key}`} option={distribution} height={300} label={t('charts.distributionLabel')} />
      </section>
    </SimpleGrid>
  );
}
