/** The consistency findings, errors first: each a plain sentence with its numbers, computed by the server. */
import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanFinding } from '../../api/plans';
import { useFormat } from '../../lib/format';
import { severityColor } from './plan-labels';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function FindingsPanel({
  findings,
  baselineDate,
  refreshing,
}: {
  findings: PlanFinding[];
  baselineDate: string;
  refreshing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <Card withBorder padding="sm" aria-live="polite" data-testid="findings">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('plans.findings.title')}
        </Title>
        {refreshing && <Loader size="xs" />}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('plans.findings.baseline', { date: fmt.date(baselineDate) })}
      </Text>
      {sorted.length === 0 && <Text size="sm">{t('plans.findings.none')}</Text>}
      <Stack gap="xs">
        {sorted.map((f, i) => (
          <div key={`${f.code}-${f.path ?? i}`} data-finding={f.code}>
            <Badge color={severityColor[f.severity]} variant="light" size="sm">
              {t(`plans.findings.severity.${f.severity}`)}
            </Badge>
            <Text size="sm" mt={2}>
              {i18n.language === 'en' ? f.messageEn : f.message}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
