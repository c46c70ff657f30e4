/**
 * Một công trình (/cong-trinh/chi-tiet/:id): details, the funding plan by source and year, progress,
 * acceptances (nghiệm thu) and settlement (quyết toán) as of the page's date; money in triệu đồng.
 */
import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { amountInWords, formatMillion } from '../../../domain/funding/money';
import { useWork } from '../../api/works';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { withAsOf } from '../../lib/as-of';
import '../../components/data-table.css';
import { dmy } from '../dossier/dossier-format';
import { WorkBadges } from './WorkBadges';

const million = (v: number | null) => (v === null ? '—' : formatMillion(v));

export default function WorkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const asOf = params.get('ngay') ?? undefined;
  const work = useWork(id, asOf);
  if (work.isError) return <ApiErrorAlert error={work.error} onRetry={() => void work.refetch()} />;
  if (!work.data) return <PageLoader />;
  const w = work.data;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('works.detailTitle', { name: w.name })}
      </Title>
      <Anchor component={Link} to={withAsOf(`/cong-trinh/${w.areaUnitCode}`, asOf)}>
        {t('works.back')}
      </Anchor>
      <WorkBadges work={w} />
      <Card withBorder padding="md">
        <Stack gap={4}>
          <Text>{`${t('works.code')}: ${w.code} · ${t('works.kind')}: ${w.kindName}`}</Text>
          <Text>{`${t('works.communes')}: ${w.communes.map((c) => c.name).join(', ')}`}</Text>
          <Text>{`${t('works.investor')}: ${w.investor}`}</Text>
          <Text>{`${t('works.approval')}: ${w.approvalNumber ?? '—'} (${dmy(w.approvalDate)})`}</Text>
          <Text>{`${t('works.approvedTotal')}: ${million(w.approvedTotal)}`}</Text>
          {w.approvedTotal !== null && (
            <Text size="sm" c="dimmed">
              {t('works.inWords', { words: amountInWords(w.approvedTotal) })}
            </Text>
          )}
          <Text>{`${t('works.contractValue')}: ${million(w.contractValue)}`}</Text>
          <Text>{`${t('works.planned')}: ${dmy(w.plannedStart)} – ${dmy(w.plannedEnd)}`}</Text>
          <Text>
            {w.completedOn
              ? t('works.completed', { date: dmy(w.completedOn) })
              : w.startedOn
                ? t('works.started', { date: dmy(w.startedOn) })
                : t('works.notStarted')}
          </Text>
          {w.criteria.length > 0 && (
            <Text>{`${t('works.criteria')}: ${w.criteria.map((c) => c.criterionName ?? t('works.criterion', { number: c.criterionNumber })).join('; ')}`}</Text>
          )}
        </Stack>
      </Card>
      <Title order={2} size="h4">
        {t('works.fundingPlan')}
      </Title>
      <Table.ScrollContainer minWidth={300}>
        <Table striped aria-label={t('works.fundingPlan')} className="dt-stack">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('works.source')}</Table.Th>
              <Table.Th>{t('works.year')}</Table.Th>
              <Table.Th>{t('works.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {w.fundingPlan.map((p) => (
              <Table.Tr key={`${p.sourceCode}-${p.year}`}>
                <Table.Td data-label={t('works.source')}>
                  <div>{p.sourceName ?? p.sourceCode}</div>
                </Table.Td>
                <Table.Td data-label={t('works.year')}>
                  <div>{p.year}</div>
                </Table.Td>
                <Table.Td data-label={t('works.amount')}>
                  <div>{million(p.amount)}</div>
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td data-label={t('works.source')}>
                <div>{t('works.total')}</div>
              </Table.Td>
              <Table.Td data-label={t('works.year')}>
                <div />
              </Table.Td>
              <Table.Td data-label={t('works.amount')}>
                <div>{million(w.plannedTotal)}</div>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2} size="h4">
        {t('works.acceptances')}
      </Title>
      {w.acceptances.length === 0 ? (
        <Text c="dimmed">{t('works.noAcceptance')}</Text>
      ) : (
        <Stack gap={4}>
          {w.acceptances.map((a) => (
            <Text
              key={a.id}
            >{`${dmy(a.acceptedOn)} · ${million(a.amount)} · ${a.sourceName ?? '—'} · ${t('works.document')}: ${a.document ?? '—'}`}</Text>
          ))}
          <Text fw={600}>{`${t('works.total')}: ${million(w.acceptedTotal)}`}</Text>
        </Stack>
      )}
      <Title order={2} size="h4">
        {t('works.settlement')}
      </Title>
      <Text>
        {w.settlement
          ? t('works.settled', {
              date: dmy(w.settlement.settledOn),
              number: w.settlement.settlementNumber,
              amount: million(w.settlement.settledValue),
            })
          : t('works.notSettled')}
      </Text>
    </Stack>
  );
}
