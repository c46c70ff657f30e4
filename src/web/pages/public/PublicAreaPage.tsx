/**
 * Trang công khai của huyện/tỉnh (/cong-khai/:code for a district or province), open without sign-in:
 * each commune's criteria met and verified, those awaiting verification, and its tier, on a date.
 * Only aggregated results, nothing personal.
 */
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePublicArea } from '../../api/public';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { TierBadge } from '../../components/StatusBadge';
import { PublicTitleBadges } from '../../components/TitleBadge';
import { withAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';

export function PublicAreaPage({ code, asOf }: { code: string; asOf: string | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = usePublicArea(code, asOf);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ApiErrorAlert error={q.error} />;
  const d = q.data;
  const kind = d.unit.kind === 'province' ? t('trust.kindProvince') : t('trust.kindDistrict');
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('trust.areaTitle', { kind, name: d.unit.name })}
      </Title>
      <DemoBanner show={d.demo} />
      <Text size="sm">{t('public.asOf', { date: fmt.date(d.asOf) })}</Text>
      {d.summary.averageMet !== null && (
        <Text fw={600}>{t('trust.areaAverage', { avg: fmt.number(d.summary.averageMet), count: d.summary.communes })}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('trust.publicVerifiedOnly')}
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="public-communes">
        <Title order={2} size="h4" id="public-communes" mb="sm">
          {t('trust.areaCommunes')}
        </Title>
        <Table.ScrollContainer minWidth={320}>
          <Table striped aria-labelledby="public-communes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trust.areaCommune')}</Table.Th>
                <Table.Th ta="right">{t('trust.areaMet')}</Table.Th>
                <Table.Th ta="right">{t('trust.areaPending')}</Table.Th>
                <Table.Th>{t('trust.areaTier')}</Table.Th>
                <Table.Th>{t('recognition.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.communes.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td>
                    <Anchor component={Link} to={withAsOf(`/cong-khai/${c.code}`, d.asOf)}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">
                    {c.metCount}/{d.criteriaCount}
                  </Table.Td>
                  <Table.Td ta="right">{c.pendingCount}</Table.Td>
                  <Table.Td>
                    <TierBadge tier={c.tier} />
                  </Table.Td>
                  <Table.Td>
                    <PublicTitleBadges titles={c.titles} compact />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('public.note')}
      </Text>
    </Stack>
  );
}
