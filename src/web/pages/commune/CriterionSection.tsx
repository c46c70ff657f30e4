/** One criterion of a commune as an accordion item: status (and "bị trả lại" when a value was returned), indicators met, then each indicator. */
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CriterionEvaluation, Evidence, StoredValue } from '../../api/types';
import { CriterionBadge } from '../../components/StatusBadge';
import { IndicatorCard } from './IndicatorCard';

interface Props {
  criterion: CriterionEvaluation;
  recorded: Map<string, StoredValue>;
  evidence: Map<string, Evidence[]> | undefined;
  unitCode: string;
  setCode: string;
  asOf: string;
}

export function CriterionSection({ criterion, recorded, evidence, unitCode, setCode, asOf }: Props) {
  const { t } = useTranslation();
  const met = criterion.indicators.filter((i) => i.status === 'met' || i.status === 'not_applicable').length;
  return (
    <Accordion.Item value={String(criterion.number)} id={`tc-${criterion.number}`}>
      <Accordion.Control>
        <Group justify="space-between" wrap="wrap" gap="xs" pr="xs">
          <Text fw={600}>
            {criterion.number}. {criterion.name}
          </Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('commune.indicatorsMet', { met, total: criterion.indicators.length })}
            </Text>
            <CriterionBadge status={criterion.status} valueDate={criterion.valueDate} />
            {criterion.returned && (
              <Badge color="red" variant="light" tt="none">
                ↩ {t('trust.returned')}
              </Badge>
            )}
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          {criterion.indicators.map((ind) => (
            <IndicatorCard
              key={ind.code}
              ind={ind}
              recorded={recorded.get(ind.code)}
              evidence={evidence ? (evidence.get(ind.code) ?? []) : undefined}
              unitCode={unitCode}
              setCode={setCode}
              asOf={asOf}
            />
          ))}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
