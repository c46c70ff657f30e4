/** One indicator in the entry form: its name, requirement, the input, the live result and its evidence. */
import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '../../../domain/evaluation/evaluation.types';
import type { Evidence, Indicator, StoredValue } from '../../api/types';
import { IndicatorBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/format';
import { RecordedInfo } from '../commune/RecordedInfo';
import { ThresholdExplain } from '../commune/ThresholdExplain';
import { EvidenceUpload } from './EvidenceUpload';
import { IndicatorInput } from './IndicatorInput';
import type { Edit } from './use-entry';

interface Props {
  ind: Indicator;
  result: IndicatorResult | undefined;
  recorded: StoredValue | undefined;
  edit: Edit | undefined;
  onEdit: (edit: Edit | null) => void;
  evidence: Evidence[] | undefined;
  unitCode: string;
  setCode: string;
  asOf: string;
}

export function IndicatorEntryCard({ ind, result, recorded, edit, onEdit, evidence, unitCode, setCode, asOf }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labelId = `entry-label-${ind.code}`;
  const current = recorded?.value ?? null;
  const dirty = !!edit && (edit.error !== null || edit.value !== current || recorded?.verification === 'returned');
  return (
    <Paper withBorder p="sm" className={dirty ? 'entry-dirty' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" id={labelId}>
          {t('commune.indicatorN', { code: ind.code })} — {ind.name}
          {ind.unit ? ` (${ind.unit})` : ''}
        </Text>
        {recorded?.verification === 'returned' && !dirty ? (
          <Badge color="red" variant="light" tt="none">
            ↩ {t('trust.returned')}
          </Badge>
        ) : (
          result && <IndicatorBadge status={result.status} />
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="xs">
        <div>
          <IndicatorInput ind={ind} current={current} edit={edit} onChange={onEdit} labelId={labelId} />
          {dirty && (
            <Group gap="xs" mt={4}>
              <Text size="xs" c="dimmed">
                {t('entry.was', { value: fmt.value(current, ind.unit) })}
              </Text>
              <button type="button" className="link-button" onClick={() => onEdit(null)}>
                {t('entry.undo')}
              </button>
            </Group>
          )}
        </div>
        <div>
          {result && (
            <ThresholdExplain
              ind={{ ...result, name: ind.name, unit: ind.unit, criterionNumber: result.criterionNumber, kind: ind.kind }}
            />
          )}
          <RecordedInfo recorded={recorded} asOf={asOf} />
        </div>
      </SimpleGrid>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="xs">
        {t('evidence.title')}
      </Text>
      <EvidenceUpload unitCode={unitCode} setCode={setCode} asOf={asOf} indicator={ind.code} items={evidence} />
    </Paper>
  );
}
