/**
 * Trang công khai (/cong-khai/:code), open without sign-in: a commune's criteria met and tier on a
 * date, nothing personal. For a unit that no longer exists it shows its last day, and says so.
 */
import { Alert, Group, List, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../../domain/text/vietnamese';
import { isApiError } from '../../api/client';
import { usePublicUnit } from '../../api/public';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { CriterionBadge, TierBadge } from '../../components/StatusBadge';
import { todayIso } from '../../lib/as-of';
import { useFormat } from '../../lib/format';

export default function PublicPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { code } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('ngay');
  const first = usePublicUnit(code, asked && isRealIsoDate(asked) ? asked : undefined);
  const ended = isApiError(first.error, 'unit.not_valid_at') ? (first.error.details?.validTo as string | undefined) : undefined;
  const fallback = usePublicUnit(ended ? code : undefined, ended);
  const q = ended ? fallback : first;

  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ApiErrorAlert error={q.error} />;
  const d = q.data;
  if (!d) return null;
  const pct = d.criteriaCount ? (d.metCount / d.criteriaCount) * 100 : 0;
  // no date asked and an earlier one answered: the server gave the last day of a unit that no longer exists
  const lastDay = ended ?? (!asked && d.asOf < todayIso() ? d.asOf : undefined);

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('public.title', { name: d.unit.name })}
      </Title>
      {lastDay && <Alert color="blue">{t('public.ended', { date: fmt.date(lastDay) })}</Alert>}
      <DemoBanner show={d.demo} />
      <Paper withBorder p="md">
        <Group wrap="wrap" gap="lg">
          <RingProgress
            size={120}
            thickness={12}
            sections={[{ value: pct, color: 'teal' }]}
            label={
              <Text ta="center" fw={700} size="lg">
                {d.metCount}/{d.criteriaCount}
              </Text>
            }
            aria-hidden
          />
          <div>
            <Text size="lg" fw={700}>
              {t('public.met', { met: d.metCount, total: d.criteriaCount })}
            </Text>
            <Text size="sm" c="dimmed" mb="xs">
              {t('public.asOf', { date: fmt.date(d.asOf) })}
            </Text>
            <TierBadge tier={d.tier} />
          </div>
        </Group>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="public-criteria">
        <Title order={2} size="h4" id="public-criteria" mb="sm">
          {t('public.criteria')}
        </Title>
        <List spacing="xs" listStyleType="none" p={0}>
          {d.criteria.map((c) => (
            <List.Item key={c.number}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  {c.number}. {c.name}
                </Text>
                <CriterionBadge status={c.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('public.note')}
      </Text>
    </Stack>
  );
}
