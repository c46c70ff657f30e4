/**
 * Lấy ý kiến sự hài lòng (/xa/:code/khao-sat): the commune's survey rounds with their state and rates,
 * and, for the commune's own Front, the form that opens a round (purpose, dates, forms, hamlets).
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSurveyRounds } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { NewRoundForm } from './NewRoundForm';
import { ConditionBadge, pct } from './survey-ui';

export default function SurveyListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { code = '' } = useParams();
  const q = useSurveyRounds(code);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Stack gap="md" maw={900}>
      <div>
        <Title order={1}>{t('survey.title')}</Title>
        <Text c="dimmed">
          <Anchor component={Link} to={`/xa/${code}`}>
            {t('survey.of', { name: d.unitName })}
          </Anchor>
        </Text>
      </div>
      {!d.canWrite && <Text size="sm">{t('survey.readOnly')}</Text>}
      <Title order={2}>{t('survey.rounds')}</Title>
      {d.items.length === 0 && <Text>{t('survey.none')}</Text>}
      {d.items.map((r) => (
        <Paper key={r.id} withBorder p="sm" data-testid="survey-round-card">
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to={`/xa/${code}/khao-sat/${r.id}`} fw={600}>
              {r.ballot ?? t(`survey.purpose.${r.purpose}`)} — {r.year}
            </Anchor>
            <Group gap="xs">
              {r.demo && <Badge color="yellow">{t('demo.label')}</Badge>}
              <Badge variant="light">{t(`survey.state.${r.state}`)}</Badge>
              <ConditionBadge state={r.condition} />
            </Group>
          </Group>
          <Text size="sm">
            {t('survey.round.dates', { from: fmt.date(r.startsOn), to: r.endsOn ? fmt.date(r.endsOn) : t('survey.round.open') })}
          </Text>
          <Text size="sm">
            {t('survey.round.participation')}: {pct(fmt, r.participationRate)} · {t('survey.round.satisfaction')}:{' '}
            {pct(fmt, r.satisfactionRate)}
          </Text>
        </Paper>
      ))}
      {d.canWrite && <NewRoundForm unitCode={code} />}
    </Stack>
  );
}
