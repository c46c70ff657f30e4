/**
 * Bảng tổng hợp: the communes × criteria board of a district (or province, or the whole country):
 * as-of date, headline figures, filters, the heat map and the charts (loaded lazily).
 */
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { sortVi } from '../../../domain/text/vietnamese';
import { useSession } from '../../api/auth';
import { useBoard } from '../../api/board';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { UnitDateNotice } from '../../components/UnitDateNotice';
import { useAsOf, withAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';
import { canImportInto } from '../../lib/roles';
import { DocumentMenu } from '../documents/DocumentMenu';
import { BoardFilters } from './BoardFilters';
import { BoardSummary } from './BoardSummary';
import { EMPTY_FILTER, filterRows } from './board-filter';
import { HeatMap } from './HeatMap';
import { HeatMapLegend } from './HeatMapLegend';
import { NotCountedNotice } from './NotCountedNotice';
import { OutdatedNotice } from './OutdatedNotice';
import { UnclassifiedNotice } from './UnclassifiedNotice';

const BoardCharts = lazy(() => import('./BoardCharts'));

export default function BoardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { unit: unitCode } = useParams();
  const unit = useUnit(unitCode);
  const session = useSession();
  const { asOf, reason, setAsOf, context: dateCtx } = useAsOf(unit.data, !!unitCode && !unit.isError);
  const [params, setParams] = useSearchParams();
  const chosenSet = params.get('bo') ?? undefined;
  const board = useBoard(unitCode, asOf, chosenSet);
  const chooseSet = (code: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (code) next.set('bo', code);
        else next.delete('bo');
        return next;
      },
      { replace: true },
    );
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const deferred = useDeferredValue(filter);
  // sorted by name once (the only collation sort); filters and other orders keep this order
  const byName = useMemo(() => sortVi(board.data?.rows ?? [], (r) => r.name), [board.data]);
  const rows = useMemo(() => filterRows(byName, deferred), [byName, deferred]);
  const title = unit.data ? t('board.titleOf', { name: unit.data.name }) : t('board.titleNational');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {title}
          </Title>
          {board.data && (
            <Text c="dimmed" size="sm">
              {board.data.set.name} · {t('board.asOfShort', { date: fmt.date(board.data.asOf) })}
            </Text>
          )}
        </div>
        <Group align="flex-end">
          {asOf && <DocumentMenu unitCode={unitCode} asOf={asOf} withPlan canImport={canImportInto(session.data?.user)} />}
          <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data?.validFrom} max={unit.data?.validTo} choices={dateCtx?.quickChoices} />
        </Group>
      </Group>
      {unit.isError && <ApiErrorAlert error={unit.error} />}
      <UnitDateNotice unit={unit.data} reason={reason} context={dateCtx} />
      {board.isError && <ApiErrorAlert error={board.error} onRetry={() => void board.refetch()} />}
      {board.isPending && !board.isError && <PageLoader />}
      {board.data && (
        <>
          <DemoBanner show={board.data.set.demo} values={board.data.demoValues} />
          <NotCountedNotice board={board.data} chosen={chosenSet} onChoose={chooseSet} />
          <BoardSummary summary={board.data.summary} tiers={board.data.tiers} />
          {unitCode && board.data.summary.titles.recognised > 0 && (
            <Anchor component={Link} to={withAsOf(`/bang-tong-hop/${unitCode}/danh-hieu`, board.data.asOf)} size="sm">
              {t('recognition.risks.open')}
            </Anchor>
          )}
          <OutdatedNotice summary={board.data.summary} asOf={board.data.asOf} />
          <UnclassifiedNotice items={board.data.unclassified ?? []} />
          <BoardFilters value={filter} onChange={setFilter} criteriaCount={board.data.set.criteria.length} tiers={board.data.tiers} />
          <Group justify="space-between" wrap="wrap" gap="xs">
            <HeatMapLegend
              knowsVerification={board.data.rows.some((r) => r.selfAssessed !== undefined)}
              outdatedYear={board.data.summary.totalOutdated > 0 ? board.data.asOf.slice(0, 4) : null}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('board.shown', { shown: fmt.number(rows.length), total: fmt.number(board.data.rows.length) })}
            </Text>
          </Group>
          <HeatMap
            rows={rows}
            criteria={board.data.set.criteria}
            unitCode={unitCode}
            asOf={board.data.asOf}
            setCode={board.data.set.code}
          />
          <Suspense fallback={<PageLoader />}>
            <BoardCharts rows={rows} criteriaCount={board.data.set.criteria.length} />
          </Suspense>
        </>
      )}
    </Stack>
  );
}
