/**
 * Trang công khai (/cong-khai/:code), open without sign-in: a commune's criteria met (verified only;
 * self-assessed ones are "chờ xác minh") and tier on a date, nothing personal; for a district or
 * province, its communes (PublicAreaPage). For a unit that no longer exists it shows its last day.
 */
import { Alert, Anchor, Badge, Group, List, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../../domain/text/vietnamese';
import { isApiError } from '../../api/client';
import { usePublicUnit } from '../../api/public';
import type { PublicStatus } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { CriterionBadge, TierBadge } from '../../components/StatusBadge';
import { PublicTitleBadges } from '../../components/TitleBadge';
import { todayIso, withAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';
import { PublicAreaPage } from './PublicAreaPage';

function PublicBadge({ status }: { status: PublicStatus }) {
  const { t } = useTranslation();
  if (status !== 'pending') return <CriterionBadge status={status} />;
  return (
    <Badge color="yellow" variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t('trust.pending')}
    </Badge>
  );
}

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

  if (isApiError(first.error, 'public.not_a_commune') && code)
    return <PublicAreaPage code={code} asOf={asked && isRealIsoDate(asked) ? asked : undefined} />;
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
              {t('trust.publicMet', { met: d.metCount, total: d.criteriaCount })}
            </Text>
            {d.pendingCount > 0 && <Text size="sm">{t('trust.publicPending', { count: d.pendingCount })}</Text>}
            <Text size="sm" c="dimmed" mb="xs">
              {t('public.asOf', { date: fmt.date(d.asOf) })}
            </Text>
            <Group gap="xs" wrap="wrap">
              <TierBadge tier={d.tier} />
              <PublicTitleBadges titles={d.titles} />
            </Group>
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
                <PublicBadge status={c.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('trust.publicVerifiedOnly')} {t('public.note')}
      </Text>
      {d.area && (
        <Anchor component={Link} to={withAsOf(`/cong-khai/${d.area.code}`, d.asOf)}>
          {t('trust.areaLink', {
            kind: d.area.kind === 'province' ? t('trust.kindProvince') : t('trust.kindDistrict'),
            name: d.area.name,
          })}
        </Anchor>
      )}
    </Stack>
  );
}
