/**
 * Bảng điều hành vốn (/tai-chinh/:unit?nam=&ngay=): the headline figures of an area's year as of a date,
 * the charts (sources against plan, disbursement by month), the tables, and the .xlsx downloads and the
 * plan import. A past year opens on its 31/12; the as-of date is always shown. One column on a phone.
 */
import { Anchor, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateVi, isRealIsoDate } from '../../../domain/text/vietnamese';
import { downloadFundingFile, type FundingFile, useFundingDashboard } from '../../api/fundboard';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { PageLoader } from '../../components/PageLoader';
import { FundingTables } from './FundingTables';
import { million, percent } from './fundboard-format';

const FundingCharts = lazy(() => import('./FundingCharts'));

const vnToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The as-of date a year opens on: its 31/12 when past, else today. */
export function defaultAsOf(year: number, today = vnToday()) {
  return year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;
}

function Headline({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

export default function FundingBoardPage() {
  const { t } = useTranslation();
  const { unit = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const nam = Number(params.get('nam'));
  const year = Number.isInteger(nam) && nam >= 2021 && nam <= 2030 ? nam : Number(vnToday().slice(0, 4));
  const ngay = params.get('ngay');
  const asOf = ngay && isRealIsoDate(ngay) ? ngay : defaultAsOf(year);
  const q = useFundingDashboard(unit, year, asOf);
  const [busy, setBusy] = useState<FundingFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (y: number, d?: string) => setParams(d ? { nam: String(y), ngay: d } : { nam: String(y) }, { replace: true });
  const download = async (file: FundingFile) => {
    setBusy(file);
    setError(null);
    try {
      await downloadFundingFile(unit, file, year, asOf);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  if (q.isError) return <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoader />;
  const d = q.data;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('fundboard.title', { name: d.unit?.name ?? t('fundboard.country') })}
      </Title>
      <Text>{t('fundboard.asOfLine', { year: d.year, date: formatDateVi(d.asOf) })}</Text>
      <Group align="flex-end" wrap="wrap">
        <NumberInput
          label={t('fundboard.year')}
          value={year}
          min={2021}
          max={2030}
          w={110}
          onChange={(v) => typeof v === 'number' && v >= 2021 && v <= 2030 && set(v)}
        />
        <AsOfPicker value={asOf} onChange={(iso) => set(year, iso)} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Headline label={t('fundboard.planned')} value={million(d.total.planned)} hint={t('fundboard.unitMillion')} />
        <Headline label={t('fundboard.paid')} value={million(d.total.paid)} hint={t('fundboard.unitMillion')} />
        <Headline label={t('fundboard.rate')} value={percent(d.total.rate, t('fundboard.noPlan'))} />
        <Headline
          label={t('fundboard.debt')}
          value={million(d.total.debt)}
          hint={t('fundboard.debtWorks', { count: d.total.worksInDebt })}
        />
      </SimpleGrid>
      <Group wrap="wrap" gap="xs">
        {(['allocations', 'disbursements', 'debt'] as const).map((f) => (
          <Button key={f} variant="light" loading={busy === f} onClick={() => void download(f)}>
            {t(`fundboard.download.${f}`)}
          </Button>
        ))}
        <Anchor component={Link} to={`/tai-chinh/${encodeURIComponent(unit)}/nhap-ke-hoach?nam=${year}`}>
          {t('fundboard.importPlan')}
        </Anchor>
        <Anchor component={Link} to={`/von/${encodeURIComponent(unit)}/${year}`}>
          {t('money.toPlan')}
        </Anchor>
        <Anchor component={Link} to={`/von/${encodeURIComponent(unit)}/${year}/giai-ngan`}>
          {t('money.toDisbursements')}
        </Anchor>
      </Group>
      {error !== null && <ApiErrorAlert error={error} />}
      <Suspense fallback={<PageLoader />}>
        <FundingCharts data={d} />
      </Suspense>
      <FundingTables data={d} />
    </Stack>
  );
}
