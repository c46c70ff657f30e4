/** The Front opens a round: the purposes offered are those of the rule set that applies on the start date. */
import { Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateRound, useSurveyRules } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function NewRoundForm({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rules = useSurveyRules();
  const create = useCreateRound(unitCode);
  const [startsOn, setStartsOn] = useState('');
  const [purpose, setPurpose] = useState<string | null>('ntm');
  const [year, setYear] = useState<number | string>('');
  const [forms, setForms] = useState<string[]>(['household']);
  const [hamlets, setHamlets] = useState([{ name: '', households: 0 as number | string }]);
  const rule = rules.data?.ruleSets.find((r) => startsOn && r.appliesFrom <= startsOn && (r.appliesTo === null || startsOn <= r.appliesTo));
  const submit = () =>
    create.mutate(
      {
        purpose: purpose ?? '',
        year: Number(year),
        startsOn,
        forms,
        hamlets: hamlets.map((h) => ({ name: h.name.trim(), households: Number(h.households) })),
      },
      { onSuccess: (r) => navigate(`/xa/${unitCode}/khao-sat/${r.id}`) },
    );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2}>{t('survey.new.title')}</Title>
        <TextInput
          type="date"
          label={t('survey.new.startsOn')}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          required
        />
        {startsOn && <Text size="sm">{rule ? t('survey.new.rule', { name: rule.name }) : t('survey.new.noRule')}</Text>}
        <Select
          label={t('survey.new.purpose')}
          data={(rule?.purposes ?? []).map((p) => ({ value: p.tier, label: p.ballot }))}
          value={purpose}
          onChange={setPurpose}
        />
        <NumberInput label={t('survey.new.year')} value={year} onChange={setYear} min={2010} max={2100} required />
        <Checkbox.Group label={t('survey.new.forms')} value={forms} onChange={setForms}>
          <Stack gap={4} mt={4}>
            {(rules.data?.forms ?? []).map((f) => (
              <Checkbox key={f.code} value={f.code} label={f.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Text fw={600}>{t('survey.new.hamlets')}</Text>
        {hamlets.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('survey.new.hamletName', { n: i + 1 })}
              value={h.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setHamlets((hs) => hs.map((x, j) => (j === i ? { ...x, name } : x)));
              }}
            />
            <NumberInput
              w={120}
              label={t('survey.new.households', { n: i + 1 })}
              value={h.households}
              min={0}
              onChange={(v) => setHamlets((hs) => hs.map((x, j) => (j === i ? { ...x, households: v } : x)))}
            />
            <Button
              variant="subtle"
              color="red"
              aria-label={t('survey.new.removeHamlet', { n: i + 1 })}
              onClick={() => setHamlets((hs) => hs.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="light" onClick={() => setHamlets((hs) => [...hs, { name: '', households: 0 }])}>
            {t('survey.new.addHamlet')}
          </Button>
        </Group>
        {create.isError && <ApiErrorAlert error={create.error} />}
        <Group>
          <Button onClick={submit} loading={create.isPending} disabled={!startsOn || !rule}>
            {t('survey.new.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
