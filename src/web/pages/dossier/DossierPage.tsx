/**
 * Một hồ sơ (/ho-so/:id): the steps as a timeline, the current step with what blocks it (in words) and
 * its form, the act's date, completing or sending back; the checklist with states and downloads; the
 * four conditions with their reasons and evidence; the history. One column on a phone.
 */
import { Alert, Anchor, Badge, Card, Grid, Group, List, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Dossier, useDossier } from '../../api/dossiers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { Checklist } from './Checklist';
import { Conditions } from './Conditions';
import { dmy, isIsoDate } from './dossier-format';
import { MoveForms } from './MoveForms';
import { CriteriaTable, StepForms } from './StepForms';

const vnToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function Steps({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  const active = d.steps.findIndex((s) => s.status === 'current');
  return (
    <Timeline active={d.state === 'completed' ? d.steps.length : active} bulletSize={18} lineWidth={2} aria-label={t('dossier.steps')}>
      {d.steps.map((s) => (
        <Timeline.Item key={s.code} title={s.name} data-status={s.status}>
          <Text size="xs" c="dimmed">
            {t(`dossier.stepStatus.${s.status}`)}
            {s.actorBody ? ` · ${t('dossier.actor', { body: s.actorBody })}` : ''}
            {!s.actorVerified ? ` (${t('dossier.unverified')})` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {s.durationDays === null
              ? t('dossier.durationUnknown')
              : t(s.workingDays ? 'dossier.durationWorking' : 'dossier.duration', { days: s.durationDays })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function History({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  const name = (code: string | null) => d.steps.find((s) => s.code === code)?.name ?? '';
  return (
    <List size="sm" spacing="xs">
      {d.events.map((e) => (
        <List.Item key={e.id}>
          <Text size="sm">
            {t(`dossier.event.${e.action}`, { defaultValue: t('dossier.event.record') })}: {name(e.stepCode)}
            {e.action === 'send_back' ? ` → ${name(e.toStep)}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {t('dossier.eventLine', { date: dmy(e.onDate), who: e.actorName })}
          </Text>
          {e.reasons.length > 0 && <Text size="xs">{`${t('dossier.reasons')}: ${e.reasons.join('; ')}`}</Text>}
          {e.note && <Text size="xs">{e.note}</Text>}
        </List.Item>
      ))}
    </List>
  );
}

export default function DossierPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [actDate, setActDate] = useState('');
  const on = isIsoDate(actDate) ? actDate : vnToday();
  const q = useDossier(id, on);
  if (q.isError) return <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoader />;
  const d = q.data;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const step = d.steps.find((s) => s.code === d.currentStep);
  const tier = t(`dossier.tier.${d.tier}`, { defaultValue: d.tier });
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {d.kind === 'revocation'
              ? t('dossier.revocationTitle', { tier, name: d.unit.name })
              : t('dossier.pageTitle', { tier, year: d.year, name: d.unit.name })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dossier.legalBasis', { basis: d.procedure.legalBasis })} · {t('dossier.assessmentDate')}: {dmy(d.assessmentDate)}
          </Text>
          <Anchor component={Link} to={`/xa/${d.unit.code}/ho-so`} size="sm">
            {t('dossier.listTitle', { name: d.unit.name })}
          </Anchor>
        </Stack>
        <Group gap="xs">
          {d.demo && (
            <Badge color="yellow" variant="light">
              {t('dossier.demo')}
            </Badge>
          )}
          <Badge color={d.state === 'completed' ? 'green' : 'blue'} variant="light" data-testid="dossier-state">
            {t(`dossier.state.${d.state}`)}
          </Badge>
        </Group>
      </Group>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('dossier.steps')}
            </Title>
            <Steps d={d} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder>
              {d.state === 'completed' ? (
                <Alert color="green" data-testid="dossier-completed">
                  {t('dossier.completed')} {d.recognitionId ? t('dossier.recognised') : ''}
                </Alert>
              ) : (
                <Stack gap="sm">
                  <Title order={2} size="h4" data-testid="current-step">
                    {t('dossier.current', { name: step?.name ?? d.currentStep })}
                  </Title>
                  <TextInput
                    type="date"
                    label={t('dossier.actDate')}
                    description={t('dossier.actDateHint')}
                    value={actDate}
                    onChange={(e) => setActDate(e.currentTarget.value)}
                    maw={260}
                  />
                  {!isIsoDate(actDate) && (
                    <Text size="xs" c="dimmed">
                      {t('dossier.asOfToday', { date: dmy(on) })}
                    </Text>
                  )}
                  {d.moves.refusal && (
                    <Alert color="orange" title={t('dossier.refusal')}>
                      {d.moves.refusal[lang]}
                    </Alert>
                  )}
                  {d.moves.complete.blockers.length > 0 ? (
                    <Alert color="yellow" title={t('dossier.blockers')} data-testid="blockers">
                      <List size="sm">
                        {d.moves.complete.blockers.map((b) => (
                          <List.Item key={b.vi}>{b[lang]}</List.Item>
                        ))}
                      </List>
                    </Alert>
                  ) : (
                    <Text c="green">{t('dossier.ready')}</Text>
                  )}
                  <StepForms d={d} />
                  <MoveForms d={d} on={actDate} />
                </Stack>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('dossier.conditions')}
              </Title>
              <Conditions d={d} />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('dossier.checklist')}
              </Title>
              <Checklist d={d} on={actDate} />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('dossier.criteria.title', { date: dmy(d.assessmentDate) })}
              </Title>
              <CriteriaTable d={d} />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('dossier.history')}
              </Title>
              <History d={d} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
