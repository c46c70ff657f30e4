/**
 * Xác minh (/xac-minh): the department's queue of values communes entered for its criteria; each
 * can be verified, or returned with a comment, or a commune's / criterion's pending values verified
 * at once. The server decides what is in the queue.
 */
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth';
import { useBoard } from '../../api/board';
import { useCriteriaSet } from '../../api/criteria-sets';
import { useReview, useReviewQueue } from '../../api/reviews';
import type { Indicator, ReviewItem, Verification } from '../../api/types';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DataTable } from '../../components/DataTable';
import { PageLoader } from '../../components/PageLoader';
import { UnitDateNotice } from '../../components/UnitDateNotice';
import { useAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';
import { usePhone } from '../../lib/phone';
import { canVerifyCriterion } from '../../lib/roles';
import { BulkReview } from './BulkReview';
import { useCommuneFilter } from './CommuneFilter';
import { ReviewDialog } from './ReviewDialog';
import { reviewColumns } from './review.columns';

/** The queue holds values not yet verified: self-assessed, or returned to the commune. */
type Show = Exclude<Verification, 'verified'> | 'all';

export default function VerificationPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useSession().data?.user;
  const unit = useUnit(user?.unitCode ?? undefined);
  const { asOf, reason, setAsOf, context: dateCtx } = useAsOf(unit.data, !!user?.unitCode && !unit.isError);
  const queue = useReviewQueue(user?.unitCode ?? undefined, asOf);
  const board = useBoard(user?.unitCode ?? undefined, asOf);
  const set = useCriteriaSet(board.data?.set.code);
  const review = useReview();
  const phone = usePhone();
  const [show, setShow] = useState<Show>('self_assessed');
  const [target, setTarget] = useState<{ item: ReviewItem; action: 'verify' | 'return' } | null>(null);

  const indicators = useMemo(
    () => new Map<string, Indicator>((set.data?.criteria ?? []).flatMap((c) => c.indicators.map((i) => [i.code, i] as const))),
    [set.data],
  );
  const setOf = useMemo(() => new Map((board.data?.rows ?? []).map((r) => [r.unitCode, r.setCode])), [board.data]);
  const commune = useCommuneFilter();
  const items = (queue.data?.items ?? []).filter((i) => (show === 'all' || i.verification === show) && commune.keep(i));
  const columns = useMemo(
    () =>
      reviewColumns(
        indicators,
        t,
        fmt,
        (item, action) => {
          review.reset();
          setTarget({ item, action });
        },
        (item) => canVerifyCriterion(user, item.criterionNumber),
      ),
    [indicators, t, fmt, user, review.reset],
  );

  const setCodeOf = (item: ReviewItem) => item.setCode ?? setOf.get(item.unitCode) ?? board.data?.set.code ?? '';
  const confirm = (comment: string) => {
    if (!target) return;
    const { item, action } = target;
    const setCode = setCodeOf(item);
    review.mutate(
      {
        unitCode: item.unitCode,
        indicatorCode: item.indicatorCode,
        set: setCode,
        asOf: item.asOf,
        action,
        expectedVersion: item.version,
        ...(comment ? { comment } : {}),
      },
      { onSuccess: () => setTarget(null) },
    );
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('review.title')}
      </Title>
      {user?.role === 'department' && (
        <Text size="sm" c="dimmed">
          {t('review.yourCriteria', { list: user.criteria.join(', ') || '–' })}
        </Text>
      )}
      <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data?.validFrom} max={unit.data?.validTo} choices={dateCtx?.quickChoices} />
      <UnitDateNotice unit={unit.data} reason={reason} context={dateCtx} />
      {commune.banner}
      <SegmentedControl
        aria-label={t('review.show')}
        value={show}
        onChange={(v) => setShow(v as Show)}
        data={(['self_assessed', 'returned', 'all'] as Show[]).map((v) => ({
          value: v,
          label: t(v === 'all' ? 'review.all' : `verification.${v}`),
        }))}
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        style={phone ? undefined : { alignSelf: 'flex-start' }}
      />
      {queue.isError && <ApiErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isPending && !queue.isError && <PageLoader />}
      {queue.data && user?.unitCode && (
        <BulkReview
          area={user.unitCode}
          items={queue.data.items.filter(
            (i) => i.verification === 'self_assessed' && commune.keep(i) && canVerifyCriterion(user, i.criterionNumber),
          )}
          setOf={setCodeOf}
        />
      )}
      {queue.data && (
        <DataTable
          data={items}
          columns={columns}
          label={t('review.title')}
          empty={t('review.empty')}
          stackOnPhone
          rowKey={(r) => `${r.unitCode}/${r.indicatorCode}/${r.asOf}`}
          initialSort={[{ id: 'commune', desc: false }]}
        />
      )}
      <ReviewDialog
        target={
          target
            ? {
                ...target,
                name: indicators.get(target.item.indicatorCode)?.name ?? '',
                unit: indicators.get(target.item.indicatorCode)?.unit,
              }
            : null
        }
        onConfirm={confirm}
        onClose={() => setTarget(null)}
        pending={review.isPending}
        error={review.error}
      />
    </Stack>
  );
}
