/** One indicator of a commune: value and unit, requirement applied and why, result, who entered/verified, evidence, history. */
import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Evidence, IndicatorEvaluation, StoredValue } from '../../api/types';
import { IndicatorBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/format';
import { EvidenceLinks } from './EvidenceLinks';
import { RecordedInfo } from './RecordedInfo';
import { ThresholdExplain } from './ThresholdExplain';
import { ValueHistory } from './ValueHistory';

interface Props {
  ind: IndicatorEvaluation;
  recorded: StoredValue | undefined;
  evidence: Evidence[] | undefined;
  unitCode: string;
  setCode: string;
  asOf: string;
}

/** The date the value stands for, beside it; a value of an earlier year than the page's is marked old. */
function ValueDate({ valueDate, stale }: { valueDate: string | null; stale: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!valueDate) return null;
  return (
    <Group gap={6} wrap="wrap" data-testid="value-date">
      <Text size="xs" c={stale ? 'orange.9' : 'dimmed'}>
        {t('dates.valueDate', { date: fmt.date(valueDate) })}
      </Text>
      {stale && (
        <Badge color="yellow" variant="light" size="xs" tt="none">
          {t('dates.oldValue', { year: valueDate.slice(0, 4) })}
        </Badge>
      )}
    </Group>
  );
}

function Label({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {children}
    </Text>
  );
}

export function IndicatorCard({ ind, recorded, evidence, unitCode, setCode, asOf }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value = ind.value ?? recorded?.value ?? null;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={`ind-${ind.code}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" id={`ind-${ind.code}`}>
          {t('commune.indicatorN', { code: ind.code })} — {ind.name}
        </Text>
        {ind.returned ? (
          <Badge color="red" variant="light" tt="none">
            ↩ {t('trust.returned')}
          </Badge>
        ) : (
          <IndicatorBadge status={ind.status} />
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="xs">
        <div>
          <Label>{t('commune.value')}</Label>
          <Text size="sm">{fmt.value(value, ind.unit)}</Text>
          <ValueDate valueDate={ind.valueDate ?? recorded?.asOf ?? null} stale={ind.stale} />
        </div>
        <div>
          <Label>{t('commune.requirement')}</Label>
          <ThresholdExplain ind={ind} />
        </div>
        <div>
          <Label>{t('commune.enteredVerified')}</Label>
          <RecordedInfo recorded={recorded} asOf={asOf} />
        </div>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        <div>
          <Label>{t('evidence.title')}</Label>
          <EvidenceLinks items={evidence} />
        </div>
        <ValueHistory unitCode={unitCode} indicator={ind.code} setCode={setCode} unit={ind.unit} />
      </SimpleGrid>
    </Paper>
  );
}
