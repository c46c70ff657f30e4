/** Headline figures of the board: communes, criteria met in total, average per commune (17,9 style), communes by tier. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../api/types';
import { useFormat } from '../../lib/format';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}

export function BoardSummary({ summary }: { summary: Board['summary'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tier = (k: string) => fmt.number(summary.byTier[k] ?? 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" mb="md">
      <Stat label={t('board.communes')} value={fmt.number(summary.communes)} />
      <Stat label={t('board.average')} value={summary.averageMet === null ? '–' : fmt.number(summary.averageMet)} />
      <Stat label={t('board.totalMet')} value={fmt.number(summary.totalMet)} />
      <Stat label={t('tier.ntm')} value={tier('ntm')} />
      <Stat label={`${t('tier.advanced')} / ${t('tier.model')}`} value={`${tier('advanced')} / ${tier('model')}`} />
      <Stat label={t('tier.none')} value={tier('none')} />
      {summary.totalOutdated > 0 && <Stat label={t('dates.totalOutdated')} value={fmt.number(summary.totalOutdated)} />}
    </SimpleGrid>
  );
}
