/**
 * One criterion across the communes of a district or province: each commune's status for it and
 * the value and result of every indicator, in one request (GET /board/criteria/:number).
 */
import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCriterionBoard } from '../../api/board';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DataTable } from '../../components/DataTable';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { useAsOf, withAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';
import { CriterionWorksSection } from './CriterionWorksSection';
import { criterionColumns } from './criterion.columns';

export default function CriterionPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { unit: unitCode = '', number = '' } = useParams();
  const n = Number(number);
  const unit = useUnit(unitCode);
  const { asOf, setAsOf, context: dateCtx } = useAsOf(unit.data, !unit.isError);
  const [params] = useSearchParams();
  // The board links with its set: criterion numbers mean different criteria in QĐ 318 and QĐ 51.
  const chosenSet = params.get('bo') ?? undefined;
  const board = useCriterionBoard(unitCode, n, asOf, chosenSet);
  const criterion = board.data?.criterion;
  const columns = useMemo(
    () => (criterion && asOf ? criterionColumns(criterion.number, criterion.indicators, asOf, t, fmt) : []),
    [criterion, asOf, t, fmt],
  );
  const error = unit.error ?? board.error;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {criterion ? t('criterion.title', { n, name: criterion.name }) : t('board.criterionN', { n })}
          </Title>
          {board.data && (
            <Text c="dimmed" size="sm">
              {t('sets.setOf', { name: board.data.set.name })}
            </Text>
          )}
          {unit.data && (
            <Anchor component={Link} to={withAsOf(`/bang-tong-hop/${unitCode}`, asOf)} size="sm">
              {t('criterion.back', { name: unit.data.name })}
            </Anchor>
          )}
        </div>
        <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data?.validFrom} max={unit.data?.validTo} choices={dateCtx?.quickChoices} />
      </Group>
      {error && <ApiErrorAlert error={error} />}
      <DemoBanner show={board.data?.set.demo} values={board.data?.demoValues} />
      {!criterion && !error && <PageLoader />}
      {criterion && board.data && (
        <>
          <details className="source-details">
            <summary>{t('criterion.indicators', { n: criterion.indicators.length })}</summary>
            <List size="sm" mt={4}>
              {criterion.indicators.map((i) => (
                <List.Item key={i.code}>
                  <b>{i.code}</b> {i.name}
                  {i.unit ? ` (${i.unit})` : ''}
                </List.Item>
              ))}
            </List>
          </details>
          <DataTable
            data={board.data.rows}
            columns={columns}
            label={t('criterion.tableLabel', { n })}
            stickyFirst
            rowKey={(r) => r.unitCode}
            initialSort={[{ id: 'name', desc: false }]}
          />
          {asOf && <CriterionWorksSection unitCode={unitCode} asOf={asOf} setCode={board.data.set.code} number={n} />}
        </>
      )}
    </Stack>
  );
}
