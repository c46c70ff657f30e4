/**
 * The legal bases of a new plan, chosen from the catalogue: each with its number, date, issuer and
 * whether it is standing (a phase) or belongs to one year; those that do not serve the year cannot be ticked.
 */
import { Badge, Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalBasisChoice } from '../../api/plans-new';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFormat } from '../../lib/format';

interface Props {
  year: number | null;
  choices: LegalBasisChoice[] | undefined;
  error: unknown;
  picked: string[];
  onChange: (ids: string[]) => void;
  /** The server's message for the i-th id sent. */
  issueAt: (i: number) => string | undefined;
}

export function BasesPicker({ year, choices, error, picked, onChange, issueAt }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sorted = [...(choices ?? [])].sort((a, b) => Number(b.servesYear) - Number(a.servesYear));
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('newPlan.bases')}
      </Title>
      <Text size="sm" mb="xs">
        {t('newPlan.basesHint')}
      </Text>
      {error ? <ApiErrorAlert error={error} /> : null}
      {choices && choices.length === 0 && <Text size="sm">{t('newPlan.noBases')}</Text>}
      <Stack gap="xs">
        {sorted.map((b) => {
          const at = picked.indexOf(b.id);
          const span = b.standing
            ? t('newPlan.standing', { from: b.years.from, to: b.years.to ?? '…' })
            : t('newPlan.yearly', { year: b.years.from });
          return (
            <Checkbox
              key={b.id}
              checked={at >= 0}
              disabled={!b.servesYear && at < 0}
              onChange={(e) => onChange(e.currentTarget.checked ? [...picked, b.id] : picked.filter((x) => x !== b.id))}
              label={`${b.documentType} số ${b.number} ngày ${fmt.date(b.date)} của ${b.issuer} ${b.title}`}
              description={
                <>
                  <Badge size="xs" variant="light" color={b.standing ? 'teal' : 'gray'} component="span">
                    {span}
                  </Badge>{' '}
                  {!b.servesYear && t('newPlan.notForYear', { year: year ?? '' })}
                </>
              }
              error={at >= 0 ? issueAt(at) : undefined}
            />
          );
        })}
      </Stack>
    </Card>
  );
}
