/**
 * Headline figures of the board: communes, criteria met in total, average per commune (17,9 style), communes by
 * tier — the tiers the board's sets declare (NTM, nâng cao, kiểu mẫu under QĐ 318; NTM, hiện đại under QĐ 51).
 */
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

export function BoardSummary({ summary, tiers }: { summary: Board['summary']; tiers: Board['tiers'] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const tier = (k: string) => fmt.number(summary.byTier[k] ?? 0);
  const label = (k: { code: string; name: string }) => (i18n.exists(`tier.${k.code}`) ? t(`tier.${k.code}`) : k.name);
  const [base, ...higher] = tiers;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" mb="md">
      <Stat label={t('board.communes')} value={fmt.number(summary.communes)} />
      <Stat label={t('board.average')} value={summary.averageMet === null ? '–' : fmt.number(summary.averageMet)} />
      <Stat label={t('board.totalMet')} value={fmt.number(summary.totalMet)} />
      {base && <Stat label={label(base)} value={tier(base.code)} />}
      {higher.length > 0 && <Stat label={higher.map(label).join(' / ')} value={higher.map((h) => tier(h.code)).join(' / ')} />}
      <Stat label={t('tier.none')} value={tier('none')} />
      <Stat label={t('recognition.summary.recognised')} value={fmt.number(summary.titles.recognised)} />
      {summary.titles.atRisk + summary.titles.revoke > 0 && (
        <Stat
          label={t('recognition.summary.atRisk')}
          value={`${fmt.number(summary.titles.atRisk)} / ${fmt.number(summary.titles.revoke)}`}
        />
      )}
      {summary.totalOutdated > 0 && <Stat label={t('dates.totalOutdated')} value={fmt.number(summary.totalOutdated)} />}
    </SimpleGrid>
  );
}
