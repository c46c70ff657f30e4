/** A hamlet's figures typed from its paper tally sheet: households, ballots issued and returned, per item. Phone-width: one column. */
import { Alert, Button, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurveyRound, useSaveTally } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { HamletPicker } from './survey-ui';

type Num = number | string;

export function TallyForm({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [hamletId, setHamletId] = useState<string | null>(round.hamlets[0]?.id ?? null);
  const h = round.hamlets.find((x) => x.id === hamletId);
  const res = round.result.hamlets.find((x) => x.id === hamletId);
  const save = useSaveTally(round.id);
  const [households, setHouseholds] = useState<Num>(0);
  const [issued, setIssued] = useState<Num>(0);
  const [returned, setReturned] = useState<Num>(0);
  const [items, setItems] = useState<Record<string, { satisfied: Num; notSatisfied: Num }>>({});
  const [savedName, setSavedName] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload the form when another hamlet (or a newer version) is shown
  useEffect(() => {
    if (!h) return;
    setHouseholds(h.households);
    setIssued(h.ballotsIssued);
    setReturned(h.paperReturned);
    setItems(Object.fromEntries(h.paperItems.map((i) => [i.code, { satisfied: i.satisfied, notSatisfied: i.notSatisfied }])));
  }, [h?.id, h?.version]);
  if (!h) return null;
  const submit = () => {
    setSavedName(null);
    save.mutate(
      {
        hamletId: h.id,
        households: Number(households),
        ballotsIssued: Number(issued),
        paperReturned: Number(returned),
        items: round.items.map((it) => ({
          code: it.code,
          satisfied: Number(items[it.code]?.satisfied ?? 0),
          notSatisfied: Number(items[it.code]?.notSatisfied ?? 0),
        })),
        expectedVersion: h.version,
      },
      { onSuccess: () => setSavedName(h.name) },
    );
  };
  const setItem = (code: string, key: 'satisfied' | 'notSatisfied', v: Num) =>
    setItems((s) => ({ ...s, [code]: { satisfied: s[code]?.satisfied ?? 0, notSatisfied: s[code]?.notSatisfied ?? 0, [key]: v } }));
  return (
    <Stack gap="sm">
      <HamletPicker hamlets={round.hamlets} value={hamletId} onChange={setHamletId} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <NumberInput label={t('survey.tally.households')} value={households} onChange={setHouseholds} min={0} />
        <NumberInput label={t('survey.tally.issued')} value={issued} onChange={setIssued} min={0} />
        <NumberInput label={t('survey.tally.returned')} value={returned} onChange={setReturned} min={0} />
      </SimpleGrid>
      {res && <Text size="sm">{t('survey.tally.entered', { phone: res.returned.phone, qr: res.returned.qr })}</Text>}
      {round.items.map((it) => (
        <Paper key={it.code} withBorder p="xs">
          <Text size="sm" fw={600}>
            {t('survey.tally.item', { code: it.code, text: it.text })}
          </Text>
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('survey.tally.satisfied')}
              aria-label={`${t('survey.tally.satisfied')} — ${it.text}`}
              value={items[it.code]?.satisfied ?? 0}
              onChange={(v) => setItem(it.code, 'satisfied', v)}
              min={0}
            />
            <NumberInput
              label={t('survey.tally.notSatisfied')}
              aria-label={`${t('survey.tally.notSatisfied')} — ${it.text}`}
              value={items[it.code]?.notSatisfied ?? 0}
              onChange={(v) => setItem(it.code, 'notSatisfied', v)}
              min={0}
            />
          </SimpleGrid>
        </Paper>
      ))}
      {save.isError && <ApiErrorAlert error={save.error} />}
      {savedName && (
        <Alert color="green" role="status">
          {t('survey.tally.saved', { name: savedName })}
        </Alert>
      )}
      <Button onClick={submit} loading={save.isPending}>
        {t('survey.tally.save')}
      </Button>
    </Stack>
  );
}
