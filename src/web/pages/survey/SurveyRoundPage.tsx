/**
 * One survey round (/xa/:code/khao-sat/:id): the figures against the rule's thresholds (each with its
 * source and whether it was checked), the time limit, and — while open, for the commune's Front — the
 * three ways to enter ballots (hamlet tally, ballot by ballot, QR codes), then closing and posting.
 */
import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type SurveyRound, surveyReportUrl, useSurveyRound, useSurveyRounds } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { BallotEntry } from './BallotEntry';
import { CodesPanel } from './CodesPanel';
import { ResultsPanel } from './ResultsPanel';
import { ConditionBadge, pct } from './survey-ui';
import { TallyForm } from './TallyForm';

function Figures({ r }: { r: SurveyRound }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const min = (v: { value: number | null; provenance: { verified: boolean; source: string } } | undefined) =>
    v?.value === null || v === undefined
      ? t('survey.round.unknownMin')
      : `${t('survey.round.min', { value: fmt.number(v.value, 1) })}${v.provenance.verified ? '' : ` (${t('survey.round.unverified')})`}`;
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div data-testid="survey-participation">
          <Text size="sm" c="dimmed">
            {t('survey.round.participation')}
          </Text>
          <Text size="xl" fw={700}>
            {pct(fmt, r.result.participation.percent)}
          </Text>
          <Text size="sm">
            {t('survey.round.returnedOf', { returned: fmt.number(r.result.returned), households: fmt.number(r.result.households) })}
          </Text>
          <Text size="sm">{min(r.rule?.participationMin)}</Text>
        </div>
        <div data-testid="survey-satisfaction">
          <Text size="sm" c="dimmed">
            {t('survey.round.satisfaction')}
          </Text>
          <Text size="xl" fw={700}>
            {pct(fmt, r.result.satisfaction.percent)}
          </Text>
          <Text size="sm">
            {t('survey.round.answersOf', { num: fmt.number(r.result.satisfaction.num), den: fmt.number(r.result.satisfaction.den) })}
          </Text>
          <Text size="sm">{min(r.rule?.satisfactionMin)}</Text>
        </div>
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <ConditionBadge state={r.condition.state} />
      </Group>
      {r.condition.reasons.length > 0 && (
        <List size="sm" mt="xs">
          {r.condition.reasons.map((x) => (
            <List.Item key={x.vi}>{i18n.language === 'en' ? x.en : x.vi}</List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('survey.round.definition')}
      </Text>
    </Paper>
  );
}

function Timing({ r }: { r: SurveyRound }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tm = r.timing;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {tm.limitWorkingDays === null
          ? t('survey.round.noLimit')
          : t('survey.round.limit', { days: tm.limitWorkingDays, deadline: fmt.date(tm.deadline ?? ''), used: tm.workingDaysUsed })}
        {tm.limitProvenance && !tm.limitProvenance.verified && ` (${t('survey.round.unverified')})`}
      </Text>
      {tm.exceeded && (
        <Alert color="orange" role="status">
          {t('survey.round.exceeded', { days: tm.limitWorkingDays })}
        </Alert>
      )}
    </Stack>
  );
}

export default function SurveyRoundPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { code = '', id = '' } = useParams();
  const q = useSurveyRound(id);
  const list = useSurveyRounds(code);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const canWrite = list.data?.canWrite === true && r.state === 'open';
  return (
    <Stack gap="md" maw={900}>
      <DemoBanner show={r.demo} />
      <div>
        <Anchor component={Link} to={`/xa/${code}/khao-sat`} size="sm">
          ← {t('survey.round.back')}
        </Anchor>
        <Title order={1}>
          {r.ballot ?? t(`survey.purpose.${r.purpose}`)} — {r.year}
        </Title>
        <Group gap="xs">
          <Text>{t('survey.of', { name: r.unitName })}</Text>
          <Badge variant="light">{t(`survey.state.${r.state}`)}</Badge>
        </Group>
        <Text size="sm">
          {t('survey.round.dates', { from: fmt.date(r.startsOn), to: r.endsOn ? fmt.date(r.endsOn) : t('survey.round.open') })}
          {r.rule && ` · ${r.rule.name}`}
        </Text>
        {r.published && (
          <Text size="sm">
            {t('survey.round.published', { on: fmt.date(r.published.on), place: r.published.place, channel: r.published.channel })}
          </Text>
        )}
      </div>
      <Figures r={r} />
      <Timing r={r} />
      <Anchor href={surveyReportUrl(r.id)}>{t('survey.round.report')}</Anchor>
      <Tabs defaultValue={canWrite ? 'tally' : 'results'} keepMounted={false}>
        <Tabs.List>
          {canWrite && <Tabs.Tab value="tally">{t('survey.tabs.tally')}</Tabs.Tab>}
          {canWrite && <Tabs.Tab value="ballot">{t('survey.tabs.ballot')}</Tabs.Tab>}
          {canWrite && <Tabs.Tab value="codes">{t('survey.tabs.codes')}</Tabs.Tab>}
          <Tabs.Tab value="results">{t('survey.tabs.results')}</Tabs.Tab>
        </Tabs.List>
        {canWrite && (
          <Tabs.Panel value="tally" pt="md">
            <TallyForm round={r} />
          </Tabs.Panel>
        )}
        {canWrite && (
          <Tabs.Panel value="ballot" pt="md">
            <BallotEntry round={r} />
          </Tabs.Panel>
        )}
        {canWrite && (
          <Tabs.Panel value="codes" pt="md">
            <CodesPanel round={r} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="results" pt="md">
          <ResultsPanel round={r} canWrite={list.data?.canWrite === true} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
