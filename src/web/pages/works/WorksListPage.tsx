/**
 * Công trình của địa bàn (/cong-trinh/:unit): the works of a district, province or commune on a date,
 * filtered by kind and criterion, with money in triệu đồng and late / over-budget badges.
 */
import { Anchor, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { workKinds } from '../../../catalog/funding/index';
import { formatMillion } from '../../../domain/funding/money';
import { useUnit } from '../../api/units';
import { useWorks } from '../../api/works';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useAsOf, withAsOf } from '../../lib/as-of';
import '../../components/data-table.css';
import { dmy } from '../dossier/dossier-format';
import { WorkBadges } from './WorkBadges';

const million = (v: number | null) => (v === null ? '—' : formatMillion(v));

export default function WorksListPage() {
  const { t } = useTranslation();
  const { unit: code = '' } = useParams();
  const unit = useUnit(code);
  const { asOf } = useAsOf(unit.data, !unit.isError);
  const [kind, setKind] = useState<string | null>(null);
  const [criterion, setCriterion] = useState<number | string>('');
  const list = useWorks(code, { asOf, kind: kind ?? undefined, criterion: typeof criterion === 'number' ? criterion : undefined });
  const works = list.data?.works ?? [];
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('works.listTitle', { name: unit.data?.name ?? code })}
      </Title>
      <Group align="end">
        <Select
          label={t('works.kind')}
          placeholder={t('works.allKinds')}
          data={workKinds().map((k) => ({ value: k.code, label: k.name }))}
          value={kind}
          onChange={setKind}
          clearable
        />
        <NumberInput label={t('works.criteria')} value={criterion} onChange={setCriterion} min={1} max={99} w={140} />
      </Group>
      {(list.isError || unit.isError) && <ApiErrorAlert error={list.error ?? unit.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.isError && <PageLoader />}
      {list.data && works.length === 0 && <Text c="dimmed">{t('works.empty')}</Text>}
      {works.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped aria-label={t('works.listTitle', { name: unit.data?.name ?? code })} className="dt-stack">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('works.name')}</Table.Th>
                <Table.Th>{t('works.kind')}</Table.Th>
                <Table.Th>{t('works.communes')}</Table.Th>
                <Table.Th>{t('works.approvedTotal')}</Table.Th>
                <Table.Th>{t('works.accepted')}</Table.Th>
                <Table.Th>{t('works.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {works.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td data-label={t('works.name')}>
                    <div>
                      <Anchor component={Link} to={withAsOf(`/cong-trinh/chi-tiet/${w.id}`, asOf)}>
                        {w.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {w.code}
                      </Text>
                      <WorkBadges work={w} />
                    </div>
                  </Table.Td>
                  <Table.Td data-label={t('works.kind')}>
                    <div>{w.kindName}</div>
                  </Table.Td>
                  <Table.Td data-label={t('works.communes')}>
                    <div>{w.communes.map((c) => c.name).join(', ')}</div>
                  </Table.Td>
                  <Table.Td data-label={t('works.approvedTotal')}>
                    <div>{million(w.approvedTotal)}</div>
                  </Table.Td>
                  <Table.Td data-label={t('works.accepted')}>
                    <div>{million(w.acceptedTotal)}</div>
                  </Table.Td>
                  <Table.Td data-label={t('works.progress')}>
                    <div>
                      {w.completedOn
                        ? t('works.completed', { date: dmy(w.completedOn) })
                        : w.startedOn
                          ? t('works.started', { date: dmy(w.startedOn) })
                          : t('works.notStarted')}
                    </div>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
