/**
 * The objectives of a new plan: in words, a total of criteria to add, or an average per commune (the
 * wording is the usual one when left empty). Commune targets are not here: they are set on the board.
 */
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DraftObjective {
  key: number;
  kind: 'text' | 'criteriaAdded' | 'averageCriteria';
  text: string;
  value: number | null;
}

const KINDS = ['text', 'criteriaAdded', 'averageCriteria'] as const;
let nextKey = 1;

interface Props {
  value: DraftObjective[];
  onChange: (next: DraftObjective[]) => void;
  issueAt: (i: number) => string | undefined;
}

export function NewObjectives({ value, onChange, issueAt }: Props) {
  const { t } = useTranslation();
  const set = (key: number, patch: Partial<DraftObjective>) => onChange(value.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('newPlan.objectives')}
      </Title>
      <Text size="sm" mb="xs">
        {t('newPlan.objectivesHint')}
      </Text>
      <Stack gap="xs">
        {value.map((o, i) => (
          <Card key={o.key} withBorder padding="xs" data-objective={i + 1}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <Text size="sm" fw={600}>
                  {i + 1}. {t(`newPlan.kind.${o.kind}`)}
                </Text>
                {o.kind !== 'text' && (
                  <NumberInput
                    label={t(o.kind === 'criteriaAdded' ? 'newPlan.total' : 'newPlan.average')}
                    value={o.value ?? ''}
                    onChange={(v) => set(o.key, { value: typeof v === 'number' ? v : null })}
                    decimalSeparator=","
                    allowDecimal={o.kind === 'averageCriteria'}
                    decimalScale={2}
                    min={0}
                    w={220}
                    required
                  />
                )}
                <Textarea
                  label={t(o.kind === 'text' ? 'newPlan.objectiveText' : 'newPlan.objectiveTextOptional')}
                  value={o.text}
                  onChange={(e) => set(o.key, { text: e.currentTarget.value })}
                  autosize
                  minRows={1}
                  required={o.kind === 'text'}
                />
                {issueAt(i) && (
                  <Text size="sm" c="red.8" role="alert">
                    {issueAt(i)}
                  </Text>
                )}
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('newPlan.remove', { n: i + 1 })}
                onClick={() => onChange(value.filter((x) => x.key !== o.key))}
              >
                ×
              </ActionIcon>
            </Group>
          </Card>
        ))}
      </Stack>
      <Group gap="xs" mt="xs">
        {KINDS.map((k) => (
          <Button
            key={k}
            size="xs"
            variant="light"
            onClick={() => onChange([...value, { key: nextKey++, kind: k, text: '', value: null }])}
          >
            {t('newPlan.add', { kind: t(`newPlan.kind.${k}`) })}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
