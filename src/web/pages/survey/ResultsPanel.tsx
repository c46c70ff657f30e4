/** The results by hamlet and by item; closing the round (results final) and recording the posting. */
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurveyRound, useCloseRound, usePublishRound } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFormat } from '../../lib/format';
import { pct } from './survey-ui';

function CloseForm({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [endsOn, setEndsOn] = useState('');
  const close = useCloseRound(round.id);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text size="sm">{t('survey.results.closeHint')}</Text>
        <TextInput
          type="date"
          label={t('survey.results.endsOn')}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
          required
        />
        {close.isError && <ApiErrorAlert error={close.error} />}
        <Group>
          <Button onClick={() => close.mutate({ endsOn, expectedVersion: round.version })} disabled={!endsOn} loading={close.isPending}>
            {t('survey.results.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PublishForm({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [on, setOn] = useState('');
  const [place, setPlace] = useState('');
  const [channel, setChannel] = useState('');
  const publish = usePublishRound(round.id);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <TextInput type="date" label={t('survey.results.publishedOn')} value={on} onChange={(e) => setOn(e.currentTarget.value)} required />
        <TextInput label={t('survey.results.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required />
        <TextInput label={t('survey.results.channel')} value={channel} onChange={(e) => setChannel(e.currentTarget.value)} required />
        {publish.isError && <ApiErrorAlert error={publish.error} />}
        <Group>
          <Button
            onClick={() => publish.mutate({ publishedOn: on, place, channel, expectedVersion: round.version })}
            disabled={!on || !place || !channel}
            loading={publish.isPending}
          >
            {t('survey.results.publish')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ResultsPanel({ round, canWrite }: { round: SurveyRound; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const r = round.result;
  return (
    <Stack gap="md">
      <Title order={2}>{t('survey.results.perHamlet')}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped data-testid="survey-hamlet-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('survey.hamlet')}</Table.Th>
              <Table.Th>{t('survey.tally.households')}</Table.Th>
              <Table.Th>{t('survey.tally.issued')}</Table.Th>
              <Table.Th>{t('survey.round.participation')}</Table.Th>
              <Table.Th>{t('survey.results.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.hamlets.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{h.name}</Table.Td>
                <Table.Td>{fmt.number(h.households)}</Table.Td>
                <Table.Td>{fmt.number(h.ballotsIssued)}</Table.Td>
                <Table.Td>
                  {pct(fmt, h.participation.percent)} ({fmt.number(h.returned.total)})
                </Table.Td>
                <Table.Td>{pct(fmt, h.satisfaction.percent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2}>{t('survey.results.perItem')}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('survey.round.ballot')}</Table.Th>
              <Table.Th>{t('survey.tally.satisfied')}</Table.Th>
              <Table.Th>{t('survey.tally.notSatisfied')}</Table.Th>
              <Table.Th>{t('survey.results.blank')}</Table.Th>
              <Table.Th>{t('survey.results.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.items.map((it) => (
              <Table.Tr key={it.code}>
                <Table.Td>
                  {it.code}. {it.text}
                </Table.Td>
                <Table.Td>{fmt.number(it.satisfied)}</Table.Td>
                <Table.Td>{fmt.number(it.notSatisfied)}</Table.Td>
                <Table.Td>{fmt.number(it.blank)}</Table.Td>
                <Table.Td>{pct(fmt, it.rate.percent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWrite && round.state === 'open' && <CloseForm round={round} />}
      {canWrite && round.state === 'closed' && <PublishForm round={round} />}
    </Stack>
  );
}
