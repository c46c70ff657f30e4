/**
 * Charts of the funding dashboard (lazy chunk): plan against paid per source (leaves of the catalogue's
 * tree), and paid per month with the cumulative rate. The same figures are in the tables below.
 */
import { SimpleGrid, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingDashboard } from '../../api/fundboard';
import { EChart } from '../../components/EChart';
import { million } from './fundboard-format';

const M = 1_000_000;

export default function FundingCharts({ data }: { data: FundingDashboard }) {
  const { t } = useTranslation();
  const sources = useMemo(() => {
    const rows = data.sources.filter((s) => s.leaf && (s.planned > 0 || s.paid > 0));
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => million(v * M) },
      legend: { top: 0 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => million(v * M) } },
      yAxis: { type: 'category', data: rows.map((s) => s.name), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: t('fundboard.planned'), data: rows.map((s) => s.planned / M), itemStyle: { color: '#74c0fc' } },
        { type: 'bar', name: t('fundboard.paid'), data: rows.map((s) => s.paid / M), itemStyle: { color: '#087f5b' } },
      ],
    };
  }, [data, t]);
  const months = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: data.months.map((m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => million(v * M) } },
        { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      ],
      series: [
        { type: 'bar', name: t('fundboard.paidInMonth'), data: data.months.map((m) => m.paid / M), itemStyle: { color: '#087f5b' } },
        {
          type: 'line',
          name: t('fundboard.cumulativeRate'),
          yAxisIndex: 1,
          data: data.months.map((m) => (m.rate === null ? null : Math.round(m.rate * 1000) / 10)),
        },
      ],
    }),
    [data, t],
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <div>
        <Title order={2} size="h4">
          {t('fundboard.chartSources')}
        </Title>
        <EChart option={sources} height={320} label={t('fundboard.chartSources')} />
      </div>
      <div>
        <Title order={2} size="h4">
          {t('fundboard.chartMonths')}
        </Title>
        <EChart option={months} height={320} label={t('fundboard.chartMonths')} />
      </div>
    </SimpleGrid>
  );
}
